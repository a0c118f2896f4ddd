package org.sanca.compiler;

/** One instruction of a sequence under construction, possibly a pseudo-instruction. */
final class Instr {
    int op;
    int arg;
    Label target;
    Loc loc;
    /** A label was placed here: a basic block starts, whether or not a jump still targets it. */
    boolean blockStart;
    /** Set on jumps the assembler adds: they keep no position, as in CPython. */
    boolean artificial;

    Instr(int op, int arg, Label target, Loc loc) {
        this.op = op;
        this.arg = arg;
        this.target = target;
        this.loc = loc;
    }
}
