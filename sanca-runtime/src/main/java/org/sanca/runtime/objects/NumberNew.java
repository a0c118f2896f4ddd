package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** The constructors {@code int()}, {@code float()} and {@code bool()}: their {@code tp_new} ({@code long_new}, {@code float_new}, {@code bool_new}). */
final class NumberNew {
    private static final String[] INT_PARAMS = {"x", "base"};

    private NumberNew() {
    }

    static PyObject newInt(PyObject cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = CtorArgs.bind("int", INT_PARAMS, 1, args, kwnames);
        PyInt v;
        if (a[1] != null) {
            if (a[0] == null) {
                throw PyErr.typeError("int() missing string argument");
            }
            long base = Abstract.indexValue(a[1]);
            if ((base != 0 && base < 2) || base > 36) {
                throw PyErr.valueError("int() base must be >= 2 and <= 36, or 0");
            }
            v = fromText(a[0], (int) base, true);
        } else if (a[0] == null) {
            v = PyInt.of(0);
        } else {
            v = toInt(a[0]);
        }
        PyType type = (PyType) cls;
        return type == PyInt.TYPE ? v : new PyIntDerived(type, v.value, v.big);
    }

    private static PyInt fromText(PyObject x, int base, boolean explicitBase) {
        if (x instanceof PyStr s) {
            return IntParse.parse(s.value(), base);
        }
        byte[] b = PyBytes.bufferOrNull(x);
        if (b != null) {
            return IntParse.parse(new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), base);
        }
        if (explicitBase) {
            throw PyErr.typeError("int() can't convert non-string with explicit base");
        }
        return null;
    }

    /** {@code int(x)}: {@code __int__}, {@code __index__}, {@code __trunc__}, or a string. */
    static PyInt toInt(PyObject x) {
        if (x.type() == PyInt.TYPE) {
            return (PyInt) x;
        }
        PyType t = x.type();
        if (t.nb_int != null) {
            PyObject r = t.nb_int.call(x);
            if (!(r instanceof PyInt i)) {
                throw PyErr.typeError("__int__ returned non-int (type %s)", PyErr.typeName(r));
            }
            if (r.type() != PyInt.TYPE) {
                Warnings.deprecated(Warnings.strictSubclass("__int__", r));
            }
            return r.type() == PyInt.TYPE ? i : PyInt.of(i.bigValue());
        }
        if (t.nb_index != null) {
            PyInt i = Abstract.index(x);
            return i.type() == PyInt.TYPE ? i : PyInt.of(i.bigValue());
        }
        PyObject trunc = t.lookup(PyStr.of("__trunc__"));
        if (trunc != null) {
            PyObject r = Abstract.callMethod(x, "__trunc__");
            if (r instanceof PyInt i) {
                return i.type() == PyInt.TYPE ? i : PyInt.of(i.bigValue());
            }
            return Abstract.index(r);
        }
        PyInt s = fromText(x, 10, false);
        if (s != null) {
            return s;
        }
        throw PyErr.typeError("int() argument must be a string, a bytes-like object or a real number, not '%s'", PyErr.typeName(x));
    }

    static PyObject newFloat(PyObject cls, PyObject[] args, String[] kwnames) {
        PyObject x = CtorArgs.single("float", args, kwnames);
        double v;
        if (x == null) {
            v = 0;
        } else if (x instanceof PyStr s) {
            v = FloatParse.fromString(s.value());
        } else if (PyBytes.bufferOrNull(x) != null) {
            v = FloatParse.fromString(new String(PyBytes.bufferOrNull(x), java.nio.charset.StandardCharsets.ISO_8859_1));
        } else if (x.type().nb_float != null || x.type().nb_index != null) {
            v = FloatSlots.asDouble(x);
        } else {
            throw PyErr.typeError("float() argument must be a string or a real number, not '%s'", PyErr.typeName(x));
        }
        PyType type = (PyType) cls;
        return type == PyFloat.TYPE ? PyFloat.of(v) : new PyFloatDerived(type, v);
    }

    static PyObject newBool(PyObject cls, PyObject[] args, String[] kwnames) {
        PyObject x = CtorArgs.single("bool", args, kwnames);
        return PyBool.of(x != null && Abstract.isTrue(x));
    }

    /** {@code int(f)} for a float: truncation, with CPython's errors for infinities and NaN. */
    static PyInt fromDouble(double d) {
        if (Double.isNaN(d)) {
            throw PyErr.valueError("cannot convert float NaN to integer");
        }
        if (Double.isInfinite(d)) {
            throw PyErr.format(PyExc.OverflowError, "cannot convert float infinity to integer");
        }
        if (Math.abs(d) < 9.2e18) {
            return PyInt.of((long) d);
        }
        return PyInt.of(new java.math.BigDecimal(d).toBigInteger());
    }
}
