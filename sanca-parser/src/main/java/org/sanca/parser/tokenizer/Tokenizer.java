package org.sanca.parser.tokenizer;

import java.text.Normalizer;
import org.sanca.parser.PySyntaxError;

/**
 * Python's tokenizer, after CPython's Parser/tokenizer.c: produces tokens one at a time on demand
 * (so a syntax error before a bad token wins, as in CPython), with INDENT/DEDENT, implicit line
 * joining inside brackets, and PEP 701 f-string tokens (FSTRING_START, FSTRING_MIDDLE,
 * FSTRING_END with ordinary tokens for the replacement fields).
 */
public final class Tokenizer {
    private static final int MAXINDENT = 100;
    private static final int MAXLEVEL = 200;
    private static final int TABSIZE = 8;
    /** Keywords that may follow a number directly in valid code ("1if x else y"), with a warning. */
    private static final String[] KEYWORDS_AFTER_NUMBER = {"and", "else", "for", "if", "in", "is", "not", "or"};

    private final SourceText source;
    private final String src;
    private final int n;
    private int pos;
    private int lineno = 1;
    private int lineStart;
    private int colCacheIdx;
    private int colCacheBytes;
    private boolean atBol = true;
    private boolean lineHasTokens;
    private final int[] indents = new int[MAXINDENT + 1];
    private final int[] altIndents = new int[MAXINDENT + 1];
    private int indentTop;
    private int pendingDedents;
    private boolean pendingIndent;
    private final char[] parens = new char[MAXLEVEL];
    private final int[] parenPos = new int[MAXLEVEL];
    private int level;
    private final FStringMode[] fstrings = new FStringMode[MAXLEVEL];
    private int fdepth;
    private boolean done;
    private boolean reachedEnd;
    private int lastKind = -1;
    private boolean singleInput;
    /** Whether the last token is a NEWLINE made for the end of input. */
    private boolean newlineAtEnd;

    private final org.sanca.parser.WarningSink warnings;

    public Tokenizer(SourceText source) {
        this(source, org.sanca.parser.WarningSink.IGNORE);
    }

    public Tokenizer(SourceText source, org.sanca.parser.WarningSink warnings) {
        this.source = source;
        this.warnings = warnings;
        this.src = source.src();
        this.n = src.length();
    }

    public SourceText source() {
        return source;
    }

    /** Depth of open brackets at the current position. */
    public int level() {
        return level;
    }

    /** The innermost unclosed bracket, as char index, or -1. */
    public int openParenPos() {
        return level > 0 ? parenPos[level - 1] : -1;
    }

    public char openParen() {
        return level > 0 ? parens[level - 1] : 0;
    }

    private int byteCol(int idx) {
        if (idx < colCacheIdx || colCacheIdx < lineStart) {
            colCacheIdx = lineStart;
            colCacheBytes = 0;
        }
        int b = colCacheBytes;
        for (int i = colCacheIdx; i < idx; i++) {
            char c = src.charAt(i);
            if (c < 0x80) {
                b++;
            } else if (c < 0x800) {
                b += 2;
            } else if (Character.isHighSurrogate(c)) {
                b += 4;
                i++;
            } else {
                b += 3;
            }
        }
        colCacheIdx = idx;
        colCacheBytes = b;
        return b;
    }

    private void newLine(int nextLineStart) {
        lineno++;
        lineStart = nextLineStart;
        colCacheIdx = nextLineStart;
        colCacheBytes = 0;
    }

    /** A tokenizer error pointing at char index {@code idx} (an empty range there). */
    private PySyntaxError error(String msg, int idx) {
        return at("SyntaxError", msg, idx, 1, 1, false);
    }

    private PySyntaxError incomplete(String msg, int idx) {
        return at("SyntaxError", msg, idx, 1, 1, true);
    }

    /** An error at char index {@code idx} with offsets {@code idx + startAdd} and {@code idx + endAdd}. */
    private PySyntaxError at(String kind, String msg, int idx, int startAdd, int endAdd, boolean incomplete) {
        int line = source.lineOf(idx);
        int col = source.charCol(idx);
        return source.tokenizerError(kind, msg, line, col + startAdd, col + endAdd, incomplete);
    }

    /**
     * An error that CPython's tokenizer only signals through its state (E_TABSPACE, E_TOODEEP,
     * E_DEDENT, E_LINECONT) and its parser then raises: with explicit 1-based offsets, on the line
     * holding {@code idx} as read, its newline kept.
     */
    private PySyntaxError atOffsets(String kind, String msg, int idx, int offset, int endOffset) {
        int line = source.lineOf(idx);
        return new PySyntaxError(kind, msg, source.filename(), line, offset, source.lineText(line), line, endOffset,
            false);
    }

