package org.sanca.runtime.modules._decimal;

import java.math.BigInteger;

/**
 * A decimal number of the General Decimal Arithmetic: sign, coefficient and exponent, or an
 * infinity, quiet NaN or signaling NaN (whose coefficient is the diagnostic payload). The value
 * part of CPython's {@code mpd_t} ({@code Modules/_decimal/libmpdec/mpdecimal.h}); immutable.
 */
public final class DecNum {
    public static final int FINITE = 0;
    public static final int INF = 1;
    public static final int NAN = 2;
    public static final int SNAN = 3;

    public static final DecNum ZERO = new DecNum(false, BigInteger.ZERO, 0, FINITE);
    public static final DecNum ONE = new DecNum(false, BigInteger.ONE, 0, FINITE);
    public static final DecNum INFINITY = new DecNum(false, BigInteger.ZERO, 0, INF);
    public static final DecNum NEG_INFINITY = new DecNum(true, BigInteger.ZERO, 0, INF);
    public static final DecNum QNAN = new DecNum(false, BigInteger.ZERO, 0, NAN);

    public final boolean neg;
    public final BigInteger coeff;
    public final long exp;
    public final int kind;
    private int digits;

    public DecNum(boolean neg, BigInteger coeff, long exp, int kind) {
        this.neg = neg;
        this.coeff = coeff;
        this.exp = exp;
        this.kind = kind;
    }

    public static DecNum finite(boolean neg, BigInteger coeff, long exp) {
        return new DecNum(neg, coeff, exp, FINITE);
    }

    public static DecNum of(long v) {
        return new DecNum(v < 0, BigInteger.valueOf(v).abs(), 0, FINITE);
    }

    public static DecNum of(BigInteger v) {
        return new DecNum(v.signum() < 0, v.abs(), 0, FINITE);
    }

    public static DecNum infinity(boolean neg) {
        return neg ? NEG_INFINITY : INFINITY;
    }

    public boolean isFinite() {
        return kind == FINITE;
    }

    public boolean isInfinite() {
        return kind == INF;
    }

    /** A quiet or signaling NaN. */
    public boolean isNaN() {
        return kind >= NAN;
    }

    public boolean isSNaN() {
        return kind == SNAN;
    }

    public boolean isZero() {
        return kind == FINITE && coeff.signum() == 0;
    }

    /** The number of digits of the coefficient (1 for zero). */
    public int digits() {
        int d = digits;
        if (d == 0) {
            d = Pow10.digits(coeff);
            digits = d;
        }
        return d;
    }

    /** The exponent of the most significant digit: {@code exp + digits - 1}. */
    public long adjusted() {
        return exp + digits() - 1;
    }

    public DecNum negate() {
        return new DecNum(!neg, coeff, exp, kind);
    }

    public DecNum withSign(boolean negative) {
        return negative == neg ? this : new DecNum(negative, coeff, exp, kind);
    }

    /** The same NaN made quiet (a signaling NaN's result), payload and sign kept. */
    public DecNum quiet() {
        return kind == SNAN ? new DecNum(neg, coeff, exp, NAN) : this;
    }

    /** Whether the value is an integer (finite, no nonzero digit after the point). */
    public boolean isInteger() {
        if (kind != FINITE) {
            return false;
        }
        if (exp >= 0 || coeff.signum() == 0) {
            return true;
        }
        long drop = -exp;
        return drop < digits() ? coeff.mod(Pow10.big(drop)).signum() == 0 : false;
    }

    /** The signed coefficient. */
    public BigInteger signedCoeff() {
        return neg ? coeff.negate() : coeff;
    }
}
