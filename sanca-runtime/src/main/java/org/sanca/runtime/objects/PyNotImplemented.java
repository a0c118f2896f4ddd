package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** {@code NotImplemented}: CPython's {@code _Py_NotImplementedStruct} ({@code Objects/object.c}). */
public final class PyNotImplemented extends PyObject {
    public static final PyType TYPE = PyType.builtin("NotImplementedType", PyNotImplemented.class, PyType.OBJECT, 0,
            t -> {
                t.tp_repr = self -> PyStr.of("NotImplemented");
                t.tp_new = SingletonNew.of("NotImplementedType", () -> PyNotImplemented.NOT_IMPLEMENTED);
            });
    public static final PyNotImplemented NOT_IMPLEMENTED = new PyNotImplemented();

    private PyNotImplemented() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Pickled by reference to the builtin name. */
    @org.sanca.runtime.types.PyMethod("($self, /)")
    PyObject __reduce__() {
        return PyStr.of("NotImplemented");
    }
}
