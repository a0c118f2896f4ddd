package org.sanca.runtime.objects;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/**
 * The slots of {@code float} ({@code Objects/floatobject.c}): arithmetic with int operands
 * converted, CPython's floor-division and modulo sign rules, and the numeric hash that makes
 * {@code hash(1.0) == hash(1)}.
 */
public final class FloatSlots {
    private FloatSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(FloatRepr.repr(((PyFloat) self).value));
        t.tp_hash = self -> hash(((PyFloat) self).value, self);
        t.tp_richcompare = FloatSlots::richCompare;
        t.nb_bool = self -> ((PyFloat) self).value != 0;
        t.nb_add = (a, b) -> arith(a, b, '+');
        t.nb_subtract = (a, b) -> arith(a, b, '-');
        t.nb_multiply = (a, b) -> arith(a, b, '*');
        t.nb_true_divide = (a, b) -> arith(a, b, '/');
        t.nb_negative = self -> PyFloat.of(-((PyFloat) self).value);
        t.nb_positive = self -> PyFloat.of(((PyFloat) self).value);
        t.nb_absolute = self -> PyFloat.of(Math.abs(((PyFloat) self).value));
        t.nb_float = self -> self.type() == PyFloat.TYPE ? self : PyFloat.of(((PyFloat) self).value);
        t.nb_int = self -> NumberNew.fromDouble(((PyFloat) self).value);
        t.nb_floor_divide = FloatOps::floorDivide;
        t.nb_remainder = FloatOps::remainder;
        t.nb_divmod = FloatOps::divmodSlot;
        t.nb_power = FloatOps::power;
        t.tp_new = NumberNew::newFloat;
    }

    /** The double value of a float or int operand, or NaN-free null marker via {@code ok}. */
    static boolean isNumber(PyObject o) {
        return o instanceof PyFloat || o instanceof PyInt;
    }

    /** The value of a float or int as a double; OverflowError for ints too large. */
    public static double toDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        PyInt i = (PyInt) o;
        if (i.big == null) {
            return i.value;
        }
        double d = i.big.doubleValue();
        if (Double.isInfinite(d)) {
            throw PyErr.format(PyExc.OverflowError, "int too large to convert to float");
        }
        return d;
    }

    /**
     * {@code PyFloat_AsDouble}: a float's value, else {@code __float__}, else {@code __index__};
     * TypeError "must be real number, not X" for anything else.
     */
    public static double asDouble(PyObject o) {
        if (o instanceof PyFloat f) {
            return f.value;
        }
        if (o instanceof PyInt) {
            return toDouble(o);
        }
        if (o.type().nb_float != null) {
            PyObject r = o.type().nb_float.call(o);
            if (!(r instanceof PyFloat f)) {
                throw PyErr.typeError("%s.__float__ returned non-float (type %s)", PyErr.typeName(o), PyErr.typeName(r));
            }
            return f.value;
        }
        if (o.type().nb_index != null) {
            return toDouble(Abstract.index(o));
        }
        throw PyErr.typeError("must be real number, not %s", PyErr.typeName(o));
    }

    private static PyObject arith(PyObject a, PyObject b, char op) {
        if (!isNumber(a) || !isNumber(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double x = toDouble(a);
        double y = toDouble(b);
        return switch (op) {
            case '+' -> PyFloat.of(x + y);
            case '-' -> PyFloat.of(x - y);
            case '*' -> PyFloat.of(x * y);
            default -> {
                if (y == 0) {
                    throw PyErr.format(PyExc.ZeroDivisionError, "float division by zero");
                }
                yield PyFloat.of(x / y);
            }
        };
    }

    private static final long EXACT_LIMIT = 1L << 53;

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!isNumber(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double x = ((PyFloat) a).value;
        if (b instanceof PyInt i && (i.big != null || Math.abs(i.value) > EXACT_LIMIT)) {
            if (Double.isNaN(x)) {
                return PyBool.of(op == CompareOp.NE);
            }
            int c = Double.isInfinite(x) ? (x > 0 ? 1 : -1)
                    : new java.math.BigDecimal(x).compareTo(new java.math.BigDecimal(i.bigValue()));
            return PyBool.of(op.test(c));
        }
        double y = toDouble(b);
        boolean r = switch (op) {
            case LT -> x < y;
            case LE -> x <= y;
            case EQ -> x == y;
            case NE -> x != y;
            case GT -> x > y;
            case GE -> x >= y;
        };
        return PyBool.of(r);
    }

    /**
     * CPython's {@code _Py_HashDouble}: the value reduced modulo 2**61 - 1 as an exact rational,
     * so that equal ints and floats hash alike; infinities hash to +-314159, NaN by identity.
     */
    public static long hash(double v, PyObject self) {
        if (Double.isNaN(v)) {
            return System.identityHashCode(self);
        }
        if (Double.isInfinite(v)) {
            return v > 0 ? HashInfo.INF : -HashInfo.INF;
        }
        if (v == Math.rint(v) && Math.abs(v) < 9.2e18) {
            return IntSlots.hash(PyInt.of((long) v));
        }
        long bits = Double.doubleToLongBits(v);
        int exp = (int) ((bits >> 52) & 0x7FF);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0) {
            exp = 1;
        } else {
            mant |= 1L << 52;
        }
        int e = exp - 1075;
        java.math.BigInteger m = java.math.BigInteger.valueOf(mant).mod(HashInfo.MODULUS_BIG);
        long h;
        if (e >= 0) {
            h = m.multiply(java.math.BigInteger.TWO.modPow(java.math.BigInteger.valueOf(e), HashInfo.MODULUS_BIG))
                    .mod(HashInfo.MODULUS_BIG).longValue();
        } else {
            java.math.BigInteger inv = java.math.BigInteger.TWO.modPow(java.math.BigInteger.valueOf(-e), HashInfo.MODULUS_BIG)
                    .modInverse(HashInfo.MODULUS_BIG);
            h = m.multiply(inv).mod(HashInfo.MODULUS_BIG).longValue();
        }
        if (v < 0) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }
}
