package org.sanca.parser;

import org.sanca.ast.Mod;
import org.sanca.parser.tokenizer.SourceText;
import org.sanca.parser.tokenizer.Token;
import org.sanca.parser.tokenizer.TokenKind;
import org.sanca.parser.tokenizer.Tokenizer;

/**
 * Entry point of the parser, after CPython's Parser/peg_api.c and _PyPegen_run_parser: a first
 * pass with the plain grammar; on failure a second pass with the invalid_* rules for a specific
 * message; failing that, a generic "invalid syntax" at the furthest token of the first pass.
 */
public final class Parser {
    private Parser() {
    }

    public static Mod parse(String source, String filename, Mode mode) {
        return parse(source, filename, mode, WarningSink.IGNORE);
    }

    public static Mod parse(byte[] source, String filename, Mode mode) {
        return parse(source, filename, mode, WarningSink.IGNORE);
    }

    public static Mod parse(byte[] source, String filename, Mode mode, WarningSink warnings) {
        return parse(SourceDecoder.decode(source, filename), filename, mode, warnings);
    }

    public static Mod parse(String source, String filename, Mode mode, WarningSink warnings) {
        SourceText text = new SourceText(normalizeNewlines(source), filename);
        StatementParser first = new StatementParser(text, warnings);
        Mod result = run(first, mode);
        if (result != null) {
            return result;
        }
        Token furthest = first.furthest();
        StatementParser second = new StatementParser(text, WarningSink.IGNORE);
        second.callInvalidRules = true;
        try {
            run(second, mode);
        } catch (PySyntaxError e) {
            if (second.tokenizerFailed) {
                throw e;
            }
            throw checkRestOfSource(text, second.tokenizer, e);
        }
        throw genericError(text, first, furthest);
    }

    /**
     * After a parser error, the rest of the source is still tokenized (as CPython's
     * _PyPegen_tokenize_full_source_to_check_for_errors does): a tokenizer error there wins, and so
     * does a bracket left open on a line before the error.
     */
    private static PySyntaxError checkRestOfSource(SourceText text, Tokenizer tokenizer, PySyntaxError e) {
        while (!tokenizer.done()) {
            Token n = tokenizer.next();
            if (n.kind == TokenKind.ENDMARKER && tokenizer.level() > 0) {
                int parenLine = text.lineOf(tokenizer.openParenPos());
                if (e.lineno() > parenLine) {
                    return unclosed(text, tokenizer, false);
                }
                break;
            }
        }
        return e;
    }

    private static Mod run(StatementParser parser, Mode mode) {
        try {
            return switch (mode) {
                case EXEC -> parser.file();
                case EVAL -> parser.eval();
                case SINGLE -> parser.interactive();
                case FUNC_TYPE -> parser.funcType();
            };
        } catch (ExpressionParser.CutFailure e) {
            return null;
        }
    }

    private static PySyntaxError genericError(SourceText text, StatementParser parser, Token t) {
        Tokenizer tokenizer = parser.tokenizer;
        if (t.kind == TokenKind.ENDMARKER && tokenizer.level() > 0) {
            return unclosed(text, tokenizer, true);
        }
        if (t.kind == TokenKind.INDENT) {
            return new PySyntaxError("IndentationError", "unexpected indent", text.filename(), t.lineno,
                t.text.length(), text.lineText(t.lineno), t.lineno, -1, false);
        }
        if (t.kind == TokenKind.DEDENT) {
            return text.errorAtBytes("IndentationError", "unexpected unindent", t.lineno, t.col, t.endLineno,
                t.endCol, false);
        }
        return checkRestOfSource(text, tokenizer, parser.tokenRange("SyntaxError", "invalid syntax", t, t, false));
    }

    private static PySyntaxError unclosed(SourceText text, Tokenizer tokenizer, boolean incomplete) {
        int at = tokenizer.openParenPos();
        int line = text.lineOf(at);
        return new PySyntaxError("SyntaxError", "'" + tokenizer.openParen() + "' was never closed",
            text.filename(), line, text.charCol(at) + 1, text.lineText(line), line, 0, incomplete);
    }

    /** CPython reads source in universal-newlines mode: "\r\n" and "\r" become "\n". */
    private static String normalizeNewlines(String s) {
        if (s.indexOf('\r') < 0) {
            return s;
        }
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }
}
