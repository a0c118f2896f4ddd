package org.sanca.parser.tokenizer;

/**
 * One token with CPython's positions: lines from 1, columns in UTF-8 bytes. {@code start} and
 * {@code end} are char indexes into the decoded source, for slicing text.
 */
public final class Token {
    public final int kind;
    public final String text;
    public final int lineno;
    public final int col;
    public final int endLineno;
    public final int endCol;
    public final int start;
    public final int end;
    /** Bracket depth after this token, as CPython's token level. */
    public final int level;

    public Token(int kind, String text, int lineno, int col, int endLineno, int endCol, int start, int end, int level) {
        this.kind = kind;
        this.text = text;
        this.lineno = lineno;
        this.col = col;
        this.endLineno = endLineno;
        this.endCol = endCol;
        this.start = start;
        this.end = end;
        this.level = level;
    }

    @Override
    public String toString() {
        return kind + ":" + text + "@" + lineno + ":" + col + "-" + endLineno + ":" + endCol;
    }
}
