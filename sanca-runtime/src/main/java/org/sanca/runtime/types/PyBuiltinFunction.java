package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * {@code builtin_function_or_method}: a builtin function of a module ({@code len}), or a
 * builtin method bound to its object ({@code "a b".split}). CPython's
 * {@code Objects/methodobject.c}.
 */
public final class PyBuiltinFunction extends PyObject {
    public static final PyType TYPE = PyType.builtin("builtin_function_or_method", PyBuiltinFunction.class, PyType.OBJECT, 0, t -> {
        t.tp_call = (f, args, kw) -> ((PyBuiltinFunction) f).call(args, kw);
        t.tp_repr = f -> PyStr.of(((PyBuiltinFunction) f).repr());
    });

    public final MethodDef def;
    /** {@code __self__}: the module, the bound object or class; null for none. */
    public final PyObject self;
    /** The type the method belongs to, or null for a module function. */
    public final PyType owner;

    public PyBuiltinFunction(MethodDef def, PyObject self, PyType owner) {
        this.def = def;
        this.self = self;
        this.owner = owner;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public PyObject call(PyObject[] args, String[] kwnames) {
        return def.call(self, args, kwnames);
    }

    private String repr() {
        if (self == null || self instanceof PyModule) {
            return "<built-in function " + def.name + ">";
        }
        return "<built-in method " + def.name + " of " + describe(self) + ">";
    }

    private static String describe(PyObject o) {
        if (o instanceof PyType t) {
            return "type object at " + Ids.hex(o);
        }
        return o.type().getName() + " object at " + Ids.hex(o);
    }

    /**
     * {@code meth_reduce}: a module function pickles as its name (found again through its module),
     * a bound method as {@code getattr(self, name)}.
     */
    @PyMethod("($self, /)")
    PyObject __reduce__() {
        if (self == null || self instanceof PyModule) {
            return PyStr.of(def.name);
        }
        PyObject getattr = org.sanca.runtime.interp.InterpreterState.current().builtins().getDict().getItem(PyStr.of("getattr"));
        return org.sanca.runtime.objects.PyTuple.of(getattr, org.sanca.runtime.objects.PyTuple.of(self, PyStr.of(def.name)));
    }

    @PyGetter("__name__")
    PyObject nameAttr() {
        return PyStr.of(def.name);
    }

    @PyGetter("__qualname__")
    PyObject qualnameAttr() {
        return PyStr.of(owner == null ? def.name : owner.getQualname() + "." + def.name);
    }

    /** None for a static method, though it keeps its type as self for its repr (CPython's METH_STATIC). */
    @PyGetter("__self__")
    PyObject selfAttr() {
        return self == null || def.kind == PyMethod.Kind.STATIC ? org.sanca.runtime.objects.PyNone.NONE : self;
    }

    @PyGetter("__module__")
    PyObject moduleAttr() {
        return self instanceof PyModule m ? PyStr.of(m.getName()) : org.sanca.runtime.objects.PyNone.NONE;
    }

    @PyGetter("__doc__")
    PyObject docAttr() {
        return def.doc == null || def.doc.isEmpty() ? org.sanca.runtime.objects.PyNone.NONE : PyStr.of(def.doc);
    }

    @PyGetter("__text_signature__")
    PyObject textSignature() {
        return def.textSignature == null ? org.sanca.runtime.objects.PyNone.NONE : PyStr.of(def.textSignature);
    }
}
