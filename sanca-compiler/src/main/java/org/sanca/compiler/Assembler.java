package org.sanca.compiler;

import static org.sanca.compiler.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link CompilerUnit}'s instruction sequence into a {@link CodeUnit}: CPython's
 * Python/flowgraph.c and Python/assemble.c in the measure this instruction set needs. It follows
 * the control flow to find each instruction's stack depth and enclosing exception handler,
 * drops unreachable code and pseudo-instructions, resolves jumps to absolute indices, builds the
 * exception table and positions, and lays out the fast locals, cells and free variables.
 */
final class Assembler {
    /** An exception handler in force: where it goes, and what the table records for it. */
    private record Handler(Label target, int depth, boolean lasti, Handler outer) {
        int size() {
            return outer == null ? 1 : outer.size() + 1;
        }
    }

    private static final Handler NO_HANDLER = null;

    private final CompilerUnit u;
    private final String filename;
    private final int flags;
    private final List<Instr> code;
    private int[] depthIn;
    private Handler[] handlerIn;
    private boolean[] seen;
    private int maxDepth;

    Assembler(CompilerUnit u, String filename, int flags) {
        this.u = u;
        this.filename = filename;
        this.flags = flags;
        this.code = u.instrs;
    }

    CodeUnit assemble() {
        mergePushNull();
        flow();
        List<Integer> kept = keep();
        return build(kept);
    }

    private boolean[] labelled() {
        boolean[] at = new boolean[code.size() + 1];
        for (Instr in : code) {
            if (in.target != null) {
                at[in.target.pos] = true;
            }
        }
        return at;
    }

    /** PUSH_NULL then LOAD_GLOBAL become one LOAD_GLOBAL with its push-null bit set. */
    private void mergePushNull() {
        boolean[] labelled = labelled();
        for (int i = 0; i + 1 < code.size(); i++) {
            Instr a = code.get(i);
            Instr b = code.get(i + 1);
            if (a.op == PUSH_NULL && b.op == LOAD_GLOBAL && (b.arg & 1) == 0 && !labelled[i + 1]) {
                a.op = NOP;
                a.loc = Loc.NONE;
                b.arg |= 1;
            }
        }
    }

    private void flow() {
        int n = code.size();
        depthIn = new int[n + 1];
        handlerIn = new Handler[n + 1];
        seen = new boolean[n + 1];
        Deque<Integer> work = new ArrayDeque<>();
        visit(0, 0, NO_HANDLER, work);
        while (!work.isEmpty()) {
            int i = work.pop();
            int depth = depthIn[i];
            Handler h = handlerIn[i];
            while (i < n) {
                Instr in = code.get(i);
                int op = in.op;
                if (op == YIELD_VALUE) {
                    in.arg = h == null ? 0 : h.size();
                }
                if (Pseudo.isSetup(op)) {
                    int targetDepth = depth + StackEffect.of(op, in.arg, true);
                    boolean lasti = op != Pseudo.SETUP_FINALLY;
                    visit(in.target.pos, targetDepth, h, work);
                    h = new Handler(in.target, targetDepth - 1 - (lasti ? 1 : 0), lasti, h);
                    i = next(i, depth, h, work);
                    break;
                }
                if (op == Pseudo.POP_BLOCK) {
                    h = h == null ? null : h.outer;
                    i = next(i, depth, h, work);
                    break;
                }
                if (in.target != null) {
                    int jumpDepth = depth + StackEffect.of(op, in.arg, true);
                    visit(in.target.pos, jumpDepth, h, work);
                }
                if (isTerminal(op)) {
                    break;
                }
                depth += StackEffect.of(op, in.arg, false);
                maxDepth = Math.max(maxDepth, depth);
                if (depth < 0) {
                    throw new IllegalStateException(u.name + ": stack underflow at " + i + " " + Opcode.name(op));
                }
                i = next(i, depth, h, work);
                break;
            }
        }
    }

    private int next(int i, int depth, Handler h, Deque<Integer> work) {
        visit(i + 1, depth, h, work);
        return i + 1;
    }

    private void visit(int i, int depth, Handler h, Deque<Integer> work) {
        if (i >= code.size()) {
            if (i > code.size() || code.isEmpty()) {
                return;
            }
            throw new IllegalStateException(u.name + ": control falls off the end of the code");
        }
        if (seen[i]) {
            if (depthIn[i] != depth) {
                throw new IllegalStateException(u.name + ": inconsistent stack depth at " + i + " ("
                    + depthIn[i] + " vs " + depth + ") " + Opcode.name(code.get(i).op));
            }
            return;
        }
        seen[i] = true;
        depthIn[i] = depth;
        handlerIn[i] = h;
        maxDepth = Math.max(maxDepth, depth);
        work.push(i);
    }

    private static boolean isTerminal(int op) {
        return op == RETURN_VALUE || op == RETURN_CONST || op == RAISE_VARARGS || op == RERAISE
            || op == Pseudo.JUMP || op == Pseudo.JUMP_NO_INTERRUPT || op == JUMP_FORWARD || op == JUMP_BACKWARD;
    }

    /** The instructions that stay, by old index: reachable, real, and NOPs only where a line needs them. */
    private List<Integer> keep() {
        List<Integer> kept = new ArrayList<>();
        int prevLine = -2;
        for (int i = 0; i < code.size(); i++) {
            Instr in = code.get(i);
            if (!seen[i] || Pseudo.isSetup(in.op) || in.op == Pseudo.POP_BLOCK) {
                continue;
            }
            if (in.op == NOP && (in.loc.lineno() < 0 || in.loc.lineno() == prevLine
                || nextLine(i) == in.loc.lineno())) {
                continue;
            }
            if (in.loc.lineno() >= 0) {
                prevLine = in.loc.lineno();
            }
            kept.add(i);
        }
        return kept;
    }

