package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** {@code None}: CPython's {@code _Py_NoneStruct} ({@code Objects/object.c}). */
public final class PyNone extends PyObject {
    public static final PyType TYPE = PyType.builtin("NoneType", PyNone.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = self -> PyStr.of("None");
        t.nb_bool = self -> false;
        t.tp_hash = self -> 0xFCA86420L;
        t.tp_new = SingletonNew.of("NoneType", () -> PyNone.NONE);
    });
    public static final PyNone NONE = new PyNone();

    private PyNone() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
