package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/**
 * {@code classmethod}: CPython's {@code Objects/funcobject.c}. Found on a class or an
 * instance it binds the wrapped callable to the class; since 3.9 a wrapped descriptor is
 * bound through its own {@code __get__}.
 */
public final class PyClassMethod extends FunctionWrapper {
    public static final PyType TYPE = PyType.builtin("classmethod", PyClassMethod.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tp_new = (cls, args, kw) -> new PyClassMethod((PyType) cls);
        t.tp_init = (self, args, kw) -> ((PyClassMethod) self).init(args, kw);
        t.tp_descr_get = (d, obj, type) -> ((PyClassMethod) d).bind(type != null ? type : obj.type());
        t.tp_repr = d -> ((PyClassMethod) d).repr();
    });

    PyClassMethod(PyType type) {
        super(type, "classmethod");
    }

    /** A classmethod wrapping {@code callable}. */
    public static PyClassMethod of(PyObject callable) {
        PyClassMethod m = new PyClassMethod(TYPE);
        m.wrap(callable);
        return m;
    }

    private PyObject bind(PyObject cls) {
        PyObject f = callable();
        DescrGetFunc get = f.type().tp_descr_get;
        return get != null ? get.call(f, cls, cls) : BoundMethods.bind(f, cls);
    }
}
