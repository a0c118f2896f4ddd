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
        for (byte b : source) {
            if (b == 0) {
                throw new PySyntaxError("SyntaxError", "source code cannot contain null bytes", filename, 0, -1, null,
                    0, -1, false);
            }
        }
        return parseText(SourceDecoder.decode(source, filename), filename, mode, warnings);
    }

    public static Mod parse(String source, String filename, Mode mode, WarningSink warnings) {
        if (source.indexOf('\0') >= 0) {
            throw new PySyntaxError("SyntaxError", "source code string cannot contain null bytes", filename, 0, -1,
                null, 0, -1, false);
        }
        return parseText(source, filename, mode, warnings);
    }

    private static Mod parseText(String source, String filename, Mode mode, WarningSink warnings) {
        try {
            return parseNormalized(source, filename, mode, warnings);
        } catch (StackOverflowError e) {
            // CPython stops at a fixed rule depth with this MemoryError; here the thread's stack decides.
            throw new PySyntaxError("MemoryError", "Parser stack overflowed - Python source too complex to parse",
                filename, 0, -1, null, 0, -1, false);
        }
    }

    private static Mod parseNormalized(String source, String filename, Mode mode, WarningSink warnings) {
        String src = normalizeNewlines(source);
        if (mode == Mode.EXEC && !src.isEmpty() && !src.endsWith("\n")) {
            // As CPython's tokenizer for exec input: a last line without newline gets one, which
            // error texts and the positions of errors at the end of the source then show.
            src += "\n";
        }
        SourceText text = new SourceText(src, filename);
        StatementParser first = new StatementParser(text, warnings);
        Mod result = run(first, mode);
        if (result != null) {
            return result;
        }
        Token furthest = first.furthest();
        // As CPython's PyPARSE_ALLOW_INCOMPLETE_INPUT: a first pass that failed after reading to the
        // end of the source may only lack more lines.
        boolean endOfSource = first.tokenizer.reachedEnd();
        StatementParser second = new StatementParser(text, WarningSink.IGNORE);
        second.callInvalidRules = true;
        PySyntaxError error;
        try {
            run(second, mode);
            error = genericError(text, first, furthest, second);
        } catch (PySyntaxError e) {
            error = second.tokenizerFailed ? e : checkRestOfSource(text, second.tokenizer,
                e.raisedReading(lineRead(first, second)), errorLine(text, second));
        }
        throw endOfSource ? error.asIncomplete() : error;
    }

    /**
     * The line CPython's tokenizer is reading after both passes: it reads on for the second pass
     * where the first stopped, while here each pass has a tokenizer of its own.
     */
    private static int lineRead(StatementParser first, StatementParser second) {
        return Math.max(first.tokenizer.lineRead(), second.tokenizer.lineRead());
    }

    /**
     * The line CPython compares with an unclosed bracket's: that of the furthest token read, where
     * the end of input counts as the line after the last.
     */
    private static int errorLine(SourceText text, StatementParser parser) {
        Token t = parser.furthest();
        if (t.kind == TokenKind.ENDMARKER && parser.tokenizer.level() > 0) {
            String src = text.src();
            int newlines = 0;
            for (int i = 0; i < src.length(); i++) {
                if (src.charAt(i) == '\n') {
                    newlines++;
                }
            }
            return newlines + (src.endsWith("\n") ? 1 : 2);
        }
        return t.lineno;
    }

    /**
     * Tokenizer errors that CPython signals through the tokenizer's state rather than by raising:
     * met while checking the rest of the source, they do not replace the parser's error.
     */
    private static boolean raisedByState(PySyntaxError e) {
        String m = e.msg();
        return m.equals("unexpected character after line continuation character")
            || m.equals("unindent does not match any outer indentation level")
            || m.equals("inconsistent use of tabs and spaces in indentation")
            || m.equals("too many levels of indentation");
    }

    /**
     * After a parser error, the rest of the source is still tokenized (as CPython's
     * _PyPegen_tokenize_full_source_to_check_for_errors does): a tokenizer error there wins, and so
     * does a bracket left open on a line before the error.
     */
    private static PySyntaxError checkRestOfSource(SourceText text, Tokenizer tokenizer, PySyntaxError e,
                                                   int errorLine) {
        while (!tokenizer.done()) {
            Token n;
            try {
                n = tokenizer.next();
            } catch (PySyntaxError tokError) {
                if (raisedByState(tokError) || tokenizer.inFString()) {
                    return e;
                }
                return tokError;
            }
            if (n.kind == TokenKind.ENDMARKER && tokenizer.level() > 0) {
                int parenLine = text.lineOf(tokenizer.openParenPos());
                if (errorLine > parenLine) {
                    return unclosed(text, tokenizer, false).raisedReading(tokenizer.lineRead());
                }
                break;
            }
        }
        return e;
    }

    private static Mod run(StatementParser parser, Mode mode) {
        if (mode == Mode.SINGLE) {
            parser.tokenizer.readAsSingleInput();
        }
        try {
            return switch (mode) {
                case EXEC -> parser.file();
                case EVAL -> parser.eval();
                case SINGLE -> parser.interactive();
                case FUNC_TYPE -> parser.funcType();
            };
        } catch (ExpressionParser.CutFailure | ParserBase.EndInsideBrackets e) {
            return null;
        }
    }

    private static PySyntaxError genericError(SourceText text, StatementParser parser, Token t,
                                              StatementParser second) {
        Tokenizer tokenizer = parser.tokenizer;
        if (t.kind == TokenKind.ENDMARKER && tokenizer.level() > 0) {
            return unclosed(text, tokenizer, true).raisedReading(tokenizer.lineRead());
        }
        if (t.kind == TokenKind.INDENT) {
            return new PySyntaxError("IndentationError", "unexpected indent", text.filename(), t.lineno,
                t.text.length(), text.lineText(t.lineno), t.lineno, -1, false);
        }
        if (t.kind == TokenKind.DEDENT) {
            return text.errorAtBytes("IndentationError", "unexpected unindent", t.lineno, t.col, t.endLineno,
                t.endCol, false);
        }
        PySyntaxError generic;
        if (t.kind == TokenKind.ENDMARKER || ParserBase.atEndOfInput(t, text)) {
            // A token past the end has no column in CPython: the error points before the last line.
            // Empty input has no line at all: CPython's tokenizer has read none when it ends (line 0).
            PySyntaxError eof = ParserBase.endOfInputError(text, "SyntaxError", "invalid syntax", false);
            int line = text.src().isEmpty() ? 0 : eof.lineno();
            generic = new PySyntaxError("SyntaxError", "invalid syntax", text.filename(), line, 0, eof.text(), line, 0,
                false);
        } else {
            generic = parser.tokenRange("SyntaxError", "invalid syntax", t, t, false);
        }
        return checkRestOfSource(text, second.tokenizer, generic.raisedReading(lineRead(parser, second)),
            Math.max(t.lineno, errorLine(text, second)));
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
