package org.sanca.parser;

import java.util.Arrays;
import org.sanca.ast.Located;
import org.sanca.parser.tokenizer.SourceText;
import org.sanca.parser.tokenizer.Token;
import org.sanca.parser.tokenizer.TokenKind;
import org.sanca.parser.tokenizer.Tokenizer;

/**
 * The token buffer and error machinery of the parser, after CPython's Parser/pegen.c and
 * Parser/pegen_errors.c: tokens are fetched lazily, rules backtrack by resetting the mark, and a
 * generic error is reported at the furthest token fetched.
 */
abstract class ParserBase {
    protected final Tokenizer tokenizer;
    protected final SourceText source;
    protected final WarningSink warnings;
    protected final String filename;
    private Token[] tokens = new Token[256];
    private int fill;
    protected int p;
    /** Second pass: the invalid_* rules that produce CPython's specialised messages are enabled. */
    protected boolean callInvalidRules;
    /** Feature level: 0 for ordinary code; positive inside an async function and the like. */
    protected int level;

    ParserBase(SourceText source, WarningSink warnings) {
        this.source = source;
        this.filename = source.filename();
        this.tokenizer = new Tokenizer(source, warnings);
        this.warnings = warnings;
    }

    /** Memoized rules (CPython memoizes its rules the same way, per token position). */
    protected static final int MEMO_DISJUNCTION = 0;
    protected static final int MEMO_BITWISE_OR = 1;
    protected static final int MEMO_ATOM = 2;
    protected static final int MEMO_EXPRESSION = 3;
    private static final int MEMO_RULES = 4;
    /** A memoized failure. */
    protected static final Object FAILED = new Object();
    /**
     * Per rule: the result at each start position, and where it ended. As in CPython, a result
     * is reused whether or not the invalid_* rules were on when it was computed.
     */
    private final Object[][] memoResults = new Object[MEMO_RULES][];
    private final int[][] memoEnds = new int[MEMO_RULES][];

    /** The memoized result of {@code rule} at the current position (moving past it), or null. */
    protected final Object memoGet(int rule) {
        Object[] results = memoResults[rule];
        if (results == null || p >= results.length) {
            return null;
        }
        Object r = results[p];
        if (r != null) {
            p = memoEnds[rule][p];
        }
        return r;
    }

    protected final void memoPut(int rule, int start, Object result) {
        int slot = rule;
        Object[] results = memoResults[slot];
        if (results == null || start >= results.length) {
            int size = Math.max(tokens.length, start + 1);
            results = results == null ? new Object[size] : Arrays.copyOf(results, size);
            memoEnds[slot] = memoEnds[slot] == null ? new int[size] : Arrays.copyOf(memoEnds[slot], size);
            memoResults[slot] = results;
        }
        results[start] = result == null ? FAILED : result;
        memoEnds[slot][start] = p;
    }

    protected final Token tok() {
        if (p == fill) {
            fetch();
        }
        return tokens[p];
    }

    private void fetch() {
        if (fill == tokens.length) {
            tokens = Arrays.copyOf(tokens, fill * 2);
        }
        try {
            tokens[fill] = tokenizer.next();
        } catch (PySyntaxError e) {
            tokenizerFailed = true;
            throw e;
        }
        fill++;
        if (tokens[fill - 1].kind == TokenKind.ENDMARKER && tokenizer.level() > 0) {
            // CPython's tokenizer fails at the end of input inside brackets: no rule may go on.
            throw new EndInsideBrackets();
        }
    }

    /** Unwinds a parse that reached the end of input inside brackets ('(' was never closed). */
    static final class EndInsideBrackets extends RuntimeException {
        EndInsideBrackets() {
            super("end of input inside brackets", null, false, false);
        }
    }

    /** Whether the tokenizer raised the error that ended this parse. */
    protected boolean tokenizerFailed;

    protected final int kind() {
        if (p == fill) {
            fetch();
        }
        return tokens[p].kind;
    }

    /** The kind of the token after the current one. */
    protected final int kind2() {
        while (p + 1 >= fill) {
            fetch();
        }
        return tokens[p + 1].kind;
    }

