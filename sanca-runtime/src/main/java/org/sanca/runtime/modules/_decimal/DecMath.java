package org.sanca.runtime.modules._decimal;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * The transcendental and root operations: sqrt, exp, ln, log10 and power, correctly rounded.
 * Inexact results come from {@link BigMath} approximations at growing working precision until the
 * interval around the approximation rounds to one number (Ziv's strategy), as libmpdec's
 * {@code mpd_qexp}, {@code mpd_qln}, {@code mpd_qlog10} and {@code mpd_qpow} guarantee.
 */
public final class DecMath {
    /** The largest exact integer power computed digit for digit before approximating instead. */
    private static final long EXACT_POWER_DIGITS = 200_000;

    private DecMath() {
    }

    static BigDecimal toBig(DecNum a) {
        BigDecimal v = new BigDecimal(a.coeff, Math.toIntExact(-a.exp));
        return a.neg ? v.negate() : v;
    }

    static DecNum fromBig(BigDecimal v) {
        return DecNum.finite(v.signum() < 0, v.unscaledValue().abs(), -(long) v.scale());
    }

    /** An approximation at a working precision. */
    @FunctionalInterface
    interface Approx {
        BigDecimal at(int digits);
    }

    /** The correctly rounded value of the irrational quantity {@code f} approximates, fitted to {@code c}. */
    static DecNum ziv(Approx f, DecCtx c) {
        int wp = c.prec + 10;
        for (int round = 0; ; round++) {
            BigDecimal y = f.at(wp);
            BigDecimal delta = y.ulp().multiply(BigDecimal.valueOf(100));
            DecCtx lowCtx = c.with(c.prec, c.rounding);
            DecCtx highCtx = c.with(c.prec, c.rounding);
            DecNum low = DecArith.fix(fromBig(y.subtract(delta)), lowCtx);
            DecNum high = DecArith.fix(fromBig(y.add(delta)), highCtx);
            boolean same = low.neg == high.neg && low.kind == high.kind && low.exp == high.exp && low.coeff.equals(high.coeff);
            if (same || round >= 6) {
                c.status |= lowCtx.status | Status.INEXACT | Status.ROUNDED;
                return same ? low : DecArith.fix(fromBig(y), c);
            }
            wp += wp / 2 + 10;
        }
    }

    public static DecNum sqrt(DecNum a, DecCtx c) {
        DecNum n = DecArith.nans(a, null, c);
        if (n != null) {
            return n;
        }
        long ideal = Math.floorDiv(a.exp, 2);
        if (a.isZero()) {
            return DecArith.fix(DecNum.finite(a.neg, BigInteger.ZERO, ideal), c);
        }
        if (a.neg) {
            return c.invalid(Status.INVALID_OPERATION);
        }
        if (a.isInfinite()) {
            return a;
        }
        long s = Math.max(0, 2L * c.prec + 2 - a.digits());
        if (((a.exp - s) & 1) != 0) {
            s++;
        }
        BigInteger v = Pow10.shift(a.coeff, s);
        BigInteger r = v.sqrt();
        long exp = (a.exp - s) / 2;
        if (r.multiply(r).equals(v)) {
            while (exp < ideal && r.mod(BigInteger.TEN).signum() == 0) {
                r = r.divide(BigInteger.TEN);
                exp++;
            }
        } else if (r.mod(BigInteger.valueOf(5)).signum() == 0) {
            r = r.add(BigInteger.ONE);
        }
        DecCtx work = c.with(c.prec, Rounding.ROUND_HALF_EVEN);
        DecNum out = DecArith.fix(DecNum.finite(false, r, exp), work);
        c.status |= work.status;
        return out;
    }

    /** A bound beyond which exp(x) certainly overflows or underflows the context. */
    private static BigDecimal expLimit(DecCtx c) {
        return BigDecimal.valueOf((Math.max(c.emax, -c.etiny()) + c.prec + 2) * 2.31);
    }

    public static DecNum exp(DecNum a, DecCtx c) {
        DecNum n = DecArith.nans(a, null, c);
        if (n != null) {
            return n;
        }
        if (a.isInfinite()) {
            return a.neg ? DecNum.ZERO : a;
        }
        if (a.isZero()) {
            return DecNum.ONE;
        }
        DecCtx work = c.with(c.prec, Rounding.ROUND_HALF_EVEN);
        DecNum out;
        if (a.adjusted() < -(c.prec + 3)) {
            out = DecArith.add(DecNum.ONE, a, work);
        } else if (a.adjusted() > 20 || toBig(a).abs().compareTo(expLimit(c)) > 0) {
            out = a.neg ? DecArith.fix(DecNum.finite(false, BigInteger.ONE, c.etiny() - 2), work) : DecArith.overflow(false, work);
            work.status |= Status.INEXACT | Status.ROUNDED;
        } else {
            BigDecimal x = toBig(a);
            out = ziv(wp -> BigMath.exp(x, wp), work);
        }
        c.status |= work.status;
        return out;
    }

    /** Whether {@code a} (finite, positive) is exactly a power of ten. */
    private static boolean isPowerOfTen(DecNum a) {
        return DecOps.stripZeros(a, Long.MAX_VALUE).coeff.equals(BigInteger.ONE);
    }

    /** The NaN, infinity or exact results of ln and log10, or null when the result is inexact. */
    private static DecNum logSpecial(DecNum a, DecCtx c) {
        DecNum n = DecArith.nans(a, null, c);
        if (n != null) {
            return n;
        }
        if (a.isZero()) {
            return DecNum.NEG_INFINITY;
        }
        if (a.neg) {
            return c.invalid(Status.INVALID_OPERATION);
        }
        if (a.isInfinite()) {
            return a;
        }
        return null;
    }

    public static DecNum ln(DecNum a, DecCtx c) {
        DecNum s = logSpecial(a, c);
        if (s != null) {
            return s;
        }
        if (isPowerOfTen(a) && a.adjusted() == 0) {
            return DecNum.ZERO;
        }
        BigDecimal x = toBig(a);
        DecCtx work = c.with(c.prec, Rounding.ROUND_HALF_EVEN);
        DecNum out = ziv(wp -> BigMath.ln(x, wp), work);
        c.status |= work.status;
        return out;
    }

    public static DecNum log10(DecNum a, DecCtx c) {
        DecNum s = logSpecial(a, c);
        if (s != null) {
            return s;
        }
        DecCtx work = c.with(c.prec, Rounding.ROUND_HALF_EVEN);
        DecNum out;
        if (isPowerOfTen(a)) {
            out = DecArith.fix(DecNum.of(a.adjusted()), work);
        } else {
            BigDecimal x = toBig(a);
            out = ziv(wp -> BigMath.ln(x, wp + 5).divide(BigMath.ln10(wp + 5), new java.math.MathContext(wp + 3)), work);
        }
        c.status |= work.status;
        return out;
    }

    public static DecNum power(DecNum a, DecNum b, DecCtx c) {
        DecNum n = DecArith.nans(a, b, c);
        if (n != null) {
            return n;
        }
        if (b.isInteger()) {
            return integerPower(a, b, c);
        }
        if (a.neg && !a.isZero()) {
            return c.invalid(Status.INVALID_OPERATION);
        }
        if (b.isInfinite()) {
            return infinitePower(a, b, c);
        }
        if (a.isZero() || a.isInfinite()) {
            boolean big = a.isInfinite() != b.neg;
            return big ? DecNum.INFINITY : DecNum.ZERO;
        }
        double mag = (a.adjusted() + Math.log10(leading(a))) * toBig(b).doubleValue();
        double limit = Math.max(c.emax, -c.etiny()) + c.prec + 5.0;
        if (Math.abs(mag) > 2 * limit) {
            c.status |= Status.INEXACT | Status.ROUNDED;
            return mag > 0 ? DecArith.overflow(false, c) : DecArith.fix(DecNum.finite(false, BigInteger.ONE, c.etiny() - 2), c);
        }
        BigDecimal x = toBig(a);
        BigDecimal y = toBig(b);
        return ziv(wp -> BigMath.exp(y.multiply(BigMath.ln(x, wp + 10)), wp), c);
    }

    /** {@code a ** +-Infinity}. */
    private static DecNum infinitePower(DecNum a, DecNum b, DecCtx c) {
        if (a.neg && !a.isZero()) {
            return c.invalid(Status.INVALID_OPERATION);
        }
        int cmp = DecArith.compare(a.withSign(false), DecNum.ONE);
        if (cmp == 0) {
            c.status |= Status.INEXACT | Status.ROUNDED;
            return DecNum.finite(false, Pow10.big(c.prec - 1), 1 - c.prec);
        }
        boolean big = (cmp > 0) != b.neg;
        return big ? DecNum.INFINITY : DecNum.ZERO;
    }

    private static DecNum integerPower(DecNum a, DecNum b, DecCtx c) {
        BigInteger k = b.signedCoeff().multiply(Pow10.big(Math.max(0, b.exp)));
        if (b.exp < 0) {
            k = b.signedCoeff().divide(Pow10.big(-b.exp));
        }
        boolean odd = k.testBit(0);
        boolean neg = a.neg && odd;
        if (a.isZero() || a.isInfinite()) {
            if (k.signum() == 0) {
                return a.isZero() ? c.invalid(Status.INVALID_OPERATION) : DecNum.ONE;
            }
            boolean big = a.isInfinite() != (k.signum() < 0);
            if (big) {
                return DecNum.infinity(neg);
            }
            return DecNum.finite(neg, BigInteger.ZERO, 0);
        }
        if (k.signum() == 0) {
            return DecNum.ONE;
        }
        BigInteger absK = k.abs();
        double mag = (a.adjusted() + Math.log10(leading(a))) * absK.doubleValue();
        double limit = Math.max(c.emax, -c.etiny()) + c.prec + 5.0;
        if (Math.abs(mag) > 2 * limit && !isUnit(a)) {
            boolean grows = (mag > 0) != (k.signum() < 0);
            if (grows) {
                return DecArith.overflow(neg, c);
            }
            return DecArith.fix(DecNum.finite(neg, BigInteger.ONE, c.etiny() - 2), c);
        }
        if (isUnit(a) && (a.digits() == 1 || k.signum() < 0 || ((long) a.digits() - 1) * absK.doubleValue() >= c.prec)) {
            if (k.signum() < 0 || a.digits() == 1) {
                return DecNum.finite(neg, BigInteger.ONE, 0);
            }
            c.status |= Status.ROUNDED;
            return DecNum.finite(neg, Pow10.big(c.prec - 1), 1 - c.prec);
        }
        long digits = (long) a.digits() * absK.longValue();
        if (digits <= EXACT_POWER_DIGITS) {
            int e = absK.intValueExact();
            DecNum p = DecNum.finite(neg, a.coeff.pow(e), a.exp * e);
            if (k.signum() > 0) {
                return DecArith.fix(p, c);
            }
            return DecArith.divide(DecNum.finite(neg, BigInteger.ONE, 0), p, c);
        }
        BigDecimal x = toBig(a.withSign(false));
        BigDecimal y = new BigDecimal(k);
        DecNum mag1 = ziv(wp -> BigMath.exp(y.multiply(BigMath.ln(x, wp + 10)), wp), c.with(c.prec, c.rounding));
        return DecArith.fix(mag1.withSign(neg), c);
    }

    /** The value of the coefficient's leading digits in [1, 10). */
    private static double leading(DecNum a) {
        String s = a.coeff.toString();
        return Double.parseDouble(s.charAt(0) + "." + s.substring(1, Math.min(s.length(), 17)) + "0");
    }

    /** Whether |a| is exactly 1. */
    private static boolean isUnit(DecNum a) {
        return a.isFinite() && !a.isZero() && a.adjusted() == 0 && isPowerOfTen(a);
    }
}
