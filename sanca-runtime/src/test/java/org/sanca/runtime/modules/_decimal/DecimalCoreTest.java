package org.sanca.runtime.modules._decimal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/**
 * The decimal core without the interpreter: parsing and printing, rounding by each mode,
 * finishing results to a context (overflow, subnormals, clamping) and the correctly rounded
 * functions. Expected values were recorded from CPython 3.12's decimal module.
 */
class DecimalCoreTest {
    private static DecNum d(String s) {
        return DecText.parse(s);
    }

    private static String sci(DecNum x) {
        return DecText.toSci(x, true);
    }

    private static DecCtx ctx(int prec, Rounding r) {
        return new DecCtx(prec, r, -999999, 999999, false);
    }

    @Test
    void parsesAndPrints() {
        assertEquals("1.10", sci(d("  1.10 ")));
        assertEquals("1.001E+11", sci(d("1_0.0_1e1_0")));
        assertEquals("12.5", sci(d("\u0661\u0662.\u0665")));
        assertEquals("-NaN12", sci(d("-nan12")));
        assertEquals("sNaN12", sci(d("snan0012")));
        assertEquals("-Infinity", sci(d("-inf")));
        assertEquals("0.00001", sci(d("1E-5")));
        assertEquals("1E-7", sci(d("0.0000001")));
        assertNull(d("1e"));
        assertNull(d("1.2.3"));
        assertNull(d("NaN1e2"));
        assertEquals("12.3E+6", DecText.toEng(d("123e5"), true));
        assertEquals("0.00E+3", DecText.toEng(d("0e1"), true));
    }

    @Test
    void roundsByEachMode() {
        String[] expected = {"1.3", "1.2", "1.3", "1.2", "1.3", "1.2", "1.2", "1.2"};
        Rounding[] modes = {Rounding.ROUND_UP, Rounding.ROUND_DOWN, Rounding.ROUND_CEILING, Rounding.ROUND_FLOOR,
            Rounding.ROUND_HALF_UP, Rounding.ROUND_HALF_DOWN, Rounding.ROUND_HALF_EVEN, Rounding.ROUND_05UP};
        for (int i = 0; i < modes.length; i++) {
            assertEquals(expected[i], sci(DecArith.fix(d("1.25"), ctx(2, modes[i]))), modes[i].name());
        }
        assertEquals("1.1", sci(DecArith.fix(d("1.05"), ctx(2, Rounding.ROUND_05UP))));
        assertEquals("1.1", sci(DecArith.fix(d("1.04"), ctx(2, Rounding.ROUND_05UP))));
        assertEquals("1.1", sci(DecArith.fix(d("1.14"), ctx(2, Rounding.ROUND_05UP))));
        assertEquals("-1.3", sci(DecArith.fix(d("-1.25"), ctx(2, Rounding.ROUND_FLOOR))));
    }

    @Test
    void dividesWithIdealExponent() {
        DecCtx c = ctx(28, Rounding.ROUND_HALF_EVEN);
        assertEquals("2.5", sci(DecArith.divide(d("10"), d("4"), c)));
        assertEquals("0.3333333333333333333333333333", sci(DecArith.divide(d("1"), d("3"), c)));
        assertEquals("1E+1", sci(DecArith.divide(d("1e3"), d("1e2"), c)));
        assertEquals(Status.INEXACT | Status.ROUNDED, c.status);
    }

    @Test
    void finishesAtTheLimits() {
        DecCtx c = new DecCtx(5, Rounding.ROUND_HALF_EVEN, -10, 10, false);
        assertEquals("Infinity", sci(DecArith.multiply(d("9e10"), d("10"), c)));
        assertEquals(Status.OVERFLOW | Status.INEXACT | Status.ROUNDED, c.status);
        c = new DecCtx(5, Rounding.ROUND_HALF_EVEN, -10, 10, false);
        assertEquals("3.333E-11", sci(DecArith.divide(d("1"), d("3e10"), c)));
        assertEquals(Status.UNDERFLOW | Status.SUBNORMAL | Status.INEXACT | Status.ROUNDED, c.status);
        c = new DecCtx(5, Rounding.ROUND_HALF_EVEN, -10, 10, false);
        assertEquals("1.20E-12", sci(DecArith.fix(d("1.2000e-12"), c)));
        assertEquals(Status.SUBNORMAL | Status.ROUNDED, c.status);
        c = new DecCtx(5, Rounding.ROUND_DOWN, -10, 10, true);
        assertEquals("9.9999E+10", sci(DecArith.multiply(d("9e10"), d("10"), c)));
        assertEquals("1.0000E+10", sci(DecArith.fix(d("1e10"), new DecCtx(5, Rounding.ROUND_DOWN, -10, 10, true))));
    }

    @Test
    void computesFunctionsCorrectlyRounded() {
        DecCtx c = ctx(28, Rounding.ROUND_HALF_EVEN);
        assertEquals("1.414213562373095048801688724", sci(DecMath.sqrt(d("2"), c)));
        assertEquals("2.0", sci(DecMath.sqrt(d("4.00"), c)));
        assertEquals("2.718281828459045235360287471", sci(DecMath.exp(d("1"), c)));
        assertEquals("2.302585092994045684017991455", sci(DecMath.ln(d("10"), c)));
        assertEquals("-3", sci(DecMath.log10(d("0.001"), c)));
        assertEquals("1.999861375368307143826400312", sci(DecMath.power(d("8"), d("0.3333"), c)));
        assertEquals("0.01", sci(DecMath.power(d("10"), d("-2"), c)));
        DecCtx three = ctx(3, Rounding.ROUND_UP);
        assertEquals("1.41", sci(DecMath.sqrt(d("2"), three)));
        assertEquals("1.42", sci(DecMath.power(d("2"), d("0.5"), three)));
    }

    @Test
    void ordersTotally() {
        assertTrue(DecOps.compareTotal(d("1.0"), d("1.00")) > 0);
        assertTrue(DecOps.compareTotal(d("-nan"), d("-inf")) < 0);
        assertTrue(DecOps.compareTotal(d("snan"), d("nan")) < 0);
        assertEquals(0, DecArith.compare(d("1.0"), d("1")));
        assertEquals("1100", sci(DecOps.logical(d("1100"), d("1110"), '&', ctx(9, Rounding.ROUND_HALF_EVEN))));
        assertEquals("891234567", sci(DecOps.shift(d("123456789"), d("-2"), true, ctx(9, Rounding.ROUND_HALF_EVEN))));
    }
}
