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
    /** The guard digits libmpdec's power adds (4 plus the 19 digits of a 64-bit exponent). */
    private static final int WORK_DIGITS = 23;
    /**
     * How many orders of magnitude below the smallest subnormal an integer power may fall and
     * still be rounded rather than lost to zero in libmpdec's intermediate products.
     */
    private static final int INTERMEDIATE_UNDERFLOW = 5;

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
            return mag > 0 ? DecArith.overflow(false, c) : tiny(false, c);
        }
        return realPower(a, b, c);
    }

    /**
     * {@code exp(b * ln(a))} as libmpdec computes it on 64-bit builds: the logarithm and the
     * product rounded to a working precision of max(digits of a, prec) + 23, the exponential
     * correctly rounded to that precision, and that rounded again by the context's mode. The
     * double rounding is observable (a power a hair below 1 rounds down to 1.0 even under
     * ROUND_DOWN), so it is kept.
     */
    private static DecNum realPower(DecNum a, DecNum b, DecCtx c) {
        int wp = Math.max(a.digits(), c.prec) + WORK_DIGITS;
        DecCtx work = new DecCtx(wp, Rounding.ROUND_HALF_EVEN, c.emin, c.emax, false);
        DecNum lnA = ln(a, work);
        if (lnA.isZero()) {
            c.status |= Status.INEXACT | Status.ROUNDED;
            return DecNum.finite(false, Pow10.big(c.prec - 1), 1 - c.prec);
        }
        DecNum z = DecArith.multiply(lnA, b, work);
        DecNum e = exp(z, work);
        if ((work.status & Status.OVERFLOW) != 0) {
            return DecArith.overflow(false, c);
        }
        if (e.isZero()) {
            return tiny(false, c);
        }
        c.status |= Status.INEXACT | Status.ROUNDED;
        return DecArith.fix(e, c);
    }

    /** A result certainly below the smallest subnormal: a unit just below it, rounded by the context. */
    private static DecNum tiny(boolean neg, DecCtx c) {
        return DecArith.fix(DecNum.finite(neg, BigInteger.ONE, c.etiny() - 1), c);
    }

    /**
     * An integer power that underflowed inside libmpdec's repeated multiplication: zero at the
     * smallest exponent whatever the rounding.
     */
    private static DecNum underflow(boolean neg, DecCtx c) {
        c.status |= Status.UNDERFLOW | Status.SUBNORMAL | Status.INEXACT | Status.ROUNDED | Status.CLAMPED;
        return DecNum.finite(neg, BigInteger.ZERO, c.etiny());
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
        double theta = (a.adjusted() + Math.log10(leading(a))) * k.doubleValue();
        double limit = Math.max(c.emax, -c.etiny()) + c.prec + 5.0;
        if (!isUnit(a)) {
            if (theta > 2 * limit) {
                return DecArith.overflow(neg, c);
            }
            if (theta < 0 && Math.floor(Math.log10(-theta)) >= Long.toString(-c.etiny()).length() + 2) {
                return tiny(neg, c);
            }
            if (theta < c.etiny() - INTERMEDIATE_UNDERFLOW) {
                return underflow(neg, c);
            }
        }
        if (isUnit(a) && (a.digits() == 1 || k.signum() < 0 || ((long) a.digits() - 1) * absK.doubleValue() >= c.prec)) {
            if (k.signum() < 0 || a.digits() == 1) {
                return DecNum.finite(neg, BigInteger.ONE, 0);
            }
            c.status |= Status.ROUNDED;
            return DecNum.finite(neg, Pow10.big(c.prec - 1), 1 - c.prec);
        }
        if (isPowerOfTen(a) && absK.bitLength() < 40) {
            long n = ((long) a.digits() - 1) * absK.longValue();
            if (k.signum() < 0) {
                return DecArith.fix(DecNum.finite(neg, BigInteger.ONE, -a.adjusted() * absK.longValue()), c);
            }
            long kept = Math.min(n, c.prec + 1L);
            return DecArith.fix(DecNum.finite(neg, Pow10.big(kept), a.exp * absK.longValue() + n - kept), c);
        }
        long digits = (long) a.digits() * absK.longValue();
        if (digits <= EXACT_POWER_DIGITS) {
            int e = absK.intValueExact();
            DecNum p = DecNum.finite(neg, a.coeff.pow(e), a.exp * e);
            if (k.signum() > 0) {
                return DecArith.fix(p, c);
            }
            return DecArith.divide(DecNum.finite(neg, BigInteger.ONE, 0), p.withSign(false), c);
        }
        DecCtx work = c.with(c.prec, neg ? mirror(c.rounding) : c.rounding);
        DecNum magnitude = realPower(a.withSign(false), DecNum.of(k), work);
        c.status |= work.status;
        return magnitude.withSign(neg);
    }

    /** The mode that rounds a magnitude as {@code r} rounds the negative number of that magnitude. */
    private static Rounding mirror(Rounding r) {
        return switch (r) {
            case ROUND_CEILING -> Rounding.ROUND_FLOOR;
            case ROUND_FLOOR -> Rounding.ROUND_CEILING;
            default -> r;
        };
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
