package org.sanca.runtime.types;

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




    @PyGetter("__doc__")
    PyObject docAttr() {
        return def.doc == null || def.doc.isEmpty() ? org.sanca.runtime.objects.PyNone.NONE : PyStr.of(def.doc);
    }

    @PyGetter("__text_signature__")
    PyObject textSignature() {
        return def.textSignature == null ? org.sanca.runtime.objects.PyNone.NONE : PyStr.of(def.textSignature);
    }
}
