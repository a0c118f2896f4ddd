package org.sanca.runtime.interp;

/**
 * Finds the handler for an instruction in a code unit's exception table (five ints an entry:
 * start, end exclusive, target, stack depth, push-lasti; innermost entries first): what
 * CPython's {@code get_exception_handler} ({@code Python/ceval.c}) reads from its packed table.
 */
final class ExceptionTable {
    private ExceptionTable() {
    }

    /** The offset in {@code table} of the entry covering instruction {@code index}, or -1. */
    static int find(int[] table, int index) {
        for (int e = 0; e < table.length; e += 5) {
            if (index >= table[e] && index < table[e + 1]) {
                return e;
            }
        }
        return -1;
    }
}
