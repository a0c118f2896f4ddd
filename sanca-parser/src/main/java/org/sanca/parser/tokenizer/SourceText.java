package org.sanca.parser.tokenizer;

import org.sanca.parser.PySyntaxError;

/**
 * The decoded source of one parse, with what errors need: line numbers and texts, character
 * columns for {@code SyntaxError.offset} and UTF-8 byte columns for AST positions.
 */
public final class SourceText {
    private final String src;
    private final String filename;
    private int[] lineStarts;

    public SourceText(String src, String filename) {
        this.src = src;
        this.filename = filename;
    }

    public String src() {
        return src;
    }

    public String filename() {
        return filename;
    }

    private int[] lineStarts() {
        if (lineStarts == null) {
            int count = 1;
            for (int i = 0; i < src.length(); i++) {
                if (src.charAt(i) == '\n') {
                    count++;
                }
            }
            int[] starts = new int[count + 1];
            int k = 1;
            for (int i = 0; i < src.length(); i++) {
                if (src.charAt(i) == '\n') {
                    starts[k++] = i + 1;
                }
            }
            starts[count] = src.length() + 1;
            lineStarts = starts;
        }
        return lineStarts;
    }

    /** The line (from 1) holding char index {@code idx}. */
    public int lineOf(int idx) {
        int[] starts = lineStarts();
        int lo = 0;
        int hi = starts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= idx) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo + 1;
    }

    public int lineStart(int lineno) {
        int[] starts = lineStarts();
        return starts[Math.min(lineno - 1, starts.length - 2)];
    }

    /** Number of lines, counting a last line without newline. */
    public int lineCount() {
        return lineStarts().length - 1;
    }

    /** The text of line {@code lineno} including its newline, as SyntaxError.text holds it. */
    public String lineText(int lineno) {
        int[] starts = lineStarts();
        if (lineno < 1 || lineno > starts.length - 1) {
            return null;
        }
        int s = starts[lineno - 1];
        int e = Math.min(starts[lineno], src.length());
        if (s > src.length()) {
            return "";
        }
        return src.substring(s, e);
    }

    /** Code point column (from 0) of char index {@code idx} on its line. */
    public int charCol(int idx) {
        int s = lineStart(lineOf(idx));
        return src.codePointCount(s, Math.min(idx, src.length())) + Math.max(0, idx - src.length());
    }

    /** Converts a UTF-8 byte column on a line to a 1-based character offset. */
    public int byteColToOffset(int lineno, int byteCol) {
        int s = lineStart(lineno);
        int bytes = 0;
        int chars = 0;
        int i = s;
        while (bytes < byteCol && i < src.length() && src.charAt(i) != '\n') {
            int cp = src.codePointAt(i);
            bytes += Utf8.length(cp);
            i += Character.charCount(cp);
            chars++;
        }
        return chars + 1 + Math.max(0, byteCol - bytes);
    }

    /**
     * An error raised by the tokenizer: CPython reports it with the line as read, without its
     * newline, and 1-based offsets given directly.
     */
    public PySyntaxError tokenizerError(String kind, String msg, int line, int offset, int endOffset,
                                        boolean incomplete) {
        String text = lineText(line);
        if (text != null && text.endsWith("\n")) {
            text = text.substring(0, text.length() - 1);
        }
        return new PySyntaxError(kind, msg, filename, line, offset, text, line, endOffset, incomplete);
    }

    public PySyntaxError error(String kind, String msg, int startIdx, int endIdx, boolean incomplete) {
        int line = lineOf(startIdx);
        int endLine = lineOf(endIdx);
        return new PySyntaxError(kind, msg, filename, line, charCol(startIdx) + 1, lineText(line),
            endLine, charCol(endIdx) + 1, incomplete);
    }

    /** An error at a position given as line and byte columns (how tokens and nodes hold them). */
    public PySyntaxError errorAtBytes(String kind, String msg, int line, int byteCol, int endLine,
                                      int endByteCol, boolean incomplete) {
        int off = byteColToOffset(line, byteCol);
        int endOff = endLine < 0 ? -1 : endByteCol < 0 ? 0 : byteColToOffset(endLine, endByteCol);
        return new PySyntaxError(kind, msg, filename, line, off, lineText(line), endLine, endOff, incomplete);
    }
}
