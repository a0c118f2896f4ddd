package org.sanca.runtime.interp;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyType;

/**
 * A function bound to an object ({@code obj.method}): CPython's {@code method} type
 * ({@code Objects/classobject.c}). Calling it calls the function with the object first.
 */
public final class PyBoundMethod extends PyObject {
    public static final PyType TYPE = PyType.builtin("method", PyBoundMethod.class, PyType.OBJECT, 0, t -> {
        t.tp_call = (m, args, kw) -> ((PyBoundMethod) m).call(args, kw);
        t.tp_descr_get = (m, obj, type) -> m;
        t.tp_new = PyBoundMethod::newMethod;
        t.tp_repr = m -> PyStr.of(((PyBoundMethod) m).repr());
        t.tp_getattro = PyBoundMethod::getAttr;
        t.tp_hash = m -> Abstract.hash(((PyBoundMethod) m).self) ^ Abstract.hash(((PyBoundMethod) m).func);
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyBoundMethod mb) || (op != CompareOp.EQ && op != CompareOp.NE)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyBoundMethod ma = (PyBoundMethod) a;
            boolean eq = ma.self == mb.self && Abstract.richCompareBool(ma.func, mb.func, CompareOp.EQ);
            return PyBool.of(op == CompareOp.EQ ? eq : !eq);
        };
    });

    public final PyObject func;
    public final PyObject self;

    /** {@code types.MethodType(function, instance)}, as {@code method_new}. */
    private static PyObject newMethod(PyObject type, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("method() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyErr.typeError("method expected 2 arguments, got %d", args.length);
        }
        if (args[0].type().tp_call == null) {
            throw PyErr.typeError("first argument must be callable");
        }
        if (args[1] == PyNone.NONE) {
            throw PyErr.typeError("instance must not be None");
        }
        return new PyBoundMethod(args[0], args[1]);
    }

    public PyBoundMethod(PyObject func, PyObject self) {
        this.func = func;
        this.self = self;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject call(PyObject[] args, String[] kwnames) {
        PyObject[] full = new PyObject[args.length + 1];
        full[0] = self;
        System.arraycopy(args, 0, full, 1, args.length);
        if (func instanceof PyFunction f) {
            return f.call(full, 0, full.length, kwnames);
        }
        return Abstract.call(func, full, kwnames);
    }

    /** Attributes not of the method itself come from the function ({@code m.__doc__}, {@code m.__name__}). */
    private static PyObject getAttr(PyObject o, PyStr name) {
        PyObject v = org.sanca.runtime.objects.GenericAttr.getAttr(o, name, true);
        if (v != null) {
            return v;
        }
        return Abstract.getAttr(((PyBoundMethod) o).func, name);
    }

    private String repr() {
        PyObject name = Abstract.lookupAttr(func, PyStr.of("__qualname__"));
        if (name == null) {
            name = Abstract.lookupAttr(func, PyStr.of("__name__"));
        }
        String n = name instanceof PyStr s ? s.value() : "?";
        return "<bound method " + n + " of " + Abstract.repr(self).value() + ">";
    }

    @PyGetter("__doc__")
    PyObject getDoc() {
        return Abstract.getAttr(func, PyStr.of("__doc__"));
    }

    @PyGetter("__func__")
    PyObject getFunc() {
        return func;
    }

    @PyGetter("__self__")
    PyObject getSelf() {
        return self;
    }
}
