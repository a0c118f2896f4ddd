package org.sanca.compiler;

import java.util.ArrayList;
import java.util.List;

/** Collects runs of instructions that share a handler into flat exception-table entries. */
final class ExceptionTableBuilder {
    private final List<Integer> entries = new ArrayList<>();
    private int start = -1;
    private int target;
    private int depth;
    private boolean lasti;

    void none(int index) {
        close(index);
    }

    void add(int index, int target, int depth, boolean lasti) {
        if (start >= 0 && this.target == target && this.depth == depth && this.lasti == lasti) {
            return;
        }
        close(index);
        start = index;
        this.target = target;
        this.depth = depth;
        this.lasti = lasti;
    }

    private void close(int end) {
        if (start >= 0) {
            entries.add(start);
            entries.add(end);
            entries.add(target);
            entries.add(depth);
            entries.add(lasti ? 1 : 0);
            start = -1;
        }
    }

    int[] finish(int end) {
        close(end);
        int[] out = new int[entries.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = entries.get(i);
        }
        return out;
    }
}
