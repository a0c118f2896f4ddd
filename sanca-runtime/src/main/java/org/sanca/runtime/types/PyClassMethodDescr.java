package org.sanca.runtime.types;

import java.util.Arrays;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * A builtin type's class method, e.g. {@code dict.fromkeys}: CPython's
 * {@code classmethod_descriptor}. It binds to the class it is looked up through, or to the
 * instance's type.
 */
public final class PyClassMethodDescr extends PyDescr {
    public static final PyType TYPE = PyType.builtin("classmethod_descriptor", PyClassMethodDescr.class, PyType.OBJECT, 0, t -> {
        t.tp_descr_get = (d, obj, type) -> ((PyClassMethodDescr) d).bind(obj, type);
        t.tp_call = (d, args, kw) -> ((PyClassMethodDescr) d).call(args, kw);
        t.tp_repr = d -> PyStr.of("<method '" + ((PyClassMethodDescr) d).def.name + "' of '"
                + ((PyClassMethodDescr) d).owner.getName() + "' objects>");
    });

    public final MethodDef def;

    PyClassMethodDescr(PyType owner, MethodDef def) {
        super(owner, def.name);
        this.def = def;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject bind(PyObject obj, PyObject type) {
        PyObject cls = type != null ? type : obj.type();
        return new PyBuiltinFunction(def, cls, owner);
    }

    /** Called directly ({@code dict.__dict__['fromkeys'](dict, 'ab')}): the class comes first. */
    private PyObject call(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw PyErr.typeError("descriptor '%s' of '%s' object needs an argument", def.name, owner.getName());
        }
        if (!(args[0] instanceof PyType cls)) {
            throw PyErr.typeError("descriptor '%s' for type '%s' needs a type, not a '%s' as arg 2", def.name,
                    owner.getName(), PyErr.typeName(args[0]));
        }
        if (!cls.isSubtype(owner)) {
            throw PyErr.typeError("descriptor '%s' requires a subtype of '%s' but received '%s'", def.name,
                    owner.getName(), cls.getName());
        }
        return def.call(cls, Arrays.copyOfRange(args, 1, args.length), kwnames);
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