    /** The line CPython reports as "detected at": the last line read, not counting a final newline. */
    private int detectedLine() {
        if (pos >= n && n > 0 && src.charAt(n - 1) == '\n') {
            return lineno - 1;
        }
        return lineno;
    }

    private Token make(int kind, int start, int startLine, int startCol, String text) {
        lastKind = kind;
        return new Token(kind, text, startLine, startCol, lineno, byteCol(pos), start, pos, level);
    }

    private Token simple(int kind, int start, String text) {
        return make(kind, start, lineno, byteCol(start), text);
    }

    /** The next token; ENDMARKER forever once the source is exhausted. */
    public Token next() {
        if (pendingDedents > 0) {
            pendingDedents--;
            return simple(TokenKind.DEDENT, pos, "");
        }
        if (pendingIndent) {
            pendingIndent = false;
            return simple(TokenKind.INDENT, lineStart, src.substring(lineStart, pos));
        }
        if (fdepth > 0 && fstrings[fdepth - 1].inLiteral()) {
            return fstringLiteral(fstrings[fdepth - 1]);
        }
        if (atBol && level == 0) {
            Token t = indentation();
            if (t != null) {
                return t;
            }
        }
        return nextToken();
    }

    /** Measures the indentation of a new logical line; returns INDENT/DEDENT/ENDMARKER or null. */
    private Token indentation() {
        while (true) {
            int col = 0;
            int altcol = 0;
            int contCol = -1;
            int contAltcol = -1;
            int p = pos;
            while (p < n) {
                char c = src.charAt(p);
                if (c == ' ') {
                    col++;
                    altcol++;
                } else if (c == '\t') {
                    col = (col / TABSIZE + 1) * TABSIZE;
                    altcol++;
                } else if (c == '\014') {
                    col = 0;
                    altcol = 0;
                } else if (c == '\\' && p + 1 < n && src.charAt(p + 1) == '\n') {
                    // The first backslash decides the indentation of a line continued from blanks.
                    if (contCol < 0) {
                        contCol = col;
                        contAltcol = altcol;
                    }
                    p += 2;
                    newLine(p);
                    if (p >= n) {
                        throw eofAfterContinuation(p - 2);
                    }
                    continue;
                } else {
                    break;
                }
                p++;
            }
            if (contCol >= 0) {
                col = contCol;
                altcol = contAltcol;
            }
            pos = p;
            char c = p < n ? src.charAt(p) : '\0';
            if (c == '#' || c == '\n' || c == '\r') {
                if (c == '#') {
                    while (pos < n && src.charAt(pos) != '\n') {
                        pos++;
                    }
                }
                if (pos < n && src.charAt(pos) == '\r') {
                    pos++;
                }
                if (pos < n && src.charAt(pos) == '\n') {
                    pos++;
                    newLine(pos);
                    continue;
                }
                if (pos >= n) {
                    return endOfInput();
                }
                continue;
            }
            if (p >= n && col == 0) {
                return endOfInput();
            }
            // Blanks ending "eval" or "single" input (which gets no final newline) make a line of
            // their own, indenting as any other.
            atBol = false;
            lineHasTokens = p >= n;
            return compareIndent(col, altcol, p);
        }
    }

    private Token compareIndent(int col, int altcol, int p) {
        if (col == indents[indentTop]) {
            if (altcol != altIndents[indentTop]) {
                throw tabError(p);
            }
            return null;
        }
        if (col > indents[indentTop]) {
            if (indentTop + 1 >= MAXINDENT) {
                throw atOffsets("IndentationError", "too many levels of indentation", p, 1, 0);
            }
            if (altcol <= altIndents[indentTop]) {
                throw tabError(p);
            }
            indentTop++;
            indents[indentTop] = col;
            altIndents[indentTop] = altcol;
            return simple(TokenKind.INDENT, lineStart, src.substring(lineStart, p));
        }
        int dedents = 0;
        while (indentTop > 0 && col < indents[indentTop]) {
            indentTop--;
            dedents++;
        }
        if (col != indents[indentTop]) {
            String line = source.lineText(lineno);
            throw atOffsets("IndentationError", "unindent does not match any outer indentation level", p,
                line.codePointCount(0, line.length()), -1);
        }
        if (altcol != altIndents[indentTop]) {
            throw tabError(p);
        }
        pendingDedents = dedents - 1;
        return simple(TokenKind.DEDENT, p, "");
    }

