package org.sanca.runtime.modules.math;

import java.math.BigDecimal;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyObject;

/** The numerical algorithms behind {@code math.erf}, {@code gamma}, {@code lgamma}, {@code hypot} and {@code fsum}. */
final class SpecialFunctions {
    private static volatile BigDecimal twoOverSqrtPi = BigDecimal.ZERO;

    private SpecialFunctions() {
    }

    static double erf(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Math.abs(x) >= 6) {
            return Math.copySign(1.0, x);
        }
        return series(x).doubleValue();
    }

    static double erfc(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (x <= -6) {
            return 2.0;
        }
        if (x >= 27.3) {
            return 0.0;
        }
        return BigDecimal.ONE.subtract(series(x)).doubleValue();
    }

    /**
     * erf(x) by its Taylor series, summed in decimal with enough digits that the cancellation
     * between its terms (which grow to about e**(x*x)) leaves 40 correct digits of erfc too.
     */
    private static BigDecimal series(double x) {
        int digits = 40 + (int) (0.87 * x * x);
        java.math.MathContext mc = new java.math.MathContext(digits);
        BigDecimal bx = new BigDecimal(x);
        BigDecimal x2 = bx.multiply(bx, mc).negate();
        BigDecimal power = bx;
        BigDecimal acc = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(digits);
        for (int n = 0; n < 100000; n++) {
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * n + 1), mc);
            acc = acc.add(term, mc);
            if (n > x * x && term.abs().compareTo(eps) < 0) {
                break;
            }
            power = power.multiply(x2, mc).divide(BigDecimal.valueOf(n + 1), mc);
        }
        return acc.multiply(twoOverSqrtPi(mc), mc);
    }

    /** 2/sqrt(pi) to the precision of {@code mc}, from pi by Machin's formula; the widest one made is kept. */
    private static BigDecimal twoOverSqrtPi(java.math.MathContext mc) {
        BigDecimal c = twoOverSqrtPi;
        if (c.precision() >= mc.getPrecision() + 5) {
            return c;
        }
        java.math.MathContext wide = new java.math.MathContext(mc.getPrecision() + 10);
        BigDecimal pi = arctanInverse(5, wide).multiply(BigDecimal.valueOf(16)).subtract(arctanInverse(239, wide).multiply(BigDecimal.valueOf(4)));
        c = BigDecimal.valueOf(2).divide(pi.sqrt(wide), wide);
        twoOverSqrtPi = c;
        return c;
    }

    /** arctan(1/n) by its series. */
    private static BigDecimal arctanInverse(int n, java.math.MathContext mc) {
        BigDecimal nn = BigDecimal.valueOf((long) n * n);
        BigDecimal power = BigDecimal.ONE.divide(BigDecimal.valueOf(n), mc);
        BigDecimal sum = power;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 1; power.compareTo(eps) > 0; k++) {
            power = power.divide(nn, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(2L * k + 1), mc);
            sum = (k & 1) == 1 ? sum.subtract(term, mc) : sum.add(term, mc);
        }
        return sum;
    }

    /** log2 of a positive finite double, correctly rounded: the exponent plus log2 of the mantissa in [1, 2) summed in decimal. */
    static double log2(double x) {
        int e = Math.getExponent(x);
        if (e < Double.MIN_EXPONENT) {
            e = Math.getExponent(x * 0x1p60) - 60;
        }
        double m = x / Math.scalb(1.0, e);
        if (m == 1.0) {
            return e;
        }
        java.math.MathContext mc = new java.math.MathContext(40);
        BigDecimal lnm = lnOfMantissa(new BigDecimal(m), mc);
        BigDecimal ln2 = lnOfMantissa(BigDecimal.valueOf(2), mc);
        return BigDecimal.valueOf(e).add(lnm.divide(ln2, mc), mc).doubleValue();
    }

    /** ln(m) for m in [1, 2] by 2 atanh((m-1)/(m+1)). */
    private static BigDecimal lnOfMantissa(BigDecimal m, java.math.MathContext mc) {
        BigDecimal s = m.subtract(BigDecimal.ONE).divide(m.add(BigDecimal.ONE), mc);
        BigDecimal s2 = s.multiply(s, mc);
        BigDecimal power = s;
        BigDecimal sum = BigDecimal.ZERO;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int k = 0; power.compareTo(eps) > 0; k++) {
            sum = sum.add(power.divide(BigDecimal.valueOf(2L * k + 1), mc), mc);
            power = power.multiply(s2, mc);
        }
        return sum.multiply(BigDecimal.valueOf(2), mc);
    }

    /**
     * Gamma by the Lanczos approximation with g = 6.024680040776729583740234375 and the 13-term
     * rational sum of Godfrey's coefficients (Boost's lanczos13m53), the approximation CPython's
     * {@code math.gamma} is specified by; small integers are exact factorials.
     */
    static double gamma(double x) {
        if (!Double.isFinite(x)) {
            if (Double.isNaN(x) || x > 0) {
                return x;
            }
            throw MathModule.domain();
        }
        if (x == 0) {
            throw MathModule.domain();
        }
        if (x == Math.floor(x)) {
            if (x < 0) {
                throw MathModule.domain();
            }
            if (x <= 23) {
                return FACTORIALS[(int) x - 1];
            }
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            double r = 1.0 / x;
            if (Double.isInfinite(r)) {
                throw MathModule.range();
            }
            return r;
        }
        if (absx > 200.0) {
            if (x < 0.0) {
                return 0.0 / sinpi(x);
            }
            throw MathModule.range();
        }
        double y = absx + LANCZOS_G_MINUS_HALF;
        double z;
        if (absx > LANCZOS_G_MINUS_HALF) {
            double q = y - absx;
            z = q - LANCZOS_G_MINUS_HALF;
        } else {
            double q = y - LANCZOS_G_MINUS_HALF;
            z = q - absx;
        }
        z = z * LANCZOS_G / y;
        double r;
        if (x < 0.0) {
            r = -Math.PI / sinpi(absx) / absx * Math.exp(y) / lanczosSum(absx);
            r -= z * r;
            if (absx < 140.0) {
                r /= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r /= sqrtpow;
                r /= sqrtpow;
            }
        } else {
            r = lanczosSum(absx) / Math.exp(y);
            r += z * r;
            if (absx < 140.0) {
                r *= Math.pow(y, absx - 0.5);
            } else {
                double sqrtpow = Math.pow(y, absx / 2.0 - 0.25);
                r *= sqrtpow;
                r *= sqrtpow;
            }
        }
        if (Double.isInfinite(r)) {
            throw MathModule.range();
        }
        return r;
    }

    /** log|Gamma(x)| from the same Lanczos sum, with the reflection formula for negative x. */
    static double lgamma(double x) {
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? x : Double.POSITIVE_INFINITY;
        }
        if (x == Math.floor(x) && x <= 2.0) {
            if (x <= 0.0) {
                throw MathModule.domain();
            }
            return 0.0;
        }
        double absx = Math.abs(x);
        if (absx < 1e-20) {
            return -Math.log(absx);
        }
        double r = Math.log(lanczosSum(absx)) - LANCZOS_G;
        r += (absx - 0.5) * (Math.log(absx + LANCZOS_G - 0.5) - 1);
        if (x < 0.0) {
            r = LOG_PI - Math.log(Math.abs(sinpi(absx))) - Math.log(absx) - r;
        }
        if (Double.isInfinite(r)) {
            throw MathModule.range();
        }
        return r;
    }

    private static final double LANCZOS_G = 6.024680040776729583740234375;
    private static final double LANCZOS_G_MINUS_HALF = 5.524680040776729583740234375;
    private static final double LOG_PI = 1.144729885849400174143427351353058711647;
    private static final double[] LANCZOS_NUM = {
        23531376880.410759688572007674451636754734846804940, 42919803642.649098768957899047001988850926355848959,
        35711959237.355668049440185451547166705960488635843, 17921034426.037209699919755754458931112671403265390,
        6039542586.3520280050642916443072979210699388420708, 1439720407.3117216736632230727949123939715485786772,
        248874557.86205415651146038641322942321632125127801, 31426415.585400194380614231628318205362874684987640,
        2876370.6289353724412254090516208496135991145378768, 186056.26539522349504029498971604569928220784236328,
        8071.6720023658162106380029022722506138218516325024, 210.82427775157934587250973392071336271166969580291,
        2.5066282746310002701649081771338373386264310793408,
    };
    private static final double[] LANCZOS_DEN = {
        0.0, 39916800.0, 120543840.0, 150917976.0, 105258076.0, 45995730.0, 13339535.0, 2637558.0, 357423.0,
        32670.0, 1925.0, 66.0, 1.0,
    };
    private static final double[] FACTORIALS = factorials();

    private static double[] factorials() {
        double[] out = new double[23];
        java.math.BigInteger f = java.math.BigInteger.ONE;
        for (int i = 0; i < out.length; i++) {
            out[i] = f.doubleValue();
            f = f.multiply(java.math.BigInteger.valueOf(i + 1));
        }
        return out;
    }

    /** The rational Lanczos sum, evaluated in the direction that keeps it accurate for small and large x. */
    private static double lanczosSum(double x) {
        double num = 0.0;
        double den = 0.0;
        if (x < 5.0) {
            for (int i = LANCZOS_NUM.length - 1; i >= 0; i--) {
                num = num * x + LANCZOS_NUM[i];
                den = den * x + LANCZOS_DEN[i];
            }
        } else {
            for (int i = 0; i < LANCZOS_NUM.length; i++) {
                num = num / x + LANCZOS_NUM[i];
                den = den / x + LANCZOS_DEN[i];
            }
        }
        return num / den;
    }

    /** sin(pi * x), exact at multiples of one half. */
    private static double sinpi(double x) {
        double y = Math.abs(x) % 2.0;
        int n = (int) Math.round(2.0 * y);
        double r = switch (n) {
            case 0 -> Math.sin(Math.PI * y);
            case 1 -> Math.cos(Math.PI * (y - 0.5));
            case 2 -> Math.sin(Math.PI * (1.0 - y));
            case 3 -> -Math.cos(Math.PI * (y - 1.5));
            default -> Math.sin(Math.PI * (y - 2.0));
        };
        return Math.copySign(1.0, x) * r;
    }

    /** The Euclidean norm, correctly rounded: exact squares summed in decimal, then one square root. */
    static double hypot(double[] v) {
        boolean nan = false;
        for (double x : v) {
            if (Double.isInfinite(x)) {
                return Double.POSITIVE_INFINITY;
            }
            nan |= Double.isNaN(x);
        }
        if (nan) {
            return Double.NaN;
        }
        if (v.length == 1) {
            return Math.abs(v[0]);
        }
        BigDecimal sum = BigDecimal.ZERO;
        for (double x : v) {
            BigDecimal b = new BigDecimal(x);
            sum = sum.add(b.multiply(b));
        }
        return sum.sqrt(new java.math.MathContext(40)).doubleValue();
    }

    static double fsum(PyObject seq) {
        PyObject it = Abstract.getIter(seq);
        BigDecimal exact = BigDecimal.ZERO;
        double special = 0;
        boolean hasSpecial = false;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            double v = MathModule.d(x);
            if (!Double.isFinite(v)) {
                if (hasSpecial && Double.isInfinite(v) && Double.isInfinite(special) && v != special) {
                    special = Double.NaN;
                    throw PyErr.valueError("-inf + inf in fsum");
                }
                special = hasSpecial && Double.isNaN(special) ? special : v;
                hasSpecial = true;
            } else {
                exact = exact.add(new BigDecimal(v));
            }
        }
        if (hasSpecial) {
            return special;
        }
        double r = exact.doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErr.format(PyExc.OverflowError, "intermediate overflow in fsum");
        }
        return r;
    }
}
