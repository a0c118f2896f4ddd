package org.sanca.runtime.modules._decimal;

import java.math.BigInteger;

/** Powers of ten and digit counts of coefficients, cached for the small exponents most work uses. */
public final class Pow10 {
    private static final int CACHED = 128;
    private static final BigInteger[] TABLE = new BigInteger[CACHED];
    private static final double LOG10_2 = 0.30102999566398119521;

    static {
        BigInteger p = BigInteger.ONE;
        for (int i = 0; i < CACHED; i++) {
            TABLE[i] = p;
            p = p.multiply(BigInteger.TEN);
        }
    }

    private Pow10() {
    }

    /** 10**n, n not negative. */
    public static BigInteger big(long n) {
        if (n < CACHED) {
            return TABLE[(int) n];
        }
        return BigInteger.TEN.pow(Math.toIntExact(n));
    }

    /** The number of decimal digits of {@code v} (not negative); 1 for zero. */
    public static int digits(BigInteger v) {
        int bits = v.bitLength();
        if (bits < 63) {
            long x = v.longValue();
            int d = 1;
            long p = 10;
            while (d < 19 && x >= p) {
                d++;
                p *= 10;
            }
            return d;
        }
        int est = (int) (bits * LOG10_2);
        return v.compareTo(big(est)) >= 0 ? est + 1 : est;
    }

    /** {@code v * 10**n}. */
    public static BigInteger shift(BigInteger v, long n) {
        return n == 0 || v.signum() == 0 ? v : v.multiply(big(n));
    }
}
