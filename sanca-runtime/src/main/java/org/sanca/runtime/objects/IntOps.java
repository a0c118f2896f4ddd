package org.sanca.runtime.objects;

import java.math.BigInteger;

/** The int operators beyond the hot arithmetic of {@link IntSlots}: power, shifts, true division, divmod ({@code longobject.c}). */
final class IntOps {
    private static final long EXACT_DOUBLE = 1L << 53;

    private IntOps() {
    }

    static PyObject trueDivide(PyObject a, PyObject b) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (y.big == null && y.value == 0) {
            throw PyErr.format(PyExc.ZeroDivisionError, "division by zero");
        }
        if (x.big == null && y.big == null && Math.abs(x.value) <= EXACT_DOUBLE && Math.abs(y.value) <= EXACT_DOUBLE) {
            return PyFloat.of((double) x.value / (double) y.value);
        }
        BigInteger n = x.bigValue();
        BigInteger d = y.bigValue();
        double q = correctlyRoundedQuotient(n.abs(), d.abs());
        return PyFloat.of(n.signum() * d.signum() < 0 ? -q : q);
    }

    /**
     * {@code n / d} rounded once, half to even, to the nearest double (subnormals included), as
     * {@code long_true_divide} does: a quotient of 55 or 56 bits with a sticky bit for the
     * remainder, rounded by hand at the position the result's exponent allows.
     */
    private static double correctlyRoundedQuotient(BigInteger n, BigInteger d) {
        if (n.signum() == 0) {
            return 0.0;
        }
        int shift = 55 - (n.bitLength() - d.bitLength());
        BigInteger[] qr = shift >= 0 ? n.shiftLeft(shift).divideAndRemainder(d) : n.divideAndRemainder(d.shiftLeft(-shift));
        long q = qr[0].longValue();
        boolean sticky = qr[1].signum() != 0;
        int bits = 64 - Long.numberOfLeadingZeros(q);
        long exponent = (long) bits - 1 - shift;
        if (exponent > Double.MAX_EXPONENT) {
            throw PyErr.format(PyExc.OverflowError, "integer division result too large for a float");
        }
        long drop = exponent >= Double.MIN_EXPONENT ? bits - 53 : (long) shift - 1074;
        if (drop >= 63) {
            return 0.0;
        }
        long kept = q >>> drop;
        long rest = q & ((1L << drop) - 1);
        long half = 1L << (drop - 1);
        if (rest > half || (rest == half && (sticky || (kept & 1) == 1))) {
            kept++;
        }
        double result = Math.scalb((double) kept, (int) (drop - shift));
        if (Double.isInfinite(result)) {
            throw PyErr.format(PyExc.OverflowError, "integer division result too large for a float");
        }
        return result;
    }

    static PyObject divmod(PyObject a, PyObject b) {
        if (!(a instanceof PyInt) || !(b instanceof PyInt)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyTuple.of(IntSlots.floorDivide(a, b), IntSlots.remainder(a, b));
    }

    static PyObject lshift(PyObject a, PyObject b) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long n = shiftCount(y);
        if (x.big == null && x.value == 0) {
            return PyInt.of(0);
        }
        if (x.big == null && n < 63 && Long.numberOfLeadingZeros(Math.abs(x.value)) > n + 1 && x.value != Long.MIN_VALUE) {
            return PyInt.of(x.value << n);
        }
        if (n > Integer.MAX_VALUE) {
            throw PyErr.format(PyExc.OverflowError, "too many digits in integer");
        }
        return PyInt.of(x.bigValue().shiftLeft((int) n));
    }

    static PyObject rshift(PyObject a, PyObject b) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        long n = shiftCount(y);
        if (x.big == null) {
            return PyInt.of(n >= 64 ? (x.value < 0 ? -1 : 0) : x.value >> n);
        }
        return PyInt.of(n > Integer.MAX_VALUE ? BigInteger.valueOf(x.big.signum() < 0 ? -1 : 0) : x.big.shiftRight((int) n));
    }

    private static long shiftCount(PyInt y) {
        if (y.bigValue().signum() < 0) {
            throw PyErr.valueError("negative shift count");
        }
        return y.big != null ? Long.MAX_VALUE : y.value;
    }

    static PyObject power(PyObject a, PyObject b, PyObject m) {
        if (!(a instanceof PyInt x) || !(b instanceof PyInt y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (m != PyNone.NONE) {
            if (!(m instanceof PyInt z)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return modPow(x, y, z);
        }
        if (y.bigValue().signum() < 0) {
            double base = FloatSlots.toDouble(x);
            if (base == 0) {
                throw PyErr.format(PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
            }
            return FloatOps.power(PyFloat.of(base), PyFloat.of(FloatSlots.toDouble(y)), PyNone.NONE);
        }
        if (x.big == null && y.big == null) {
            long r = 1;
            long base = x.value;
            long e = y.value;
            boolean ok = true;
            while (e > 0 && ok) {
                try {
                    if ((e & 1) != 0) {
                        r = Math.multiplyExact(r, base);
                    }
                    e >>= 1;
                    if (e > 0) {
                        base = Math.multiplyExact(base, base);
                    }
                } catch (ArithmeticException overflow) {
                    ok = false;
                }
            }
            if (ok) {
                return PyInt.of(r);
            }
        }
        BigInteger bx = x.bigValue();
        if (bx.abs().equals(BigInteger.ONE) || bx.signum() == 0) {
            return PyInt.of(bx.signum() < 0 && y.bigValue().testBit(0) ? -1 : bx.signum() == 0 ? 0 : 1);
        }
        if (y.big != null || y.value > Integer.MAX_VALUE) {
            throw PyErr.format(PyExc.MemoryError, "");
        }
        return PyInt.of(bx.pow((int) y.value));
    }

    private static PyObject modPow(PyInt x, PyInt y, PyInt z) {
        BigInteger m = z.bigValue();
        if (m.signum() == 0) {
            throw PyErr.valueError("pow() 3rd argument cannot be 0");
        }
        BigInteger am = m.abs();
        BigInteger base = x.bigValue().mod(am);
        BigInteger e = y.bigValue();
        if (e.signum() < 0) {
            try {
                base = base.modInverse(am);
            } catch (ArithmeticException notInvertible) {
                throw PyErr.valueError("base is not invertible for the given modulus");
            }
            e = e.negate();
        }
        BigInteger r = am.equals(BigInteger.ONE) ? BigInteger.ZERO : base.modPow(e, am);
        if (m.signum() < 0 && r.signum() != 0) {
            r = r.add(m);
        }
        return PyInt.of(r);
    }
}
