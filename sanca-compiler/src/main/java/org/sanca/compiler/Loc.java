package org.sanca.compiler;

import org.sanca.ast.Located;

/** A source span as CPython's {@code location}: lines 1-based, columns 0-based UTF-8 offsets. */
record Loc(int lineno, int endLineno, int col, int endCol) {
    /** CPython's {@code NO_LOCATION}: the instruction takes its neighbour's position. */
    static final Loc NONE = new Loc(-1, -1, -1, -1);

    static Loc of(Located node) {
        return new Loc(node.lineno(), node.end_lineno(), node.col_offset(), node.end_col_offset());
    }
}
