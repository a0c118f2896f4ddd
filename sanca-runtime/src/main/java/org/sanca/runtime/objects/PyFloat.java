package org.sanca.runtime.objects;

import org.sanca.runtime.objects.format.FloatFormat;
import org.sanca.runtime.objects.format.FormatSpec;
import org.sanca.runtime.types.PyMethod;
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

    @PyMethod(value = "($self, format_spec, /)", name = "__format__", doc = "Formats the float according to format_spec.")
    PyStr format(PyObject spec) {
        String s = PyStr.arg(spec);
        if (s.isEmpty()) {
            return Abstract.str(this);
        }
        return PyStr.of(FloatFormat.format(value, FormatSpec.parse(s, PyErr.typeName(this)), PyErr.typeName(this)));
    }

    @Override
    public String toString() {
        return FloatRepr.repr(value);
    }
}
