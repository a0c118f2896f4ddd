package org.sanca.runtime.modules._decimal;

import java.math.BigInteger;

/** The eight rounding modes of the General Decimal Arithmetic, named as {@code decimal}'s constants. */
public enum Rounding {
    ROUND_UP, ROUND_DOWN, ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_05UP;

    private static final Rounding[] ALL = values();

    /** The mode of the given name, or null. */
    public static Rounding named(String name) {
        for (Rounding r : ALL) {
            if (r.name().equals(name)) {
                return r;
            }
        }
        return null;
    }

    /**
     * Whether a coefficient truncated to {@code kept} should be incremented, given how the
     * discarded part compares with one half of the last kept unit ({@code half}: negative below,
     * 0 exactly half, positive above), whether anything was discarded, and the sign.
     */
    public boolean increments(BigInteger kept, int half, boolean inexact, boolean negative) {
        if (!inexact) {
            return false;
        }
        return switch (this) {
            case ROUND_DOWN -> false;
            case ROUND_UP -> true;
            case ROUND_CEILING -> !negative;
            case ROUND_FLOOR -> negative;
            case ROUND_HALF_UP -> half >= 0;
            case ROUND_HALF_DOWN -> half > 0;
            case ROUND_HALF_EVEN -> half > 0 || half == 0 && kept.testBit(0);
            case ROUND_05UP -> {
                int last = kept.mod(BigInteger.TEN).intValue();
                yield last == 0 || last == 5;
            }
        };
    }

    /** Whether an overflowing result of this sign becomes infinity (else the largest finite number). */
    public boolean overflowsToInfinity(boolean negative) {
        return switch (this) {
            case ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN, ROUND_UP -> true;
            case ROUND_DOWN, ROUND_05UP -> false;
            case ROUND_CEILING -> !negative;
            case ROUND_FLOOR -> negative;
        };
    }
}