    private PySyntaxError tabError(int p) {
        return atOffsets("TabError", "inconsistent use of tabs and spaces in indentation", p, 1, 0);
    }

    private Token endOfInput() {
        if (lineHasTokens) {
            lineHasTokens = false;
            atBol = true;
            return newlineAtEnd();
        }
        reachedEnd = true;
        if (indentTop > 0) {
            indentTop--;
            newlineAtEnd = false;
            return simple(TokenKind.DEDENT, pos, "");
        }
        if (singleInput && !newlineAtEnd && lastKind >= 0) {
            return newlineAtEnd();
        }
        done = true;
        return simple(TokenKind.ENDMARKER, pos, "");
    }

    /** A NEWLINE past the last character, for a last line without one or the end of "single" input. */
    private Token newlineAtEnd() {
        int col = byteCol(pos);
        lastKind = TokenKind.NEWLINE;
        newlineAtEnd = true;
        return new Token(TokenKind.NEWLINE, "", lineno, col, lineno, col + 1, pos, pos, 0);
    }

    /**
     * Reads the source as "single" input: as CPython's parser does for it, the end of input then
     * reads as a NEWLINE before the ENDMARKER, unless a NEWLINE made for the end came just before
     * (so a one-line compound statement with no final newline lacks the NEWLINE ending it).
     */
    public void readAsSingleInput() {
        singleInput = true;
    }

    /** The line of the last character read (1 before any). */
    public int lineRead() {
        return pos == 0 ? 1 : source.lineOf(Math.min(pos, n) - 1);
    }

    /** Whether a token past the last line (a final DEDENT or ENDMARKER) has been produced. */
    public boolean reachedEnd() {
        return reachedEnd;
    }

    private Token nextToken() {
        while (true) {
            if (pos >= n) {
                if (level > 0) {
                    lastKind = TokenKind.ENDMARKER;
                    reachedEnd = true;
                    return simple(TokenKind.ENDMARKER, pos, "");
                }
                return endOfInput();
            }
            char c = src.charAt(pos);
            switch (c) {
                case ' ', '\t', '\014' -> {
                    pos++;
                    continue;
                }
                case '#' -> {
                    while (pos < n && src.charAt(pos) != '\n' && src.charAt(pos) != '\r') {
                        pos++;
                    }
                    continue;
                }
                case '\\' -> {
                    continuation();
                    continue;
                }
                case '\r', '\n' -> {
                    Token t = newlineChar(c);
                    if (t != null) {
                        return t;
                    }
                    if (atBol && level == 0) {
                        Token ind = indentation();
                        if (ind != null) {
                            return ind;
                        }
                    }
                    continue;
                }
                default -> {
                    lineHasTokens = true;
                    return token(c);
                }
            }
        }
    }

    private void continuation() {
        int start = pos;
        pos++;
        if (pos < n && src.charAt(pos) == '\r') {
            pos++;
        }
        if (pos >= n || src.charAt(pos) != '\n') {
            // The end of input ("eval" and "single" input only: "exec" input gets a final newline)
            // is not read as a character, so the offset stays at the backslash.
            throw atOffsets("SyntaxError", "unexpected character after line continuation character", start,
                source.charCol(start) + (pos >= n ? 1 : 2), 0);
        }
        pos++;
        newLine(pos);
        if (pos >= n && level == 0) {
            throw eofAfterContinuation(pos - 1);
        }
    }

    /** A backslash and newline end the input: CPython reports it past the end of the line. */
    private PySyntaxError eofAfterContinuation(int idx) {
        int line = source.lineOf(idx);
        String text = source.lineText(line);
        return new PySyntaxError("SyntaxError", "unexpected EOF while parsing", source.filename(), line,
            text.codePointCount(0, text.length()), text, line, -1, true);
    }

    /** Handles a newline outside tokens: NEWLINE, or nothing inside brackets / on blank lines. */
    private Token newlineChar(char c) {
        int start = pos;
        int startCol = byteCol(pos);
        int startLine = lineno;
        pos++;
        if (c == '\r' && pos < n && src.charAt(pos) == '\n') {
            pos++;
        }
        if (level > 0) {
            newLine(pos);
            return null;
        }
        boolean emit = lineHasTokens;
        Token t = emit ? new Token(TokenKind.NEWLINE, "\n", startLine, startCol, startLine, startCol + 1, start, pos, 0)
            : null;
        if (t != null) {
            lastKind = TokenKind.NEWLINE;
        }
        lineHasTokens = false;
        newLine(pos);
        atBol = true;
        return t;
    }

