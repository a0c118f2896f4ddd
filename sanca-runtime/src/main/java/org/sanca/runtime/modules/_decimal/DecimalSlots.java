package org.sanca.runtime.modules._decimal;

import java.math.BigInteger;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.HashInfo;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.Ids;
import org.sanca.runtime.types.PyType;

/**
 * The slots of {@code decimal.Decimal}: operators with Decimal and int operands under the
 * current context, comparisons (with int, float and Rational too), the numeric hash shared
 * with int, float and Fraction, and conversions.
 */
final class DecimalSlots {
    /** The inverse of 10 modulo the hash modulus, for hashing negative exponents. */
    private static final BigInteger INV10 = BigInteger.TEN.modInverse(HashInfo.MODULUS_BIG);

    private DecimalSlots() {
    }

    static void fill(PyType t) {
        t.tp_new = PyDecimal::newDecimal;
        t.tp_repr = self -> PyStr.of("Decimal('" + DecText.toSci(num(self), capitals()) + "')");
        t.tp_str = self -> PyStr.of(DecText.toSci(num(self), capitals()));
        t.tp_hash = DecimalSlots::hash;
        t.tp_richcompare = DecimalSlots::richCompare;
        t.nb_bool = self -> !num(self).isZero();
        t.nb_add = (a, b) -> arith(a, b, DecArith::add);
        t.nb_subtract = (a, b) -> arith(a, b, DecArith::subtract);
        t.nb_multiply = (a, b) -> arith(a, b, DecArith::multiply);
        t.nb_true_divide = (a, b) -> arith(a, b, DecArith::divide);
        t.nb_floor_divide = (a, b) -> arith(a, b, DecArith::divideInteger);
        t.nb_remainder = (a, b) -> arith(a, b, DecArith::remainder);
        t.nb_divmod = DecimalSlots::divmod;
        t.nb_power = DecimalSlots::power;
        t.nb_negative = self -> Convert.context(null).unary(num(self), DecOps::minus);
        t.nb_positive = self -> Convert.context(null).unary(num(self), DecOps::plus);
        t.nb_absolute = self -> Convert.context(null).unary(num(self), DecOps::abs);
        t.nb_int = self -> ((PyDecimal) self).toInt(Rounding.ROUND_DOWN);
        t.nb_float = self -> PyFloat.of(toDouble((PyDecimal) self));
    }

    private static DecNum num(PyObject self) {
        return ((PyDecimal) self).num;
    }

    private static boolean capitals() {
        return Convert.context(null).capitals == 1;
    }

    private static PyObject arith(PyObject a, PyObject b, DecFn.Binary f) {
        DecNum x = Convert.operandOrNull(a);
        DecNum y = Convert.operandOrNull(b);
        if (x == null || y == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Convert.context(null).binary(x, y, f);
    }

    private static PyObject divmod(PyObject a, PyObject b) {
        DecNum x = Convert.operandOrNull(a);
        DecNum y = Convert.operandOrNull(b);
        if (x == null || y == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDecContext ctx = Convert.context(null);
        DecCtx op = ctx.op();
        DecNum[] qr = DecArith.divmod(x, y, op);
        ctx.addStatus(op.status);
        return PyTuple.of(PyDecimal.of(qr[0]), PyDecimal.of(qr[1]));
    }

    private static PyObject power(PyObject a, PyObject b, PyObject m) {
        DecNum x = Convert.operandOrNull(a);
        DecNum y = Convert.operandOrNull(b);
        if (x == null || y == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        if (m == null || m == PyNone.NONE) {
            return Convert.context(null).binary(x, y, DecMath::power);
        }
        DecNum z = Convert.operandOrNull(m);
        if (z == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PowerMod.power(x, y, z, Convert.context(null));
    }

    static double toDouble(PyDecimal d) {
        DecNum n = d.num;
        if (n.isNaN()) {
            if (n.isSNaN()) {
                throw PyErr.valueError("cannot convert signaling NaN to float");
            }
            return n.neg ? -Double.NaN : Double.NaN;
        }
        return Double.parseDouble(DecText.toSci(n, true));
    }

    /** The numeric hash: the value modulo 2**61 - 1, as int, float and Fraction hash. */
    private static long hash(PyObject self) {
        DecNum n = num(self);
        if (n.isNaN()) {
            if (n.isSNaN()) {
                throw PyErr.typeError("Cannot hash a signaling NaN value");
            }
            return Ids.id(self) >>> 4;
        }
        if (n.isInfinite()) {
            return n.neg ? -HashInfo.INF : HashInfo.INF;
        }
        BigInteger p = HashInfo.MODULUS_BIG;
        BigInteger scale = n.exp >= 0 ? BigInteger.TEN.modPow(BigInteger.valueOf(n.exp), p)
                : INV10.modPow(BigInteger.valueOf(-n.exp), p);
        long h = n.coeff.mod(p).multiply(scale).mod(p).longValue();
        if (n.neg) {
            h = -h;
        }
        return h == -1 ? -2 : h;
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        DecNum x = num(a);
        DecNum y;
        boolean equality = op == CompareOp.EQ || op == CompareOp.NE;
        if (b instanceof PyDecimal || b instanceof PyInt) {
            y = Convert.operandOrNull(b);
        } else if (b instanceof PyFloat f) {
            PyDecContext ctx = Convert.context(null);
            if (equality) {
                synchronized (ctx) {
                    ctx.flags |= Status.FLOAT_OPERATION;
                }
            } else {
                ctx.addStatus(Status.FLOAT_OPERATION);
            }
            y = Convert.fromDouble(f.value);
        } else if (isRational(b)) {
            return compareRational(x, b, op);
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return compareNumbers(x, y, op);
    }

    private static boolean isRational(PyObject b) {
        if (b instanceof PyStr || b instanceof PyTuple || b == PyNone.NONE) {
            return false;
        }
        return Abstract.isInstance(b, DecimalState.get().rational());
    }

    /** {@code x op n/d} as {@code x*d op n}, exactly. */
    private static PyObject compareRational(DecNum x, PyObject b, CompareOp op) {
        PyObject n = Abstract.getAttr(b, PyStr.of("numerator"));
        PyObject d = Abstract.getAttr(b, PyStr.of("denominator"));
        DecNum den = Convert.operand(d);
        DecNum scaled = x.isFinite() ? DecNum.finite(x.neg, x.coeff.multiply(den.coeff), x.exp) : x;
        return compareNumbers(scaled, Convert.operand(n), op);
    }

    private static PyObject compareNumbers(DecNum x, DecNum y, CompareOp op) {
        boolean equality = op == CompareOp.EQ || op == CompareOp.NE;
        if (x.isNaN() || y.isNaN()) {
            if (!equality || x.isSNaN() || y.isSNaN()) {
                Convert.context(null).addStatus(Status.INVALID_OPERATION);
            }
            return PyBool.of(op == CompareOp.NE);
        }
        return PyBool.of(op.test(DecArith.compare(x, y)));
    }
}
