package org.sanca.runtime.types;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyObject;

/**
 * {@code staticmethod}: CPython's {@code Objects/funcobject.c}. Found on a class or an
 * instance it gives the wrapped callable unchanged; since 3.10 it is itself callable.
 */
public final class PyStaticMethod extends FunctionWrapper {
    public static final PyType TYPE = PyType.builtin("staticmethod", PyStaticMethod.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tp_new = (cls, args, kw) -> new PyStaticMethod((PyType) cls);
        t.tp_init = (self, args, kw) -> ((PyStaticMethod) self).init(args, kw);
        t.tp_descr_get = (d, obj, type) -> ((PyStaticMethod) d).callable();
        t.tp_call = (d, args, kw) -> Abstract.call(((PyStaticMethod) d).callable(), args, kw);
        t.tp_repr = d -> ((PyStaticMethod) d).repr();
    });

    PyStaticMethod(PyType type) {
        super(type, "staticmethod");
    }

    /** A staticmethod wrapping {@code callable}. */
    public static PyStaticMethod of(PyObject callable) {
        PyStaticMethod m = new PyStaticMethod(TYPE);
        m.wrap(callable);
        return m;
    }
}