    private Token token(char c) {
        if (isIdentStart(c)) {
            return nameOrString();
        }
        if (c >= '0' && c <= '9') {
            return number();
        }
        if (c == '.' && pos + 1 < n && isDigit(src.charAt(pos + 1))) {
            return number();
        }
        if (c == '"' || c == '\'') {
            return string(pos, 0, false, false, false);
        }
        return operator(c);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isIdentStart(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || c >= 0x80;
    }

    private static boolean isIdentChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' || (c >= '0' && c <= '9') || c >= 0x80;
    }

    private Token nameOrString() {
        int start = pos;
        boolean ascii = true;
        while (pos < n && isIdentChar(src.charAt(pos))) {
            if (src.charAt(pos) >= 0x80) {
                ascii = false;
            }
            pos++;
        }
        int len = pos - start;
        if (len <= 2 && pos < n && (src.charAt(pos) == '"' || src.charAt(pos) == '\'')) {
            boolean r = false;
            boolean b = false;
            boolean u = false;
            boolean f = false;
            boolean ok = true;
            for (int i = start; i < pos; i++) {
                switch (src.charAt(i)) {
                    case 'r', 'R' -> ok &= !r && (r = true);
                    case 'b', 'B' -> ok &= !b && !u && !f && (b = true);
                    case 'u', 'U' -> ok &= len == 1 && (u = true);
                    case 'f', 'F' -> ok &= !f && !b && !u && (f = true);
                    default -> ok = false;
                }
            }
            if (ok) {
                return string(start, len, r, b, f);
            }
        }
        String text = src.substring(start, pos);
        if (!ascii) {
            text = checkIdentifier(start, text);
        }
        int kind = TokenKind.keywordOrName(text);
        return simple(kind, start, text);
    }

