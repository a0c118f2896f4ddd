package org.sanca.compiler;

import static org.sanca.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rewrites of CPython's Python/flowgraph.c that shape the code a reader of {@code dis}
 * sees, on an instruction list whose jumps point at {@link Label}s: PUSH_NULL folded into
 * LOAD_GLOBAL, tuple build-and-unpack turned into swaps, swaps resolved by reordering stores,
 * and small exit blocks copied to the jumps that reach them.
 */
final class Peephole {
    private static final int MAX_COPY_SIZE = 4;

    private Peephole() {
    }

    static boolean[] labelled(List<Instr> code) {
        boolean[] at = new boolean[code.size() + 1];
        for (int i = 0; i < code.size(); i++) {
            at[i] = code.get(i).blockStart;
        }
        for (Instr in : code) {
            if (in.target != null) {
                at[in.target.pos] = true;
            }
        }
        return at;
    }

    static boolean isExit(int op) {
        return op == RETURN_VALUE || op == RETURN_CONST || op == RAISE_VARARGS || op == RERAISE;
    }

    static boolean isUnconditionalJump(int op) {
        return op == Pseudo.JUMP || op == Pseudo.JUMP_NO_INTERRUPT;
    }

    static void optimize(List<Instr> code, CompilerUnit u) {
        boolean[] labelled = labelled(code);
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).op == BUILD_TUPLE) {
                foldTupleOfConstants(code, labelled, i, u);
            }
        }
        for (int i = 0; i + 1 < code.size(); i++) {
            Instr a = code.get(i);
            Instr b = code.get(i + 1);
            if (labelled[i + 1]) {
                continue;
            }
            if (a.op == PUSH_NULL && b.op == LOAD_GLOBAL && (b.arg & 1) == 0) {
                nop(a);
                b.arg |= 1;
            } else if (a.op == BUILD_TUPLE && b.op == UNPACK_SEQUENCE && a.arg == b.arg && a.arg <= 3) {
                nop(a);
                if (a.arg == 1) {
                    nop(b);
                } else {
                    b.op = SWAP;
                }
            } else if (a.op == LOAD_CONST && b.op == RETURN_VALUE) {
                b.op = RETURN_CONST;
                b.arg = a.arg;
                nop(a);
            } else if (a.op == LOAD_CONST && u.consts.get(a.arg) == CodeGen.NONE && b.op == IS_OP
                && i + 2 < code.size() && !labelled[i + 2]) {
                Instr c = code.get(i + 2);
                if (c.op == POP_JUMP_IF_TRUE || c.op == POP_JUMP_IF_FALSE) {
                    boolean ifNone = (c.op == POP_JUMP_IF_TRUE) ^ (b.arg != 0);
                    c.op = ifNone ? POP_JUMP_IF_NONE : POP_JUMP_IF_NOT_NONE;
                    nop(a);
                    nop(b);
                }
            }
        }
        for (int i = 0; i < code.size(); i++) {
            if (code.get(i).op == SWAP) {
                i = swaptimize(code, labelled, i);
                applyStaticSwaps(code, labelled, i);
            }
        }
        for (Instr in : code) {
            threadJump(code, in);
        }
    }

    /** CPython's {@code jump_thread}: a jump to an unconditional jump goes straight to its target. */
    private static void threadJump(List<Instr> code, Instr in) {
        if (in.target == null || !(isUnconditionalJump(in.op) || in.op == POP_JUMP_IF_FALSE
            || in.op == POP_JUMP_IF_TRUE || in.op == POP_JUMP_IF_NONE || in.op == POP_JUMP_IF_NOT_NONE)) {
            return;
        }
        for (int hops = 0; hops < code.size(); hops++) {
            int t = in.target.pos;
            while (t < code.size() && code.get(t).op == NOP && code.get(t).loc.lineno() < 0) {
                t++;
            }
            if (t >= code.size()) {
                return;
            }
            Instr target = code.get(t);
            if (target.op != Pseudo.JUMP || target.target == in.target
                || !(in.loc.lineno() == target.loc.lineno() || target.loc.lineno() < 0)) {
                return;
            }
            in.target = target.target;
        }
    }

    /**
     * CPython's {@code swaptimize}: a run of SWAPs is replaced by the fewest SWAPs that give
     * the same permutation. Returns the index of the run's last instruction.
     */
    private static int swaptimize(List<Instr> code, boolean[] labelled, int ix) {
        int depth = code.get(ix).arg;
        int len = 1;
        boolean more = false;
        while (ix + len < code.size() && !labelled[ix + len]) {
            Instr in = code.get(ix + len);
            if (in.op == SWAP) {
                depth = Math.max(depth, in.arg);
                more = true;
            } else if (in.op != NOP) {
                break;
            }
            len++;
        }
        if (!more) {
            return ix;
        }
        int[] stack = new int[depth];
        for (int i = 0; i < depth; i++) {
            stack[i] = i;
        }
        for (int i = 0; i < len; i++) {
            Instr in = code.get(ix + i);
            if (in.op == SWAP) {
                int top = stack[0];
                stack[0] = stack[in.arg - 1];
                stack[in.arg - 1] = top;
            }
        }
        int current = len - 1;
        for (int i = 0; i < depth; i++) {
            if (stack[i] == -1 || stack[i] == i) {
                continue;
            }
            int j = i;
            while (true) {
                if (j != 0) {
                    Instr in = code.get(ix + current--);
                    in.op = SWAP;
                    in.arg = j + 1;
                }
                if (stack[j] == -1) {
                    break;
                }
                int next = stack[j];
                stack[j] = -1;
                j = next;
            }
        }
        while (current >= 0) {
            nop(code.get(ix + current--));
        }
        return ix + len - 1;
    }

    /** CPython's {@code fold_tuple_on_constants}: LOAD_CONSTs then BUILD_TUPLE load one tuple constant. */
    private static void foldTupleOfConstants(List<Instr> code, boolean[] labelled, int i, CompilerUnit u) {
        int n = code.get(i).arg;
        if (i < n) {
            return;
        }
        List<Object> items = new ArrayList<>();
        for (int k = i - n; k < i; k++) {
            if (code.get(k).op != LOAD_CONST || labelled[k + 1]) {
                return;
            }
            items.add(u.consts.get(code.get(k).arg));
        }
        for (int k = i - n; k < i; k++) {
            nop(code.get(k));
        }
        Instr build = code.get(i);
        build.op = LOAD_CONST;
        build.arg = u.addConst(new ConstTuple(items));
    }

    private static void nop(Instr in) {
        in.op = NOP;
        in.arg = 0;
        in.loc = Loc.NONE;
    }

    private static boolean swappable(int op) {
        return op == STORE_FAST || op == Pseudo.STORE_FAST_MAYBE_NULL || op == POP_TOP;
    }

    private static int nextSwappable(List<Instr> code, boolean[] labelled, int i, int lineno) {
        while (++i < code.size()) {
            if (labelled[i]) {
                return -1;
            }
            Instr in = code.get(i);
            if (in.op == NOP) {
                continue;
            }
            return swappable(in.op) && (lineno < 0 || in.loc.lineno() == lineno) ? i : -1;
        }
        return -1;
    }

    /** CPython's {@code apply_static_swaps}: SWAPs before plain stores become reordered stores. */
    private static void applyStaticSwaps(List<Instr> code, boolean[] labelled, int i) {
        for (; i >= 0; i--) {
            Instr swap = code.get(i);
            if (swap.op != SWAP) {
                if (swap.op == NOP || swappable(swap.op)) {
                    if (labelled[i]) {
                        return;
                    }
                    continue;
                }
                return;
            }
            int j = nextSwappable(code, labelled, i, -1);
            if (j < 0) {
                return;
            }
            int k = j;
            int lineno = code.get(j).loc.lineno();
            for (int count = swap.arg - 1; count > 0; count--) {
                k = nextSwappable(code, labelled, k, lineno);
                if (k < 0) {
                    return;
                }
            }
            int storeJ = storesTo(code.get(j));
            int storeK = storesTo(code.get(k));
            if (storeJ >= 0 || storeK >= 0) {
                if (storeJ == storeK) {
                    return;
                }
                for (int idx = j + 1; idx < k; idx++) {
                    int st = storesTo(code.get(idx));
                    if (st >= 0 && (st == storeJ || st == storeK)) {
                        return;
                    }
                }
            }
            nop(swap);
            Instr tj = code.get(j);
            code.set(j, code.get(k));
            code.set(k, tj);
            if (labelled[i]) {
                return;
            }
        }
    }

    private static int storesTo(Instr in) {
        return in.op == STORE_FAST || in.op == Pseudo.STORE_FAST_MAYBE_NULL ? in.arg : -1;
    }

    /**
     * CPython's {@code inline_small_exit_blocks}: an unconditional jump to a short block that
     * ends the code (a return or a raise) is replaced by a copy of that block.
     */
    static List<Instr> inlineSmallExitBlocks(List<Instr> code) {
        boolean[] labelled = labelled(code);
        List<Instr> out = new ArrayList<>(code.size());
        boolean changed = false;
        for (Instr in : code) {
            if (isUnconditionalJump(in.op)) {
                List<Instr> block = exitBlock(code, labelled, in.target.pos, MAX_COPY_SIZE);
                if (block != null) {
                    in.op = NOP;
                    in.target = null;
                    out.add(in);
                    for (Instr b : block) {
                        out.add(new Instr(b.op, b.arg, b.target, b.loc));
                    }
                    changed = true;
                    continue;
                }
            }
            out.add(in);
        }
        if (!changed) {
            return code;
        }
        relabel(code, out);
        return out;
    }

    /**
     * CPython's {@code duplicate_exits_without_lineno}: an exit block with no position that
     * several jumps reach gets a copy per jump, placed after it, so each copy can take the
     * position of the jump that leads to it.
     */
    static List<Instr> duplicateExitsWithoutLineno(List<Instr> code) {
        int n = code.size();
        boolean[] labelled = labelled(code);
        int[] preds = new int[n + 1];
        for (Instr in : code) {
            if (in.target != null && !Pseudo.isSetup(in.op)) {
                preds[in.target.pos]++;
            }
        }
        for (int p = 1; p < n; p++) {
            int prev = code.get(p - 1).op;
            if (labelled[p] && !isExit(prev) && !isUnconditionalJump(prev)) {
                preds[p]++;
            }
        }
        Map<Integer, List<Instr>> copiesAfter = new java.util.HashMap<>();
        Map<Label, Instr> copyStarts = new IdentityHashMap<>();
        for (Instr in : code) {
            if (in.target == null || Pseudo.isSetup(in.op) || preds[in.target.pos] <= 1) {
                continue;
            }
            int t = in.target.pos;
            List<Instr> block = exitBlock(code, labelled, t, Integer.MAX_VALUE);
            if (block == null || !withoutLineno(block)) {
                continue;
            }
            List<Instr> copy = new ArrayList<>();
            for (Instr b : block) {
                copy.add(new Instr(b.op, b.arg, b.target, b.loc));
            }
            copy.get(0).loc = in.loc;
            Label copyLabel = new Label();
            copyStarts.put(copyLabel, copy.get(0));
            in.target = copyLabel;
            preds[t]--;
            copiesAfter.computeIfAbsent(t + block.size() - 1, k -> new ArrayList<>()).addAll(copy);
        }
        if (copiesAfter.isEmpty()) {
            return code;
        }
        List<Instr> out = new ArrayList<>(n + 8);
        for (int i = 0; i < n; i++) {
            out.add(code.get(i));
            out.addAll(copiesAfter.getOrDefault(i, List.of()));
        }
        for (Label l : copyStarts.keySet()) {
            l.pos = -1;
        }
        relabel(code, out);
        Map<Instr, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < out.size(); i++) {
            index.put(out.get(i), i);
        }
        for (Map.Entry<Label, Instr> e : copyStarts.entrySet()) {
            e.getKey().pos = index.get(e.getValue());
        }
        return out;
    }

    private static boolean withoutLineno(List<Instr> block) {
        for (Instr in : block) {
            if (in.loc.lineno() >= 0) {
                return false;
            }
        }
        return true;
    }

    private static List<Instr> exitBlock(List<Instr> code, boolean[] labelled, int start, int limit) {
        List<Instr> block = new ArrayList<>();
        for (int i = start; i < code.size() && block.size() <= limit; i++) {
            if (i > start && labelled[i]) {
                return null;
            }
            Instr in = code.get(i);
            if (Pseudo.isSetup(in.op) || in.op == Pseudo.POP_BLOCK) {
                return null;
            }
            block.add(in);
            if (isExit(in.op)) {
                return block.size() <= limit ? block : null;
            }
            if (in.target != null) {
                return null;
            }
        }
        return null;
    }

    /** Points every label of {@code before} at the same instruction object in {@code after}. */
    static void relabel(List<Instr> before, List<Instr> after) {
        Map<Instr, Integer> index = new IdentityHashMap<>();
        for (int i = 0; i < after.size(); i++) {
            index.put(after.get(i), i);
        }
        Map<Label, Boolean> done = new IdentityHashMap<>();
        for (Instr in : after) {
            Label l = in.target;
            if (l == null || l.pos < 0 || done.containsKey(l)) {
                continue;
            }
            done.put(l, true);
            if (l.pos >= before.size()) {
                l.pos = after.size();
            } else {
                Integer at = index.get(before.get(l.pos));
                l.pos = at == null ? after.size() : at;
            }
        }
    }
}
