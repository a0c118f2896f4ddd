package org.sanca.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** The position markers under traceback source lines, as CPython 3.12 draws them. */
class CaretsTest {
    @Test
    void binaryOperationMarksOperandsAndOperator() {
        assertEquals("           ~~^~~", Carets.markers("    return a / b", 11, 16, true));
        assertEquals("           ~~^^~~", Carets.markers("    return a // b", 11, 17, true));
    }

    @Test
    void subscriptMarksTheIndex() {
        assertEquals("    ~^^^^^", Carets.markers("x['y']", 0, 6, true));
        assertEquals("           ~^^^^^", Carets.markers("    return d['x'] + 1", 11, 17, true));
    }

    @Test
    void callMarksItsSpanUnlessItIsTheWholeLine() {
        assertEquals("           ^^^^^^^^", Carets.markers("    return rec(n+1)", 11, 19, true));
        assertNull(Carets.markers("    fn()", 4, 8, true));
    }

    @Test
    void multiLineInstructionRunsToTheLineEnd() {
        assertEquals("        ^^^", Carets.markers("    x = [1,", 8, 20, false));
    }

    @Test
    void columnsAreUtf8Bytes() {
        assertEquals("        ~~~~^~~~~", Carets.markers("    s = 'é' + f()", 8, 18, true));
        assertEquals(4, Carets.charOffset("'é' x", 5));
    }
}
