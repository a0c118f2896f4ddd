package org.sanca.runtime.modules._decimal;

import java.math.BigInteger;

/**
 * Dropping low digits of a coefficient under a rounding mode: the step every rounded result
 * takes (libmpdec's {@code _mpd_apply_round} and {@code mpd_qrescale}).
 *
 * @param coeff   the coefficient left after dropping and rounding
 * @param inexact whether any nonzero digit was dropped
 */
public record Rescale(BigInteger coeff, boolean inexact) {

    /** {@code coeff} (not negative, {@code digits} digits) without its {@code drop} low digits, rounded by {@code r}. */
    public static Rescale drop(BigInteger coeff, int digits, long drop, Rounding r, boolean negative) {
        if (drop <= 0) {
            return new Rescale(Pow10.shift(coeff, -drop), false);
        }
        if (coeff.signum() == 0) {
            return new Rescale(BigInteger.ZERO, false);
        }
        BigInteger kept;
        int half;
        if (drop > digits) {
            kept = BigInteger.ZERO;
            half = -1;
        } else {
            BigInteger[] qr = coeff.divideAndRemainder(Pow10.big(drop));
            kept = qr[0];
            if (qr[1].signum() == 0) {
                return new Rescale(kept, false);
            }
            half = qr[1].multiply(BigInteger.TWO).compareTo(Pow10.big(drop));
        }
        return new Rescale(r.increments(kept, half, true, negative) ? kept.add(BigInteger.ONE) : kept, true);
    }
}
