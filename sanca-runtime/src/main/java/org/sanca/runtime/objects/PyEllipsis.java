package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** {@code Ellipsis}: CPython's {@code _Py_EllipsisObject} ({@code Objects/sliceobject.c}). */
public final class PyEllipsis extends PyObject {
    public static final PyType TYPE = PyType.builtin("ellipsis", PyEllipsis.class, PyType.OBJECT, 0,
            t -> {
                t.tp_repr = self -> PyStr.of("Ellipsis");
                t.tp_new = SingletonNew.of("EllipsisType", () -> PyEllipsis.ELLIPSIS);
            });
    public static final PyEllipsis ELLIPSIS = new PyEllipsis();

    private PyEllipsis() {
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Pickled by reference to the builtin name. */
    @org.sanca.runtime.types.PyMethod("($self, /)")
    PyObject __reduce__() {
        return PyStr.of("Ellipsis");
    }
}
