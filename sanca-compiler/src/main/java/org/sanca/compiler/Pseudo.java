package org.sanca.compiler;

/**
 * Pseudo-instructions the code generator emits and the {@link Assembler} removes, as CPython's
 * compiler does (Include/internal/pycore_opcode_utils.h): blocks of the exception table and
 * jumps whose direction is not known yet.
 */
final class Pseudo {
    private Pseudo() {
    }

    static final int SETUP_FINALLY = 256;
    static final int SETUP_CLEANUP = 257;
    static final int SETUP_WITH = 258;
    static final int POP_BLOCK = 259;
    static final int JUMP = 260;
    static final int JUMP_NO_INTERRUPT = 261;
    /** STORE_FAST of a value that may be NULL: restores a local an inlined comprehension hid. */
    static final int STORE_FAST_MAYBE_NULL = 262;

    static boolean isSetup(int op) {
        return op == SETUP_FINALLY || op == SETUP_CLEANUP || op == SETUP_WITH;
    }
}