    protected final Token peek2() {
        while (p + 1 >= fill) {
            fetch();
        }
        return tokens[p + 1];
    }

    protected final boolean at(int k) {
        return kind() == k;
    }

    protected final Token expect(int k) {
        Token t = tok();
        if (t.kind == k) {
            p++;
            return t;
        }
        return null;
    }

    protected final boolean accept(int k) {
        if (kind() == k) {
            p++;
            return true;
        }
        return false;
    }

    protected final Token advance() {
        Token t = tok();
        p++;
        return t;
    }

    /** Whether the current token is the soft keyword (a NAME) {@code word}. */
    protected final boolean atSoft(String word) {
        Token t = tok();
        return t.kind == TokenKind.NAME && t.text.equals(word);
    }

    protected final Token last() {
        return tokens[p - 1];
    }

    /**
     * The last token consumed that is not NEWLINE, INDENT or DEDENT: where a compound statement
     * ends (CPython's _PyPegen_get_last_nonnwhitespace_token).
     */
    protected final Token endTok() {
        int i = p - 1;
        while (i > 0) {
            int k = tokens[i].kind;
            if (k != TokenKind.NEWLINE && k != TokenKind.INDENT && k != TokenKind.DEDENT) {
                break;
            }
            i--;
        }
        return tokens[i];
    }

    protected final Token tokenAt(int i) {
        return tokens[i];
    }

    /** The last token fetched, where CPython reports a generic syntax error. */
    protected final Token furthest() {
        if (fill == 0) {
            fetch();
        }
        return tokens[fill - 1];
    }

    protected final PySyntaxError syntaxError(String msg, Token t) {
        return tokenRange("SyntaxError", msg, t, t, false);
    }

    protected final PySyntaxError errorAt(String msg, Token a, Token b) {
        return tokenRange("SyntaxError", msg, a, b, false);
    }

    protected final PySyntaxError errorAt(String msg, Located a) {
        return errorAt(msg, a, a);
    }

    protected final PySyntaxError errorAt(String msg, Located a, Located b) {
        return source.errorAtBytes("SyntaxError", msg, a.lineno(), a.col_offset(), b.end_lineno(),
            b.end_col_offset(), false);
    }

    protected final PySyntaxError errorFrom(String msg, Located a, Token b) {
        return source.errorAtBytes("SyntaxError", msg, a.lineno(), a.col_offset(), b.endLineno, b.endCol, false);
    }

    protected final PySyntaxError indentationError(String msg, Token t, boolean incomplete) {
        return tokenRange("IndentationError", msg, t, t, incomplete);
    }

    /**
     * An error spanning tokens a..b. A token past the end of input has no column in CPython: the
     * error then sits at the end of the last line, with no end offset.
     */
    protected final PySyntaxError tokenRange(String kind, String msg, Token a, Token b, boolean incomplete) {
        if (atEndOfInput(a, source)) {
            return endOfInputError(source, kind, msg, incomplete);
        }
        return source.errorAtBytes(kind, msg, a.lineno, a.col, b.endLineno, b.endCol, incomplete);
    }

    /**
     * Whether {@code t} lies past the last character: ENDMARKER, a final DEDENT, or the NEWLINE
     * implied after a last line without one ("eval" and "single" input, which CPython does not
     * end with a newline as it does "exec" input).
     */
    static boolean atEndOfInput(Token t, SourceText source) {
        return (t.kind == TokenKind.ENDMARKER || t.kind == TokenKind.DEDENT || t.kind == TokenKind.NEWLINE)
            && t.start >= source.src().length();
    }

    static PySyntaxError endOfInputError(SourceText source, String kind, String msg, boolean incomplete) {
        String src = source.src();
        int line = src.isEmpty() ? 1 : source.lineOf(src.length() - 1);
        String text = source.lineText(line);
        int offset = text == null ? 0 : text.codePointCount(0, text.length());
        return new PySyntaxError(kind, msg, source.filename(), line, offset, text, line, -1, incomplete);
    }

    protected final void warn(String category, String msg, Token t) {
        warnings.warn(category, msg, t.lineno, source.byteColToOffset(t.lineno, t.col));
    }
}
