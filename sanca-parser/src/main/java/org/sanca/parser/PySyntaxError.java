package org.sanca.parser;

/**
 * A syntax error as CPython's {@code SyntaxError} carries it (Objects/exceptions.c): the class
 * name, message, file, 1-based line and character offsets and the source line.
 */
public final class PySyntaxError extends RuntimeException {
    private final String kind;
    private final String msg;
    private final String filename;
    private final int lineno;
    private final int offset;
    private final String text;
    private final int endLineno;
    private final int endOffset;
    private final boolean incompleteInput;
    private final boolean lineBeforeReading;

    public PySyntaxError(String kind, String msg, String filename, int lineno, int offset, String text,
                         int endLineno, int endOffset, boolean incompleteInput) {
        this(kind, msg, filename, lineno, offset, text, endLineno, endOffset, incompleteInput, false);
    }

    private PySyntaxError(String kind, String msg, String filename, int lineno, int offset, String text,
                          int endLineno, int endOffset, boolean incompleteInput, boolean lineBeforeReading) {
        super(msg, null, false, false);
        this.kind = kind;
        this.msg = msg;
        this.filename = filename;
        this.lineno = lineno;
        this.offset = offset;
        this.text = text;
        this.endLineno = endLineno;
        this.endOffset = endOffset;
        this.incompleteInput = incompleteInput;
        this.lineBeforeReading = lineBeforeReading;
    }

    /**
     * "SyntaxError", "IndentationError" or "TabError"; or "MemoryError" when the source is nested
     * too deeply to parse (CPython's "Parser stack overflowed" MemoryError).
     */
    public String kind() {
        return kind;
    }

    public String msg() {
        return msg;
    }

    public String filename() {
        return filename;
    }

    public int lineno() {
        return lineno;
    }

    public int offset() {
        return offset;
    }

    /** The offending source line, or null when there is none. */
    public String text() {
        return text;
    }

    public int endLineno() {
        return endLineno;
    }

    public int endOffset() {
        return endOffset;
    }

    /** Whether the source only ended too early: more lines could still make it valid. */
    public boolean incompleteInput() {
        return incompleteInput;
    }

    /**
     * Whether the error's line lies before the one the tokenizer was reading when it was raised.
     * CPython then shows that line as it reads it back: from the file for "exec" input of a file,
     * newline kept, else from the source string, cut before its newline ({@link #text()} keeps it).
     */
    public boolean lineBeforeReading() {
        return lineBeforeReading;
    }

    /** This error, marked as caused only by the end of the source (for the REPL to read on). */
    PySyntaxError asIncomplete() {
        if (incompleteInput) {
            return this;
        }
        return new PySyntaxError(kind, msg, filename, lineno, offset, text, endLineno, endOffset, true,
            lineBeforeReading);
    }

    /** This error, marked as raised while the tokenizer was reading line {@code lineRead}. */
    PySyntaxError raisedReading(int lineRead) {
        if (text == null || lineno >= lineRead || lineBeforeReading) {
            return this;
        }
        return new PySyntaxError(kind, msg, filename, lineno, offset, text, endLineno, endOffset, incompleteInput,
            true);
    }

    @Override
    public String toString() {
        return kind + ": " + msg + " (" + filename + ", line " + lineno + ", offset " + offset + ")";
    }
}
