package org.sanca.runtime.modules._decimal;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Approximations of exp and ln on {@link BigDecimal}s to a requested number of significant
 * digits (a few units of error in the last place); {@link DecMath} rounds them correctly.
 */
final class BigMath {
    private static volatile BigDecimal ln10;
    private static volatile int ln10Digits;

    private BigMath() {
    }

    /** ln(10) to at least {@code digits} significant digits. */
    static BigDecimal ln10(int digits) {
        BigDecimal v = ln10;
        if (v != null && ln10Digits >= digits) {
            return v;
        }
        int d = digits + 10;
        MathContext mc = new MathContext(d, RoundingMode.HALF_EVEN);
        v = lnNearOne(BigDecimal.TEN, d).round(mc);
        ln10 = v;
        ln10Digits = d;
        return v;
    }

    /** exp(x) to {@code digits} significant digits. */
    static BigDecimal exp(BigDecimal x, int digits) {
        int intDigits = Math.max(0, x.precision() - x.scale());
        MathContext mc = new MathContext(digits + intDigits + 12, RoundingMode.HALF_EVEN);
        BigDecimal l10 = ln10(mc.getPrecision());
        BigInteger k = x.divide(l10, MathContext.DECIMAL64).setScale(0, RoundingMode.HALF_EVEN).toBigIntegerExact();
        BigDecimal r = x.subtract(l10.multiply(new BigDecimal(k)), mc);
        int halvings = 12;
        BigDecimal s = r.divide(BigDecimal.valueOf(1L << halvings), mc);
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(mc.getPrecision() + 2);
        for (int i = 1; i < 100000; i++) {
            term = term.multiply(s, mc).divide(BigDecimal.valueOf(i), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, mc);
        }
        return sum.scaleByPowerOfTen(k.intValueExact()).round(new MathContext(digits + 4, RoundingMode.HALF_EVEN));
    }

    /** ln(x), x positive, with an absolute error below 10**-{@code digits} of the result's magnitude scale. */
    static BigDecimal ln(BigDecimal x, int digits) {
        int e = x.precision() - x.scale() - 1;
        BigDecimal m = x.scaleByPowerOfTen(-e);
        if (m.compareTo(BigDecimal.valueOf(3.16)) > 0) {
            m = m.movePointLeft(1);
            e++;
        }
        BigDecimal lnM = lnNearOne(m, digits + 6);
        if (e == 0) {
            return lnM;
        }
        int extra = Integer.toString(Math.abs(e)).length();
        MathContext mc = new MathContext(digits + extra + 6, RoundingMode.HALF_EVEN);
        return ln10(mc.getPrecision()).multiply(BigDecimal.valueOf(e), mc).add(lnM, mc);
    }

    /** ln(m) for m of moderate size, to {@code digits} significant digits plus the digits lost when m is near 1. */
    private static BigDecimal lnNearOne(BigDecimal m, int digits) {
        BigDecimal dev = m.subtract(BigDecimal.ONE).abs();
        int lost = dev.signum() == 0 ? 0 : Math.max(0, -(dev.precision() - dev.scale()));
        int roots = 10;
        MathContext mc = new MathContext(digits + lost + 8, RoundingMode.HALF_EVEN);
        BigDecimal z = m;
        for (int i = 0; i < roots; i++) {
            z = z.sqrt(mc);
        }
        BigDecimal t = z.subtract(BigDecimal.ONE).divide(z.add(BigDecimal.ONE), mc);
        BigDecimal t2 = t.multiply(t, mc);
        BigDecimal sum = t;
        BigDecimal power = t;
        BigDecimal eps = t.abs().movePointLeft(mc.getPrecision() + 2);
        for (int i = 3; i < 1000000; i += 2) {
            power = power.multiply(t2, mc);
            BigDecimal term = power.divide(BigDecimal.valueOf(i), mc);
            sum = sum.add(term, mc);
            if (term.abs().compareTo(eps) <= 0) {
                break;
            }
        }
        return sum.multiply(BigDecimal.valueOf(2L << roots), mc);
    }
}
