package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/**
 * An instance of {@code BaseException} or of any exception type: CPython's
 * {@code PyBaseExceptionObject} ({@code Objects/exceptions.c}). Subclass-specific attributes
 * (OSError's errno, SyntaxError's fields, ...) live in the instance dict.
 */
public class PyBaseException extends PyObject implements WithDict {
    private PyType type;
    private PyTuple args;
    private PyObject traceback = PyNone.NONE;
    private PyObject cause = PyNone.NONE;
    private PyObject context = PyNone.NONE;
    private boolean suppressContext;
    private PyDict dict;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Changes {@code __class__}; CPython allows it between compatible exception types. */
    public void setType(PyType type) {
        this.type = type;
    }

    public PyTuple args() {
        return args;
    }

    public void setArgs(PyTuple args) {
        this.args = args;
    }

    /** {@code __traceback__}: None or a traceback object. */
    public PyObject traceback() {
        return traceback;
    }

    public void setTraceback(PyObject traceback) {
        this.traceback = traceback;
    }

    public PyObject cause() {
        return cause;
    }

    /** Sets {@code __cause__}, which also sets {@code __suppress_context__} as CPython does. */
    public void setCause(PyObject cause) {
        this.cause = cause;
        this.suppressContext = true;
    }

    public PyObject context() {
        return context;
    }

    public void setContext(PyObject context) {
        this.context = context;
    }

    public boolean suppressContext() {
        return suppressContext;
    }

    public void setSuppressContext(boolean suppressContext) {
        this.suppressContext = suppressContext;
    }

    /** The instance dict, made on first use. */
    @Override
    public PyDict getDict() {
        PyDict d = dict;
        if (d == null) {
            d = new PyDict();
            dict = d;
        }
        return d;
    }

    /** A Java exception that carries this Python exception, for {@code throw}. */
    public PyException toJava() {
        return new PyException(this);
    }
}
