package org.sanca.runtime.interp;

import static org.sanca.compiler.Opcode.*;

/**
 * Superinstructions: the runtime's counterpart of CPython's instruction specialization
 * ({@code Python/specialize.c}) and its {@code LOAD_FAST__LOAD_FAST}-style superinstructions.
 * A code object's instructions are copied once and the first instruction of a common short run
 * (load a local, load a constant, operate, store or branch) is replaced by one opcode that does
 * the whole run, so the loop dispatches once where it dispatched up to four times.
 *
 * <p>Only the opcode byte of the run's first word changes: its argument stays, and the later
 * words keep their original instructions, from which the superinstruction reads their arguments.
 * Instruction indexes therefore stay as the compiler made them (jump targets, the exception
 * table, line numbers, {@code f_lasti}); a jump into the middle of a run finds the original
 * instruction there. A superinstruction sets the loop's instruction index to just past the
 * instruction whose part of the run raised, so tracebacks point where they would without it.
 */
final class Superinstructions {
    /** {@code LOAD_FAST a; LOAD_FAST b}. */
    static final int LOAD_FAST_LOAD_FAST = 110;
    /** {@code LOAD_FAST a; LOAD_CONST c}. */
    static final int LOAD_FAST_LOAD_CONST = 111;
    /** {@code LOAD_CONST c; LOAD_FAST a}. */
    static final int LOAD_CONST_LOAD_FAST = 112;
    /** {@code LOAD_FAST a; LOAD_CONST c; BINARY_OP op}. */
    static final int BINARY_OP_FAST_CONST = 113;
    /** {@code LOAD_FAST a; LOAD_CONST c; BINARY_OP op; STORE_FAST x}. */
    static final int BINARY_OP_FAST_CONST_STORE = 114;
    /** {@code LOAD_FAST a; LOAD_CONST c; COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE t}. */
    static final int COMPARE_FAST_CONST_JUMP = 115;
    /** {@code COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE t}. */
    static final int COMPARE_JUMP = 116;
    /** {@code BINARY_OP op; STORE_FAST x}. */
    static final int BINARY_OP_STORE_FAST = 117;
    /** {@code FOR_ITER t; STORE_FAST x}. */
    static final int FOR_ITER_STORE_FAST = 118;
    /** {@code LOAD_FAST a; LOAD_FAST b; BINARY_OP op}. */
    static final int BINARY_OP_FAST_FAST = 119;

    /** {@code LOAD_CONST c; BINARY_OP op}. */
    static final int BINARY_OP_CONST = 120;
    /** {@code LOAD_CONST c; COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE t}. */
    static final int COMPARE_CONST_JUMP = 121;
    /** {@code LOAD_FAST a; LOAD_FAST b; COMPARE_OP op; POP_JUMP_IF_FALSE/TRUE t}. */
    static final int COMPARE_FAST_FAST_JUMP = 122;
    /** {@code LOAD_FAST a; LOAD_FAST b; BINARY_OP op; STORE_FAST x}. */
    static final int BINARY_OP_FAST_FAST_STORE = 123;
    /** {@code BINARY_OP op; RETURN_VALUE}. */
    static final int BINARY_OP_RETURN = 124;
    /** {@code LOAD_FAST a; RETURN_VALUE}. */
    static final int RETURN_FAST = 125;

    private Superinstructions() {
    }

    /** A copy of {@code code} with the first word of each recognised run replaced. */
    static int[] apply(int[] code) {
        int[] out = code.clone();
        for (int i = 0; i < code.length; i++) {
            int fused = match(code, i);
            if (fused >= 0) {
                out[i] = fused | (code[i] & ~0xFF);
            }
        }
        return out;
    }

    private static int match(int[] code, int i) {
        int op0 = op(code, i);
        int op1 = op(code, i + 1);
        int op2 = op(code, i + 2);
        int op3 = op(code, i + 3);
        if (op0 == LOAD_FAST || op0 == LOAD_FAST_CHECK) {
            if (op1 == LOAD_CONST && op2 == COMPARE_OP && isPopJump(op3)) {
                return COMPARE_FAST_CONST_JUMP;
            }
            if (op1 == LOAD_CONST && op2 == BINARY_OP) {
                return op3 == STORE_FAST ? BINARY_OP_FAST_CONST_STORE : BINARY_OP_FAST_CONST;
            }
            boolean fastFast = op1 == LOAD_FAST || op1 == LOAD_FAST_CHECK;
            if (fastFast && op2 == COMPARE_OP && isPopJump(op3)) {
                return COMPARE_FAST_FAST_JUMP;
            }
            if (fastFast && op2 == BINARY_OP) {
                return op3 == STORE_FAST ? BINARY_OP_FAST_FAST_STORE : BINARY_OP_FAST_FAST;
            }
            if (op1 == RETURN_VALUE) {
                return RETURN_FAST;
            }
            if (op1 == LOAD_FAST || op1 == LOAD_FAST_CHECK) {
                return LOAD_FAST_LOAD_FAST;
            }
            if (op1 == LOAD_CONST) {
                return LOAD_FAST_LOAD_CONST;
            }
            return -1;
        }
        if (op0 == LOAD_CONST && (op1 == LOAD_FAST || op1 == LOAD_FAST_CHECK)) {
            return LOAD_CONST_LOAD_FAST;
        }
        if (op0 == LOAD_CONST && op1 == BINARY_OP) {
            return BINARY_OP_CONST;
        }
        if (op0 == LOAD_CONST && op1 == COMPARE_OP && isPopJump(op2)) {
            return COMPARE_CONST_JUMP;
        }
        if (op0 == COMPARE_OP && isPopJump(op1)) {
            return COMPARE_JUMP;
        }
        if (op0 == BINARY_OP && op1 == STORE_FAST) {
            return BINARY_OP_STORE_FAST;
        }
        if (op0 == BINARY_OP && op1 == RETURN_VALUE) {
            return BINARY_OP_RETURN;
        }
        if (op0 == FOR_ITER && op1 == STORE_FAST) {
            return FOR_ITER_STORE_FAST;
        }
        return -1;
    }

    private static boolean isPopJump(int op) {
        return op == POP_JUMP_IF_FALSE || op == POP_JUMP_IF_TRUE;
    }

    private static int op(int[] code, int i) {
        return i < code.length ? code[i] & 0xFF : -1;
    }
}
