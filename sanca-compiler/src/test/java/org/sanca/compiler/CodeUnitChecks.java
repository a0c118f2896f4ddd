package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Structural invariants every code unit the compiler produces must satisfy. */
final class CodeUnitChecks {
    private CodeUnitChecks() {
    }

    static void check(CodeUnit code) {
        int n = code.code.length;
        assertTrue(n > 0, code.qualname + ": empty code");
        assertEquals(n * 4, code.positions.length, code.qualname + ": positions");
        assertEquals(code.localsPlusNames.length, code.localsPlusKinds.length, code.qualname + ": locals kinds");
        for (int i = 0; i < n; i++) {
            int op = Opcode.op(code.code[i]);
            int arg = Opcode.arg(code.code[i]);
            assertTrue(op > 0 && op < Opcode.COUNT, code.qualname + ": bad opcode at " + i);
            if (Disassembler.isJump(op)) {
                assertTrue(arg >= 0 && arg < n, code.qualname + ": jump out of range at " + i);
            }
            switch (op) {
                case Opcode.LOAD_CONST, Opcode.RETURN_CONST, Opcode.KW_NAMES ->
                    assertTrue(arg < code.consts.length, code.qualname + ": const index at " + i);
                case Opcode.LOAD_FAST, Opcode.LOAD_FAST_CHECK, Opcode.STORE_FAST, Opcode.DELETE_FAST,
                     Opcode.LOAD_FAST_AND_CLEAR, Opcode.LOAD_DEREF, Opcode.STORE_DEREF, Opcode.DELETE_DEREF,
                     Opcode.LOAD_CLOSURE, Opcode.MAKE_CELL, Opcode.LOAD_FROM_DICT_OR_DEREF ->
                    assertTrue(arg < code.localsPlusNames.length, code.qualname + ": local index at " + i);
                default -> {
                }
            }
        }
        int[] t = code.exceptionTable;
        assertEquals(0, t.length % 5, code.qualname + ": exception table shape");
        for (int i = 0; i < t.length; i += 5) {
            assertTrue(t[i] < t[i + 1] && t[i + 1] <= n && t[i + 2] < n && t[i + 3] >= 0,
                code.qualname + ": exception entry " + i / 5);
        }
        assertTrue(code.stackSize >= 1, code.qualname + ": stack size");
        for (Object c : code.consts) {
            if (c instanceof CodeUnit inner) {
                check(inner);
            }
        }
    }
}