    private String checkIdentifier(int start, String text) {
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            boolean ok = i == 0 ? (Character.isUnicodeIdentifierStart(cp) || cp == '_')
                : Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp);
            if (!ok) {
                throw invalidCharacter(start + i, cp);
            }
            i += Character.charCount(cp);
        }
        return Normalizer.normalize(text, Normalizer.Form.NFKC);
    }

    private PySyntaxError invalidCharacter(int idx, int cp) {
        String msg;
        if (Character.isISOControl(cp) || !isPrintable(cp)) {
            msg = String.format("invalid non-printable character U+%04X", cp);
        } else {
            msg = String.format("invalid character '%s' (U+%04X)", new String(Character.toChars(cp)), cp);
        }
        return error(msg, idx);
    }

    private static boolean isPrintable(int cp) {
        int t = Character.getType(cp);
        return !(t == Character.CONTROL || t == Character.FORMAT || t == Character.SURROGATE
            || t == Character.PRIVATE_USE || t == Character.UNASSIGNED || t == Character.LINE_SEPARATOR
            || t == Character.PARAGRAPH_SEPARATOR || (t == Character.SPACE_SEPARATOR && cp != ' '));
    }

    private Token number() {
        int start = pos;
        char c = src.charAt(pos);
        if (c == '0' && pos + 1 < n) {
            char x = src.charAt(pos + 1);
            if (x == 'x' || x == 'X') {
                return radixNumber(start, 16, "hexadecimal");
            }
            if (x == 'o' || x == 'O') {
                return radixNumber(start, 8, "octal");
            }
            if (x == 'b' || x == 'B') {
                return radixNumber(start, 2, "binary");
            }
        }
        boolean isFloat = false;
        if (c != '.') {
            decimalDigits(start);
        }
        boolean leadingZero = c == '0' && nonZeroAfterZeros(start, pos);
        if (pos < n && src.charAt(pos) == '.') {
            isFloat = true;
            pos++;
            if (pos < n && isDigit(src.charAt(pos))) {
                decimalDigits(start);
            }
        }
        if (pos < n && (src.charAt(pos) == 'e' || src.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < n && (src.charAt(pos) == '+' || src.charAt(pos) == '-')) {
                pos++;
                if (pos >= n || !isDigit(src.charAt(pos))) {
                    throw at("SyntaxError", "invalid decimal literal", pos - 1, 1, 1, false);
                }
            } else if (pos >= n || !isDigit(src.charAt(pos))) {
                pos = save;
                verifyEnd(start, "decimal");
                return simple(TokenKind.NUMBER, start, src.substring(start, pos));
            }
            decimalDigits(start);
            isFloat = true;
        }
        if (pos < n && (src.charAt(pos) == 'j' || src.charAt(pos) == 'J')) {
            pos++;
            isFloat = true;
        }
        if (leadingZero && !isFloat) {
            int zerosEnd = start;
            while (zerosEnd < pos && (src.charAt(zerosEnd) == '0' || src.charAt(zerosEnd) == '_')) {
                zerosEnd++;
            }
            throw at("SyntaxError", "leading zeros in decimal integer literals are not permitted; "
                + "use an 0o prefix for octal integers", start, 1, zerosEnd - start + 1, false);
        }
        verifyEnd(start, "decimal");
        return simple(TokenKind.NUMBER, start, src.substring(start, pos));
    }

    private boolean nonZeroAfterZeros(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = src.charAt(i);
            if (c != '0' && c != '_') {
                return true;
            }
        }
        return false;
    }

    /** Digits with single underscores between them, as tok_decimal_tail reads them. */
    private void decimalDigits(int start) {
        while (true) {
            while (pos < n && isDigit(src.charAt(pos))) {
                pos++;
            }
            if (pos < n && src.charAt(pos) == '_') {
                pos++;
                if (pos >= n || !isDigit(src.charAt(pos))) {
                    throw error("invalid decimal literal", pos - 1);
                }
            } else {
                return;
            }
        }
    }

    private Token radixNumber(int start, int radix, String name) {
        pos += 2;
        boolean any = false;
        while (true) {
            if (pos < n && src.charAt(pos) == '_') {
                pos++;
            }
            int d = pos < n ? Character.digit(src.charAt(pos), 16) : -1;
            if (pos >= n || d < 0 || src.charAt(pos) >= 0x80) {
                if (!any || src.charAt(pos - 1) == '_') {
                    if (radix != 16 && pos < n && isDigit(src.charAt(pos))) {
                        throw error("invalid digit '" + src.charAt(pos) + "' in " + name + " literal", pos);
                    }
                    throw error("invalid " + name + " literal", pos - 1);
                }
                break;
            }
            if (d >= radix) {
                if (radix != 16 && isDigit(src.charAt(pos))) {
                    throw error("invalid digit '" + src.charAt(pos) + "' in " + name + " literal", pos);
                }
                break;
            }
            any = true;
            pos++;
        }
        verifyEnd(start, name);
        return simple(TokenKind.NUMBER, start, src.substring(start, pos));
    }

    /** A number may not run into an identifier ("1abc"), except for the keywords CPython allows. */
    private void verifyEnd(int start, String name) {
        if (pos >= n) {
            return;
        }
        char c = src.charAt(pos);
        if (c >= 0x80 || (!isIdentStart(c) && !isDigit(c))) {
            return;
        }
        char last = src.charAt(pos - 1);
        if (name.equals("decimal") && (last == 'j' || last == 'J')) {
            name = "imaginary";
        }
        for (String kw : KEYWORDS_AFTER_NUMBER) {
            if (src.startsWith(kw, pos)) {
                warnings.warn("SyntaxWarning", "invalid " + name + " literal", lineno, source.charCol(pos) + 1);
                return;
            }
        }
        throw error("invalid " + name + " literal", pos - 1);
    }

    /** A string literal starting at {@code start} with a prefix of {@code plen} chars. */
    private Token string(int start, int plen, boolean raw, boolean bytes, boolean fstring) {
        int startLine = lineno;
        int startCol = byteCol(start);
        int q = start + plen;
        char quote = src.charAt(q);
        boolean triple = q + 2 < n && src.charAt(q + 1) == quote && src.charAt(q + 2) == quote;
        pos = q + (triple ? 3 : 1);
        if (fstring) {
            if (fdepth >= MAXLEVEL) {
                throw error("too many nested f-strings", start);
            }
            fstrings[fdepth++] = new FStringMode(start, plen, quote, triple, raw, level);
            return make(TokenKind.FSTRING_START, start, startLine, startCol, src.substring(start, pos));
        }
        while (true) {
            if (pos >= n) {
                throw unterminated(triple, start);
            }
            char c = src.charAt(pos);
            if (c == quote) {
                if (!triple) {
                    pos++;
                    break;
                }
                if (pos + 2 < n && src.charAt(pos + 1) == quote && src.charAt(pos + 2) == quote) {
                    pos += 3;
                    break;
                }
                pos++;
            } else if (c == '\\') {
                pos++;
                if (pos < n) {
                    char e = src.charAt(pos);
                    pos++;
                    if (e == '\r' && pos < n && src.charAt(pos) == '\n') {
                        pos++;
                    }
                    if (e == '\n' || e == '\r') {
                        newLine(pos);
                    }
                }
            } else if (c == '\n' || c == '\r') {
                if (!triple) {
                    throw unterminated(false, start);
                }
                pos++;
                if (c == '\r' && pos < n && src.charAt(pos) == '\n') {
                    pos++;
                }
                newLine(pos);
            } else {
                pos++;
            }
        }
        return make(TokenKind.STRING, start, startLine, startCol, src.substring(start, pos));
    }

    private PySyntaxError unterminated(boolean triple, int start) {
        if (!triple && fdepth > 0) {
            FStringMode m = fstrings[fdepth - 1];
            if (m.quote == src.charAt(start + prefixLength(start)) && !m.triple) {
                return error("f-string: expecting '}'", start);
            }
        }
        String what = (triple ? "unterminated triple-quoted string literal" : "unterminated string literal")
            + " (detected at line " + detectedLine() + ")";
        return triple ? incomplete(what, start) : error(what, start);
    }

    private int prefixLength(int start) {
        int i = start;
        while (src.charAt(i) != '\'' && src.charAt(i) != '"') {
            i++;
        }
        return i - start;
    }

    /** Reads the literal part of an f-string up to a replacement field or its end. */
    private Token fstringLiteral(FStringMode m) {
        int start = pos;
        int startLine = lineno;
        int startCol = byteCol(pos);
        boolean inSpec = m.fieldCount > 0;
        while (true) {
            if (pos >= n) {
                if (pos > start) {
                    return make(TokenKind.FSTRING_MIDDLE, start, startLine, startCol, src.substring(start, pos));
                }
                throw unterminatedFString(m);
            }
            char c = src.charAt(pos);
            if (c == m.quote && (!m.triple || (pos + 2 < n && src.charAt(pos + 1) == c && src.charAt(pos + 2) == c))) {
                if (pos > start) {
                    return make(TokenKind.FSTRING_MIDDLE, start, startLine, startCol, src.substring(start, pos));
                }
                pos += m.triple ? 3 : 1;
                fdepth--;
                level -= m.fieldCount;
                return make(TokenKind.FSTRING_END, start, startLine, startCol, src.substring(start, pos));
            }
            if (c == '{') {
                if (!inSpec && pos + 1 < n && src.charAt(pos + 1) == '{') {
                    pos += 2;
                    continue;
                }
                if (pos > start) {
                    return make(TokenKind.FSTRING_MIDDLE, start, startLine, startCol, src.substring(start, pos));
                }
                pos++;
                pushParen('{', start);
                m.openField(level);
                return make(TokenKind.LBRACE, start, startLine, startCol, "{");
            }
            if (c == '}') {
                if (!inSpec && pos + 1 < n && src.charAt(pos + 1) == '}') {
                    pos += 2;
                    continue;
                }
                if (pos > start) {
                    return make(TokenKind.FSTRING_MIDDLE, start, startLine, startCol, src.substring(start, pos));
                }
                if (!inSpec) {
                    throw error("f-string: single '}' is not allowed", pos);
                }
                pos++;
                level--;
                m.closeField();
                return make(TokenKind.RBRACE, start, startLine, startCol, "}");
            }
            if (c == '\n' || c == '\r') {
                if (!m.triple) {
                    throw unterminatedFString(m);
                }
                pos++;
                if (c == '\r' && pos < n && src.charAt(pos) == '\n') {
                    pos++;
                }
                newLine(pos);
                continue;
            }
            if (c == '\\' && pos + 1 < n) {
                char e = src.charAt(pos + 1);
                if (!m.raw && e == 'N' && pos + 2 < n && src.charAt(pos + 2) == '{') {
                    // A named escape keeps its braces, up to the closing quote if '}' is missing.
                    int j = pos + 3;
                    while (j < n && src.charAt(j) != '}' && src.charAt(j) != m.quote && src.charAt(j) != '\n') {
                        j++;
                    }
                    pos = j < n && src.charAt(j) == '}' ? j + 1 : j;
                    continue;
                }
                if (e == '{' || e == '}') {
                    pos++;
                    continue;
                }
                pos += 2;
                if (e == '\n' || e == '\r') {
                    if (e == '\r' && pos < n && src.charAt(pos) == '\n') {
                        pos++;
                    }
                    newLine(pos);
                }
                continue;
            }
            pos++;
        }
    }

    private PySyntaxError unterminatedFString(FStringMode m) {
        String what = (m.triple ? "unterminated triple-quoted f-string literal" : "unterminated f-string literal")
            + " (detected at line " + detectedLine() + ")";
        return m.triple ? incomplete(what, m.start) : error(what, m.start);
    }

    private void pushParen(char c, int at) {
        if (level >= MAXLEVEL) {
            throw error("too many nested parentheses", at);
        }
        parens[level] = c;
        parenPos[level] = at;
        level++;
    }

    private Token operator(char c) {
        int start = pos;
        char c1 = pos + 1 < n ? src.charAt(pos + 1) : '\0';
        char c2 = pos + 2 < n ? src.charAt(pos + 2) : '\0';
        int kind;
        int len = 1;
        FStringMode m = fdepth > 0 ? fstrings[fdepth - 1] : null;
        switch (c) {
            case '(' -> kind = TokenKind.LPAR;
            case '[' -> kind = TokenKind.LSQB;
            case '{' -> kind = TokenKind.LBRACE;
            case ')', ']', '}' -> {
                return closeBracket(c, m);
            }
            case ':' -> {
                if (m != null && m.fieldCount > 0 && m.fieldLevel() == level) {
                    pos++;
                    m.enterSpec();
                    return simple(TokenKind.COLON, start, ":");
                }
                kind = c1 == '=' ? TokenKind.COLONEQUAL : TokenKind.COLON;
                len = c1 == '=' ? 2 : 1;
            }
            case ',' -> kind = TokenKind.COMMA;
            case ';' -> kind = TokenKind.SEMI;
            case '+' -> {
                kind = c1 == '=' ? TokenKind.PLUSEQUAL : TokenKind.PLUS;
                len = c1 == '=' ? 2 : 1;
            }
            case '-' -> {
                if (c1 == '=') {
                    kind = TokenKind.MINEQUAL;
                    len = 2;
                } else if (c1 == '>') {
                    kind = TokenKind.RARROW;
                    len = 2;
                } else {
                    kind = TokenKind.MINUS;
                }
            }
            case '*' -> {
                if (c1 == '*') {
                    kind = c2 == '=' ? TokenKind.DOUBLESTAREQUAL : TokenKind.DOUBLESTAR;
                    len = c2 == '=' ? 3 : 2;
                } else {
                    kind = c1 == '=' ? TokenKind.STAREQUAL : TokenKind.STAR;
                    len = c1 == '=' ? 2 : 1;
                }
            }
            case '/' -> {
                if (c1 == '/') {
                    kind = c2 == '=' ? TokenKind.DOUBLESLASHEQUAL : TokenKind.DOUBLESLASH;
                    len = c2 == '=' ? 3 : 2;
                } else {
                    kind = c1 == '=' ? TokenKind.SLASHEQUAL : TokenKind.SLASH;
                    len = c1 == '=' ? 2 : 1;
                }
            }
            case '|' -> {
                kind = c1 == '=' ? TokenKind.VBAREQUAL : TokenKind.VBAR;
                len = c1 == '=' ? 2 : 1;
            }
            case '&' -> {
                kind = c1 == '=' ? TokenKind.AMPEREQUAL : TokenKind.AMPER;
                len = c1 == '=' ? 2 : 1;
            }
            case '^' -> {
                kind = c1 == '=' ? TokenKind.CIRCUMFLEXEQUAL : TokenKind.CIRCUMFLEX;
                len = c1 == '=' ? 2 : 1;
            }
            case '%' -> {
                kind = c1 == '=' ? TokenKind.PERCENTEQUAL : TokenKind.PERCENT;
                len = c1 == '=' ? 2 : 1;
            }
            case '@' -> {
                kind = c1 == '=' ? TokenKind.ATEQUAL : TokenKind.AT;
                len = c1 == '=' ? 2 : 1;
            }
            case '<' -> {
                if (c1 == '<') {
                    kind = c2 == '=' ? TokenKind.LEFTSHIFTEQUAL : TokenKind.LEFTSHIFT;
                    len = c2 == '=' ? 3 : 2;
                } else if (c1 == '=') {
                    kind = TokenKind.LESSEQUAL;
                    len = 2;
                } else if (c1 == '>') {
                    kind = TokenKind.NOTEQUAL;
                    len = 2;
                } else {
                    kind = TokenKind.LESS;
                }
            }
            case '>' -> {
                if (c1 == '>') {
                    kind = c2 == '=' ? TokenKind.RIGHTSHIFTEQUAL : TokenKind.RIGHTSHIFT;
                    len = c2 == '=' ? 3 : 2;
                } else if (c1 == '=') {
                    kind = TokenKind.GREATEREQUAL;
                    len = 2;
                } else {
                    kind = TokenKind.GREATER;
                }
            }
            case '=' -> {
                kind = c1 == '=' ? TokenKind.EQEQUAL : TokenKind.EQUAL;
                len = c1 == '=' ? 2 : 1;
            }
            case '!' -> {
                kind = c1 == '=' ? TokenKind.NOTEQUAL : TokenKind.EXCLAMATION;
                len = c1 == '=' ? 2 : 1;
            }
            case '~' -> kind = TokenKind.TILDE;
            case '.' -> {
                if (c1 == '.' && c2 == '.') {
                    kind = TokenKind.ELLIPSIS;
                    len = 3;
                } else {
                    kind = TokenKind.DOT;
                }
            }
            default -> {
                int cp = src.codePointAt(pos);
                if (cp >= 0x80 || Character.isISOControl(cp)) {
                    throw invalidCharacter(pos, cp);
                }
                kind = TokenKind.ERRORTOKEN;
            }
        }
        pos += len;
        if (kind == TokenKind.LPAR || kind == TokenKind.LSQB || kind == TokenKind.LBRACE) {
            pushParen(c, start);
        }
        return simple(kind, start, src.substring(start, pos));
    }

    private Token closeBracket(char c, FStringMode m) {
        int start = pos;
        if (level == 0) {
            throw error("unmatched '" + c + "'", start);
        }
        char open = parens[level - 1];
        char expected = open == '(' ? ')' : open == '[' ? ']' : '}';
        if (c != expected) {
            int openPos = parenPos[level - 1];
            int openLine = source.lineOf(openPos);
            String msg = openLine != lineno
                ? "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "' on line " + openLine
                : "closing parenthesis '" + c + "' does not match opening parenthesis '" + open + "'";
            if (m != null && m.fieldCount > 0 && m.fieldLevel() == level && c == ')' || c == ']') {
                if (m != null && m.fieldCount > 0 && m.fieldLevel() == level) {
                    throw error("f-string: unmatched '" + c + "'", start);
                }
            }
            throw error(msg, start);
        }
        pos++;
        level--;
        if (c == '}' && m != null && m.fieldCount > 0 && m.fieldLevel() == level + 1) {
            m.closeField();
        }
        return simple(c == ')' ? TokenKind.RPAR : c == ']' ? TokenKind.RSQB : TokenKind.RBRACE, start,
            String.valueOf(c));
    }

    /** Whether the tokenizer is inside an f-string. */
    public boolean inFString() {
        return fdepth > 0;
    }

    /** Whether the tokenizer has returned ENDMARKER at the true end of input. */
    public boolean done() {
        return done;
    }

    /** The state of one f-string being tokenized: its quotes and open replacement fields. */
    private static final class FStringMode {
        final int start;
        final int plen;
        final char quote;
        final boolean triple;
        final boolean raw;
        final int level;
        int[] fieldLevels = new int[4];
        boolean[] fieldInSpec = new boolean[4];
        int fieldCount;

        FStringMode(int start, int plen, char quote, boolean triple, boolean raw, int level) {
            this.start = start;
            this.plen = plen;
            this.quote = quote;
            this.triple = triple;
            this.raw = raw;
            this.level = level;
        }

        int prefixLength() {
            return plen;
        }

        boolean inLiteral() {
            return fieldCount == 0 || fieldInSpec[fieldCount - 1];
        }

        int fieldLevel() {
            return fieldLevels[fieldCount - 1];
        }

        void openField(int lvl) {
            if (fieldCount == fieldLevels.length) {
                fieldLevels = java.util.Arrays.copyOf(fieldLevels, fieldCount * 2);
                fieldInSpec = java.util.Arrays.copyOf(fieldInSpec, fieldCount * 2);
            }
            fieldLevels[fieldCount] = lvl;
            fieldInSpec[fieldCount] = false;
            fieldCount++;
        }

        void enterSpec() {
            fieldInSpec[fieldCount - 1] = true;
        }

        void closeField() {
            fieldCount--;
        }
    }
}
