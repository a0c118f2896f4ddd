package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PySetter;
import org.sanca.runtime.types.PyType;

/**
 * An instance of {@code BaseException} or of any exception type: CPython's
 * {@code PyBaseExceptionObject} ({@code Objects/exceptions.c}). Subclass-specific attributes
 * (OSError's errno, SyntaxError's fields, ...) are members beside the dict (see {@code ExceptionSlots}).
 */
public class PyBaseException extends PyObject implements Retypable, WithDict, SlotHolder {
    private PyType type;
    private PyTuple args;
    private PyObject traceback = PyNone.NONE;
    private PyObject cause = PyNone.NONE;
    private PyObject context = PyNone.NONE;
    private boolean suppressContext;
    private PyDict dict;
    private PyObject[] members;
    /** The {@code __slots__} values of a Python subclass that declares some; made on first write. */
    private SlotValues slotValues;

    public PyBaseException(PyType type, PyTuple args) {
        this.type = type;
        this.args = args;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Changes {@code __class__}; CPython allows it between compatible exception types. */
    @Override
    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public PyObject getSlot(int i) {
        SlotValues v = slotValues;
        return v == null ? null : v.get(i);
    }

    @Override
    public synchronized void setSlot(int i, PyObject v) {
        if (slotValues == null) {
            slotValues = new SlotValues();
        }
        slotValues.set(type, i, v);
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

    /** The family-specific member at {@code i} (see {@link ExceptionSlots}), None when unset. */
    public synchronized PyObject member(int i) {
        return members == null || members[i] == null ? PyNone.NONE : members[i];
    }

    /** The member at {@code i}, or null when it was never set. */
    synchronized PyObject memberOrNull(int i) {
        return members == null ? null : members[i];
    }

    public synchronized void setMember(int i, PyObject v) {
        if (members == null) {
            members = new PyObject[8];
        }
        members[i] = v;
    }

    // ---- the attributes and methods of BaseException (BaseException_getset, BaseException_methods) ----

    @PyGetter("args")
    PyObject getArgs() {
        return args;
    }

    @PySetter("args")
    void setArgsAttr(PyObject v) {
        if (v == null) {
            throw PyErr.typeError("args may not be deleted");
        }
        args = v instanceof PyTuple t && t.type() == PyTuple.TYPE ? t : sequenceToTuple(v);
    }

    private static PyTuple sequenceToTuple(PyObject v) {
        java.util.List<PyObject> items = new java.util.ArrayList<>();
        PyObject it = Abstract.getIter(v);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            items.add(x);
        }
        return PyTuple.of(items.toArray(new PyObject[0]));
    }

    @PyGetter("__cause__")
    PyObject getCause() {
        return cause;
    }

    @PySetter("__cause__")
    void setCauseAttr(PyObject v) {
        setCause(checkChained(v, "__cause__", "cause"));
    }

    @PyGetter("__context__")
    PyObject getContext() {
        return context;
    }

    @PySetter("__context__")
    void setContextAttr(PyObject v) {
        context = checkChained(v, "__context__", "context");
    }

    private static PyObject checkChained(PyObject v, String attr, String what) {
        if (v == null) {
            throw PyErr.typeError("%s may not be deleted", attr);
        }
        if (v != PyNone.NONE && !(v instanceof PyBaseException)) {
            throw PyErr.typeError("exception %s must be None or derive from BaseException", what);
        }
        return v;
    }

    @PyGetter("__suppress_context__")
    PyObject getSuppressContext() {
        return PyBool.of(suppressContext);
    }

    @PySetter("__suppress_context__")
    void setSuppressContextAttr(PyObject v) {
        if (!(v instanceof PyBool b)) {
            throw PyErr.typeError("attribute value type must be bool");
        }
        suppressContext = b == PyBool.TRUE;
    }

    @PyGetter("__traceback__")
    PyObject getTraceback() {
        return traceback;
    }

    @PySetter("__traceback__")
    void setTracebackAttr(PyObject v) {
        if (v == null) {
            throw PyErr.typeError("__traceback__ may not be deleted");
        }
        if (v != PyNone.NONE && !v.type().getName().equals("traceback")) {
            throw PyErr.typeError("__traceback__ must be a traceback or None");
        }
        traceback = v;
    }

    @PyGetter("__dict__")
    PyObject getDictAttr() {
        return getDict();
    }

    @PyMethod(value = "($self, tb, /)", textSignature = false)
    PyObject with_traceback(PyObject tb) {
        setTracebackAttr(tb);
        return this;
    }

    @PyMethod(value = "($self, note, /)", textSignature = false)
    void add_note(PyObject note) {
        if (!(note instanceof PyStr)) {
            throw PyErr.typeError("note must be a str, not '%s'", PyErr.typeName(note));
        }
        PyStr key = PyStr.of("__notes__");
        PyObject notes = getDict().getItem(key);
        if (notes == null) {
            notes = new PyList();
            getDict().setItem(key, notes);
        }
        if (!(notes instanceof PyList l)) {
            throw PyErr.typeError("Cannot add note: __notes__ is not a list");
        }
        l.append(note);
    }

    @PyMethod(value = "($self, state, /)", textSignature = false)
    void __setstate__(PyObject state) {
        if (state == PyNone.NONE) {
            return;
        }
        if (!(state instanceof PyDict d)) {
            throw PyErr.typeError("state is not a dictionary");
        }
        for (PyObject k : d.keysArray()) {
            Abstract.setAttr(this, (PyStr) k, d.getItem(k));
        }
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    PyObject __reduce__() {
        PyDict d = dict;
        return d == null || d.size() == 0 ? PyTuple.of(type, args) : PyTuple.of(type, args, d);
    }
}
