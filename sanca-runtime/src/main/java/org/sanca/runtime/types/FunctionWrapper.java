package org.sanca.runtime.types;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.WithDict;

/**
 * What {@code staticmethod} and {@code classmethod} share ({@code Objects/funcobject.c}): the
 * wrapped callable, an instance dict holding the callable's name, module and doc, and the
 * {@code __func__}, {@code __wrapped__} and {@code __isabstractmethod__} attributes.
 */
abstract class FunctionWrapper extends PyObject implements WithDict {
    private static final String[] COPIED = {"__module__", "__name__", "__qualname__", "__doc__", "__annotations__"};
    private static final PyStr IS_ABSTRACT = PyStr.of("__isabstractmethod__");

    private final PyType type;
    private final String kind;
    private PyObject callable;
    private PyDict dict;

    FunctionWrapper(PyType type, String kind) {
        this.type = type;
        this.kind = kind;
    }

    @Override
    public final PyType type() {
        return type;
    }

    @Override
    public final synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** Wraps {@code f}: {@code functools_wraps} copies its name, module and doc. */
    final void wrap(PyObject f) {
        callable = f;
        PyDict into = getDict();
        for (String n : COPIED) {
            PyStr key = PyStr.of(n);
            PyObject v = Abstract.lookupAttr(f, key);
            if (v != null) {
                into.setItem(key, v);
            }
        }
    }

    /** {@code __init__(callable)}. */
    final PyObject init(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", kind);
        }
        if (args.length != 1) {
            throw PyErr.typeError("%s expected 1 argument, got %d", kind, args.length);
        }
        wrap(args[0]);
        return PyNone.NONE;
    }

    final PyObject callable() {
        if (callable == null) {
            throw PyErr.format(PyExc.RuntimeError, "uninitialized %s object", kind);
        }
        return callable;
    }

    final PyStr repr() {
        return PyStr.of("<" + kind + "(" + Abstract.repr(callable()).value() + ")>");
    }

    @PyGetter("__func__")
    final PyObject func() {
        return callable();
    }

    @PyGetter("__wrapped__")
    final PyObject wrapped() {
        return callable();
    }

    @PyGetter("__isabstractmethod__")
    final PyObject isAbstract() {
        return isAbstract(callable());
    }

    @PyGetter("__dict__")
    final PyObject dict() {
        return getDict();
    }

    /** Whether {@code o.__isabstractmethod__} is true ({@code o} null: false). */
    static PyObject isAbstract(PyObject o) {
        if (o == null) {
            return PyBool.FALSE;
        }
        PyObject v = Abstract.lookupAttr(o, IS_ABSTRACT);
        return PyBool.of(v != null && Abstract.isTrue(v));
    }
}
