package org.sanca.compiler;

import static org.sanca.compiler.Opcode.*;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
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
    private List<Instr> code;
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
        code = Peephole.inlineSmallExitBlocks(code);
        Peephole.optimize(code, u);
        code = Peephole.inlineSmallExitBlocks(code);
        code = Peephole.duplicateExitsWithoutLineno(code);
        flow();
        boolean moved = pushColdBlocksToEnd();
        if (normalizeBackwardJumps() || moved) {
            flow();
        }
        markUnsafeLoads();
        List<Integer> kept = keep();
        return build(kept);
    }

    private void flow() {
        int n = code.size();
        maxDepth = 0;
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

    /**
     * CPython's {@code push_cold_blocks_to_end}: code reached only through an exception handler
     * moves after everything else, so the normal path runs without jumping over it.
     */
    private boolean pushColdBlocksToEnd() {
        int n = code.size();
        boolean[] warm = new boolean[n];
        Deque<Integer> work = new ArrayDeque<>();
        work.push(0);
        while (!work.isEmpty()) {
            int i = work.pop();
            while (i < n && !warm[i]) {
                warm[i] = true;
                Instr in = code.get(i);
                if (in.target != null && !Pseudo.isSetup(in.op)) {
                    work.push(in.target.pos);
                }
                if (isTerminal(in.op)) {
                    break;
                }
                i++;
            }
        }
        List<Integer> order = new ArrayList<>();
        boolean anyCold = false;
        for (int i = 0; i < n; i++) {
            if (warm[i]) {
                order.add(i);
            }
        }
        for (int i = 0; i < n; i++) {
            if (seen[i] && !warm[i]) {
                order.add(i);
                anyCold = true;
            }
        }
        if (!anyCold) {
            return false;
        }
        List<Instr> out = new ArrayList<>(n + 8);
        for (int k = 0; k < order.size(); k++) {
            int i = order.get(k);
            Instr in = code.get(i);
            out.add(in);
            boolean fallsThrough = !isTerminal(in.op) && i + 1 < n;
            if (fallsThrough && (k + 1 == order.size() || order.get(k + 1) != i + 1)) {
                Label next = new Label();
                next.pos = i + 1;
                Instr jump = new Instr(Pseudo.JUMP, 0, next, Loc.NONE);
                jump.artificial = true;
                out.add(jump);
            }
        }
        Peephole.relabel(code, out);
        code = out;
        return true;
    }

    /**
     * CPython's {@code normalize_jumps}: a conditional jump backwards becomes the opposite jump
     * forwards over a JUMP_BACKWARD, so that every loop closes with JUMP_BACKWARD.
     */
    private boolean normalizeBackwardJumps() {
        List<Instr> out = new ArrayList<>(code.size() + 4);
        boolean changed = false;
        for (int i = 0; i < code.size(); i++) {
            Instr in = code.get(i);
            out.add(in);
            int inverse = switch (in.op) {
                case POP_JUMP_IF_TRUE -> POP_JUMP_IF_FALSE;
                case POP_JUMP_IF_FALSE -> POP_JUMP_IF_TRUE;
                case POP_JUMP_IF_NONE -> POP_JUMP_IF_NOT_NONE;
                case POP_JUMP_IF_NOT_NONE -> POP_JUMP_IF_NONE;
                default -> -1;
            };
            if (inverse < 0 || in.target.pos > i || i + 1 >= code.size()) {
                continue;
            }
            Label back = in.target;
            Label next = new Label();
            next.pos = i + 1;
            in.op = inverse;
            in.target = next;
            out.add(new Instr(Pseudo.JUMP, 0, back, in.loc));
            changed = true;
        }
        if (changed) {
            Peephole.relabel(code, out);
            code = out;
        }
        return changed;
    }

    /**
     * CPython's {@code add_checks_for_loads_of_uninitialized_variables}: a LOAD_FAST of a local
     * that some path may reach unbound becomes LOAD_FAST_CHECK, which raises UnboundLocalError.
     */
    private void markUnsafeLoads() {
        int n = code.size();
        int nParams = u.argCount + u.posOnlyArgCount + u.kwOnlyArgCount + (u.ste.varargs ? 1 : 0)
            + (u.ste.varkeywords ? 1 : 0);
        BitSet[] unsafe = new BitSet[n];
        BitSet entry = new BitSet();
        entry.set(Math.min(nParams, u.varnames.size()), u.varnames.size());
        Deque<Integer> work = new ArrayDeque<>();
        unsafe[0] = entry;
        work.push(0);
        while (!work.isEmpty()) {
            int i = work.pop();
            BitSet state = (BitSet) unsafe[i].clone();
            Instr in = code.get(i);
            if (handlerIn[i] != null) {
                merge(unsafe, handlerIn[i].target.pos, state, work);
            }
            switch (in.op) {
                case STORE_FAST, LOAD_FAST -> state.clear(in.arg);
                case DELETE_FAST, LOAD_FAST_AND_CLEAR, Pseudo.STORE_FAST_MAYBE_NULL -> state.set(in.arg);
                default -> {
                }
            }
            if (in.target != null) {
                merge(unsafe, in.target.pos, state, work);
            }
            if (!isTerminal(in.op) && i + 1 < n) {
                merge(unsafe, i + 1, state, work);
            }
        }
        for (int i = 0; i < n; i++) {
            Instr in = code.get(i);
            if (in.op == LOAD_FAST && unsafe[i] != null && unsafe[i].get(in.arg)) {
                in.op = LOAD_FAST_CHECK;
            }
        }
    }

    private static void merge(BitSet[] states, int j, BitSet state, Deque<Integer> work) {
        if (j >= states.length) {
            return;
        }
        if (states[j] == null) {
            states[j] = (BitSet) state.clone();
            work.push(j);
            return;
        }
        BitSet merged = (BitSet) states[j].clone();
        merged.or(state);
        if (!merged.equals(states[j])) {
            states[j] = merged;
            work.push(j);
        }
    }

    /** The instructions that stay, by old index: reachable, real, no jump to the next one, NOPs only for lines. */
    private List<Integer> keep() {
        int n = code.size();
        boolean[] drop = new boolean[n + 1];
        for (int i = 0; i < n; i++) {
            Instr in = code.get(i);
            drop[i] = !seen[i] || Pseudo.isSetup(in.op) || in.op == Pseudo.POP_BLOCK;
        }
        drop[n] = false;
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < n; i++) {
                Instr in = code.get(i);
                if (!drop[i] && Peephole.isUnconditionalJump(in.op)
                    && nextKept(drop, i + 1) == nextKept(drop, in.target.pos)) {
                    drop[i] = true;
                    changed = true;
                }
            }
        }
        List<Integer> kept = new ArrayList<>();
        int prevLine = -2;
        for (int i = 0; i < n; i++) {
            if (drop[i]) {
                continue;
            }
            Instr in = code.get(i);
            if (in.op == NOP) {
                int next = nextKept(drop, i + 1);
                int nextLine = next < n ? code.get(next).loc.lineno() : -1;
                if (in.loc.lineno() < 0 || in.loc.lineno() == prevLine || nextLine == in.loc.lineno()) {
                    drop[i] = true;
                    continue;
                }
            }
            if (in.loc.lineno() >= 0) {
                prevLine = in.loc.lineno();
            }
            kept.add(i);
        }
        return kept;
    }

    private static int nextKept(boolean[] drop, int i) {
        while (i < drop.length - 1 && drop[i]) {
            i++;
        }
        return i;
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
        int[] out = new int[kept.size()];
        int[] positions = new int[kept.size() * 4];
        Loc[] locs = resolveLocations(kept, newIndex);
        ExceptionTableBuilder table = new ExceptionTableBuilder();
        for (int i = 0; i < kept.size(); i++) {
            int old = kept.get(i);
            Instr in = code.get(old);
            int op = in.op;
            int arg = in.arg;
            if (op == Pseudo.STORE_FAST_MAYBE_NULL) {
                op = STORE_FAST;
            }
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
                default -> {
                }
            }
            out[i] = Opcode.encode(op, arg);
            Loc loc = locs[i];
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

    /**
     * CPython's {@code propagate_line_numbers}: an instruction without a position takes the
     * one before it in its block, and a block's first instruction takes its only predecessor's
     * last position; code entered only from an exception handler, or from several places,
     * keeps none.
     */
    private Loc[] resolveLocations(List<Integer> kept, int[] newIndex) {
        int n = kept.size();
        Loc[] locs = new Loc[n];
        boolean[] start = new boolean[n + 1];
        int[] preds = new int[n + 1];
        start[0] = true;
        preds[0] = 1;
        for (int i = 0; i < n; i++) {
            Instr in = code.get(kept.get(i));
            locs[i] = in.loc;
            if (in.target != null) {
                int t = newIndex[in.target.pos];
                start[t] = true;
                preds[t]++;
                start[i + 1] = true;
            }
            if (isTerminal(in.op)) {
                start[i + 1] = true;
            }
            Handler h = handlerIn[kept.get(i)];
            if (h != null) {
                int t = newIndex[h.target.pos];
                start[t] = true;
                preds[t] += 2;
            }
        }
        for (int i = 1; i < n; i++) {
            if (start[i] && !isTerminal(code.get(kept.get(i - 1)).op)) {
                preds[i]++;
            }
        }
        Loc prev = Loc.NONE;
        for (int i = 0; i < n; i++) {
            if (start[i]) {
                prev = Loc.NONE;
            }
            if (code.get(kept.get(i)).artificial) {
                continue;
            }
            if (locs[i].lineno() < 0) {
                locs[i] = prev;
            } else {
                prev = locs[i];
            }
            if (i + 1 < n && start[i + 1]) {
                Instr in = code.get(kept.get(i));
                if (!isTerminal(in.op) && preds[i + 1] == 1 && locs[i + 1].lineno() < 0) {
                    locs[i + 1] = prev;
                }
            }
            Instr in = code.get(kept.get(i));
            if (in.target != null) {
                int t = newIndex[in.target.pos];
                if (t < n && preds[t] == 1 && locs[t].lineno() < 0) {
                    locs[t] = prev;
                }
            }
        }
        return locs;
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

    /**
     * CPython's {@code remove_unused_consts}: drops constants no instruction loads (folding
     * leaves some behind) and renumbers the rest; the first stays, as it may be the docstring.
     */
    private Object[] usedConsts(int[] out) {
        int n = u.consts.size();
        boolean[] used = new boolean[n];
        if (n > 0) {
            used[0] = true;
        }
        for (int instr : out) {
            if (usesConst(Opcode.op(instr))) {
                used[Opcode.arg(instr)] = true;
            }
        }
        int[] index = new int[n];
        List<Object> kept = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            if (used[i]) {
                index[i] = kept.size();
                kept.add(u.consts.get(i));
            }
        }
        for (int i = 0; i < out.length; i++) {
            int op = Opcode.op(out[i]);
            if (usesConst(op)) {
                out[i] = Opcode.encode(op, index[Opcode.arg(out[i])]);
            }
        }
        return kept.toArray();
    }

    private static boolean usesConst(int op) {
        return op == LOAD_CONST || op == RETURN_CONST || op == KW_NAMES;
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
            u.posOnlyArgCount, u.kwOnlyArgCount, flags, Math.max(maxDepth, 1), out, usedConsts(out),
            u.names.keySet().toArray(new String[0]), lpNames.toArray(new String[0]), kinds, exceptionTable,
            positions);
    }
}
