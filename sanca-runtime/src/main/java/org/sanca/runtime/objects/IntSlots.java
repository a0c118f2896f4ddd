package org.sanca.runtime.objects;

import java.math.BigInteger;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/**
 * The number slots of {@code int} ({@code Objects/longobject.c}). Each operator works on longs
 * with overflow checks and falls back to BigInteger only when a result leaves the long range.
 * Operands that are not ints give {@code NotImplemented}.
 */
public final class IntSlots {
    private IntSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(IntParse.toDecimal((PyInt) self));
        t.tp_hash = self -> hash((PyInt) self);
        t.tp_richcompare = IntSlots::richCompare;
        t.nb_bool = self -> ((PyInt) self).big != null || ((PyInt) self).value != 0;
        t.nb_index = self -> self.type() == PyInt.TYPE ? self : toExact((PyInt) self);
        t.nb_int = t.nb_index;
        t.nb_add = IntSlots::add;
        t.nb_subtract = IntSlots::subtract;
        t.nb_multiply = IntSlots::multiply;
        t.nb_floor_divide = IntSlots::floorDivide;
        t.nb_remainder = IntSlots::remainder;
        t.nb_negative = self -> negative((PyInt) self);
        t.nb_positive = self -> toExact((PyInt) self);
        t.nb_invert = self -> subtract(negative((PyInt) self), PyInt.of(1));
        t.nb_absolute = self -> ((PyInt) self).bigValue().signum() < 0 ? negative((PyInt) self) : toExact((PyInt) self);
        t.nb_and = IntSlots::and;
        t.nb_or = IntSlots::or;
        t.nb_xor = IntSlots::xor;
        t.nb_true_divide = IntOps::trueDivide;
        t.nb_divmod = IntOps::divmod;
        t.nb_power = IntOps::power;
        t.nb_lshift = IntOps::lshift;
        t.nb_rshift = IntOps::rshift;
        t.nb_float = self -> PyFloat.of(FloatSlots.toDouble(self));
        t.tp_new = NumberNew::newInt;
    }

    private static PyInt toExact(PyInt i) {
        return i.big != null ? PyInt.of(i.big) : PyInt.of(i.value);
    }

    /** CPython's numeric hash: the value modulo the Mersenne prime 2**61 - 1, sign kept; -1 is -2. */
    public static long hash(PyInt i) {
        long h;
        if (i.big == null) {
            long v = i.value;
            long a = v == Long.MIN_VALUE ? Long.MIN_VALUE : Math.abs(v);
            h = v == Long.MIN_VALUE ? BigInteger.valueOf(v).negate().mod(HashInfo.MODULUS_BIG).longValue()
                    : a % HashInfo.MODULUS;
            if (v < 0) {
                h = -h;
            }
        } else {
            BigInteger m = i.big.abs().mod(HashInfo.MODULUS_BIG);
            h = i.big.signum() < 0 ? -m.longValue() : m.longValue();
        }
        return h == -1 ? -2 : h;
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int c = compare(x, y);
        boolean r = op.test(c);
        return PyBool.of(r);
    }

    /** Three-way comparison of two ints. */
    public static int compare(PyInt x, PyInt y) {
        if (x.big == null && y.big == null) {
            return Long.compare(x.value, y.value);
        }
        return x.bigValue().compareTo(y.bigValue());
    }

    public static PyObject add(PyObject a, PyObject b) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (x.big == null && y.big == null) {
            long r = x.value + y.value;
            if (((x.value ^ r) & (y.value ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(x.bigValue().add(y.bigValue()));
    }

    public static PyObject subtract(PyObject a, PyObject b) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (x.big == null && y.big == null) {
            long r = x.value - y.value;
            if (((x.value ^ y.value) & (x.value ^ r)) >= 0) {
                return PyInt.of(r);
            }
        }
        return PyInt.of(x.bigValue().subtract(y.bigValue()));
    }

    public static PyObject multiply(PyObject a, PyObject b) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (x.big == null && y.big == null) {
            long hi = Math.multiplyHigh(x.value, y.value);
            long lo = x.value * y.value;
            if ((hi == 0 && lo >= 0) || (hi == -1 && lo < 0)) {
                return PyInt.of(lo);
            }
        }
        return PyInt.of(x.bigValue().multiply(y.bigValue()));
    }

    public static PyObject floorDivide(PyObject a, PyObject b) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        checkDivisor(y, "integer division or modulo by zero");
        if (x.big == null && y.big == null && !(x.value == Long.MIN_VALUE && y.value == -1)) {
            return PyInt.of(Math.floorDiv(x.value, y.value));
        }
        BigInteger[] qr = x.bigValue().divideAndRemainder(y.bigValue());
        BigInteger q = qr[0];
        if (qr[1].signum() != 0 && qr[1].signum() != y.bigValue().signum()) {
            q = q.subtract(BigInteger.ONE);
        }
        return PyInt.of(q);
    }

    public static PyObject remainder(PyObject a, PyObject b) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        checkDivisor(y, "integer modulo by zero");
        if (x.big == null && y.big == null) {
            return PyInt.of(y.value == -1 ? 0 : Math.floorMod(x.value, y.value));
        }
        BigInteger r = x.bigValue().mod(y.bigValue().abs());
        if (y.bigValue().signum() < 0 && r.signum() != 0) {
            r = r.add(y.bigValue());
        }
        return PyInt.of(r);
    }

    private static void checkDivisor(PyInt y, String message) {
        if (y.big == null && y.value == 0) {
            throw PyErr.format(PyExc.ZeroDivisionError, message);
        }
    }

    static PyInt negative(PyInt x) {
        if (x.big == null && x.value != Long.MIN_VALUE) {
            return PyInt.of(-x.value);
        }
        return PyInt.of(x.bigValue().negate());
    }

    static PyObject and(PyObject a, PyObject b) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (x.big == null && y.big == null) {
            return PyInt.of(x.value & y.value);
        }
        return PyInt.of(x.bigValue().and(y.bigValue()));
    }

    static PyObject or(PyObject a, PyObject b) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (x.big == null && y.big == null) {
            return PyInt.of(x.value | y.value);
        }
        return PyInt.of(x.bigValue().or(y.bigValue()));
    }

    static PyObject xor(PyObject a, PyObject b) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (x.big == null && y.big == null) {
            return PyInt.of(x.value ^ y.value);
        }
        return PyInt.of(x.bigValue().xor(y.bigValue()));
    }
}
