package org.sanca.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Handler lookup in the flat exception table: the innermost entry covering an instruction. */
class ExceptionTableTest {
    private static final int[] TABLE = {
        4, 8, 20, 1, 1,
        2, 12, 30, 0, 0,
    };

    @Test
    void innermostEntryWins() {
        assertEquals(0, ExceptionTable.find(TABLE, 5));
        assertEquals(5, ExceptionTable.find(TABLE, 2));
        assertEquals(5, ExceptionTable.find(TABLE, 8));
    }

    @Test
    void endIsExclusiveAndUncoveredIsMinusOne() {
        assertEquals(-1, ExceptionTable.find(TABLE, 12));
        assertEquals(-1, ExceptionTable.find(TABLE, 0));
        assertEquals(-1, ExceptionTable.find(new int[0], 3));
    }
}
