package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** {@code float}: CPython's {@code Objects/floatobject.c}, an IEEE 754 double. */
public class PyFloat extends PyObject {
    public static final PyType TYPE = PyType.builtin("float", PyFloat.class, PyType.OBJECT, PyType.BASETYPE, FloatSlots::fill);

    public final double value;

    protected PyFloat(double value) {
        this.value = value;
    }

    public static PyFloat of(double v) {
        return new PyFloat(v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public String toString() {
        return FloatRepr.repr(value);
    }
}
