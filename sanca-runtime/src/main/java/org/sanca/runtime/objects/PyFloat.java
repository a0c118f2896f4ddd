package org.sanca.runtime.objects;

import org.sanca.runtime.objects.format.FloatFormat;
import org.sanca.runtime.objects.format.FormatSpec;
import org.sanca.runtime.types.PyGetter;
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
        String s = PyStr.arg(spec, "__format__() argument");
        if (s.isEmpty()) {
            return Abstract.str(this);
        }
        return PyStr.of(FloatFormat.format(value, FormatSpec.parse(s, PyErr.typeName(this)), PyErr.typeName(this)));
    }

    @PyMethod(value = "($self, /)", doc = "Return True if the float is an integer.")
    boolean is_integer() {
        return Double.isFinite(value) && value == Math.floor(value);
    }

    @PyMethod(value = "($self, /)", doc = "Return a pair of integers, whose ratio is exactly equal to the original float.")
    PyTuple as_integer_ratio() {
        return FloatMethods.asIntegerRatio(value);
    }

    @PyMethod(value = "($self, /)", doc = "Return a hexadecimal representation of a floating-point number.")
    String hex() {
        return FloatMethods.hex(value);
    }

    @PyMethod(value = "($type, string, /)", kind = PyMethod.Kind.CLASS, doc = "Create a floating-point number from a hexadecimal string.")
    static PyObject fromhex(PyObject type, PyObject string) {
        if (!(string instanceof PyStr s)) {
            throw PyErr.typeError("bad argument type for built-in operation");
        }
        PyFloat f = of(FloatMethods.fromhex(s.value()));
        return type == TYPE ? f : Abstract.call(type, f);
    }

    @PyMethod(value = "($self, /)", doc = "Return self, the complex conjugate of any float.")
    PyFloat conjugate() {
        return of(value);
    }

    @PyGetter("real")
    PyFloat realPart() {
        return of(value);
    }

    @PyGetter("imag")
    PyFloat imagPart() {
        return of(0.0);
    }

    @PyMethod(value = "($self, /)", name = "__trunc__", doc = "Return the Integral closest to x between 0 and x.")
    PyInt trunc() {
        return NumberNew.fromDouble(value);
    }

    @PyMethod(value = "($self, /)", name = "__floor__", doc = "Return the floor as an Integral.")
    PyInt floor() {
        return NumberNew.fromDouble(Math.floor(value));
    }

    @PyMethod(value = "($self, /)", name = "__ceil__", doc = "Return the ceiling as an Integral.")
    PyInt ceil() {
        return NumberNew.fromDouble(Math.ceil(value));
    }

    @PyMethod(value = "($self, ndigits=None, /)", name = "__round__", doc = "Return the Integral closest to x, rounding half toward even.")
    PyObject round(PyObject ndigits) {
        if (ndigits == PyNone.NONE) {
            return NumberNew.fromDouble(Math.rint(value));
        }
        return of(FloatMethods.round(value, Abstract.index(ndigits)));
    }

    @PyMethod(value = "($self, /)", name = "__getnewargs__")
    PyTuple getnewargs() {
        return PyTuple.of(of(value));
    }

    /** The size CPython reports on a 64-bit build: header and one double. */
    @PyMethod(value = "($self, /)", name = "__sizeof__", doc = "Size of object in memory, in bytes.")
    long sizeof() {
        return 24;
    }

    @PyMethod(value = "($type, typestr, /)", name = "__getformat__", kind = PyMethod.Kind.CLASS,
            doc = "You probably don't want to use this function.")
    static String getformat(PyObject type, PyObject typestr) {
        String s = PyStr.arg(typestr);
        if (!s.equals("double") && !s.equals("float")) {
            throw PyErr.valueError("__getformat__() argument 1 must be 'double' or 'float'");
        }
        return "IEEE, little-endian";
    }

    @Override
    public String toString() {
        return FloatRepr.repr(value);
    }
}