    private int nextLine(int i) {
        for (int j = i + 1; j < code.size(); j++) {
            Instr in = code.get(j);
            if (!seen[j] || Pseudo.isSetup(in.op) || in.op == Pseudo.POP_BLOCK) {
                continue;
            }
            return in.loc.lineno();
        }
        return -1;
    }

    private CodeUnit build(List<Integer> kept) {
        int n = code.size();
        int[] newIndex = new int[n + 1];
        for (int i = 0, j = 0; i <= n; i++) {
            while (j < kept.size() && kept.get(j) < i) {
                j++;
            }
            newIndex[i] = j;
        }
        int[] cellFix = cellFixMap();
        int nParams = u.argCount + u.posOnlyArgCount + u.kwOnlyArgCount + (u.ste.varargs ? 1 : 0)
            + (u.ste.varkeywords ? 1 : 0);
        boolean[] deleted = deletedLocals();
        int[] out = new int[kept.size()];
        int[] positions = new int[kept.size() * 4];
        Loc last = new Loc(u.firstLineNo, u.firstLineNo, -1, -1);
        ExceptionTableBuilder table = new ExceptionTableBuilder();
        for (int i = 0; i < kept.size(); i++) {
            int old = kept.get(i);
            Instr in = code.get(old);
            int op = in.op;
            int arg = in.arg;
            if (in.target != null) {
                arg = newIndex[in.target.pos];
                if (op == Pseudo.JUMP) {
                    op = arg > i ? JUMP_FORWARD : JUMP_BACKWARD;
                } else if (op == Pseudo.JUMP_NO_INTERRUPT) {
                    op = arg > i ? JUMP_FORWARD : JUMP_BACKWARD_NO_INTERRUPT;
                }
            }
            switch (op) {
                case LOAD_DEREF, STORE_DEREF, DELETE_DEREF, LOAD_CLOSURE, MAKE_CELL, LOAD_FROM_DICT_OR_DEREF ->
                    arg = cellFix[arg];
                case LOAD_FAST -> {
                    if (arg >= nParams || deleted[arg]) {
                        op = LOAD_FAST_CHECK;
                    }
                }
                default -> {
                }
            }
            out[i] = Opcode.encode(op, arg);
            Loc loc = in.loc.lineno() < 0 ? last : in.loc;
            last = loc;
            positions[i * 4] = loc.lineno();
            positions[i * 4 + 1] = loc.endLineno();
            positions[i * 4 + 2] = loc.col();
            positions[i * 4 + 3] = loc.endCol();
            Handler h = handlerIn[old];
            if (h == null) {
                table.none(i);
            } else {
                table.add(i, newIndex[h.target.pos], h.depth, h.lasti);
            }
        }
        return makeCode(out, positions, table.finish(kept.size()));
    }

    private boolean[] deletedLocals() {
        boolean[] deleted = new boolean[u.varnames.size()];
        for (Instr in : code) {
            if (in.op == DELETE_FAST) {
                deleted[in.arg] = true;
            }
        }
        return deleted;
    }

    /** Maps cell and free indices (cells first) to their slots in the fast locals. */
    private int[] cellFixMap() {
        int nlocals = u.varnames.size();
        int[] fix = new int[u.cellvars.size() + u.freevars.size()];
        int extra = 0;
        for (Map.Entry<String, Integer> e : u.cellvars.entrySet()) {
            Integer v = u.varnames.get(e.getKey());
            fix[e.getValue()] = v != null ? v : nlocals + extra++;
        }
        for (Map.Entry<String, Integer> e : u.freevars.entrySet()) {
            fix[e.getValue()] = nlocals + extra + (e.getValue() - u.cellvars.size());
        }
        return fix;
    }

    private CodeUnit makeCode(int[] out, int[] positions, int[] exceptionTable) {
        List<String> lpNames = new ArrayList<>();
        List<Byte> lpKinds = new ArrayList<>();
        for (String v : u.varnames.keySet()) {
            int kind = CodeUnit.CO_FAST_LOCAL;
            if (u.cellvars.containsKey(v)) {
                kind |= CodeUnit.CO_FAST_CELL;
            }
            if (u.fastHidden.containsKey(v)) {
                kind |= CodeUnit.CO_FAST_HIDDEN;
            }
            lpNames.add(v);
            lpKinds.add((byte) kind);
        }
        for (String c : u.cellvars.keySet()) {
            if (!u.varnames.containsKey(c)) {
                lpNames.add(c);
                lpKinds.add(CodeUnit.CO_FAST_CELL);
            }
        }
        for (String f : u.freevars.keySet()) {
            lpNames.add(f);
            lpKinds.add(CodeUnit.CO_FAST_FREE);
        }
        byte[] kinds = new byte[lpKinds.size()];
        for (int i = 0; i < kinds.length; i++) {
            kinds[i] = lpKinds.get(i);
        }
        return new CodeUnit(u.name, u.qualname, filename, u.firstLineNo, u.argCount + u.posOnlyArgCount,
            u.posOnlyArgCount, u.kwOnlyArgCount, flags, Math.max(maxDepth, 1), out, u.consts.toArray(),
            u.names.keySet().toArray(new String[0]), lpNames.toArray(new String[0]), kinds, exceptionTable,
            positions);
    }
}
