package org.sanca.parser.tokenizer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanca.parser.PySyntaxError;

class TokenizerTest {

    private static List<Token> tokens(String src) {
        Tokenizer t = new Tokenizer(new SourceText(src, "<test>"));
        List<Token> out = new ArrayList<>();
        while (true) {
            Token tok = t.next();
            out.add(tok);
            if (tok.kind == TokenKind.ENDMARKER) {
                return out;
            }
        }
    }

    private static String kinds(String src) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens(src)) {
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(switch (t.kind) {
                case TokenKind.NAME -> "NAME";
                case TokenKind.NUMBER -> "NUMBER";
                case TokenKind.STRING -> "STRING";
                case TokenKind.NEWLINE -> "NEWLINE";
                case TokenKind.INDENT -> "INDENT";
                case TokenKind.DEDENT -> "DEDENT";
                case TokenKind.ENDMARKER -> "END";
                case TokenKind.FSTRING_START -> "FSTART";
                case TokenKind.FSTRING_MIDDLE -> "FMIDDLE";
                case TokenKind.FSTRING_END -> "FEND";
                default -> TokenKind.isKeyword(t.kind) ? TokenKind.keywordText(t.kind) : t.text;
            });
        }
        return sb.toString();
    }

    private static PySyntaxError error(String src) {
        return assertThrows(PySyntaxError.class, () -> tokens(src));
    }

    @Test
    void indentAndDedent() {
        assertEquals("if NAME : NEWLINE INDENT pass NEWLINE DEDENT NAME NEWLINE END",
            kinds("if x:\n    pass\ny\n"));
    }

    @Test
    void blankLinesAndCommentsMakeNoTokens() {
        assertEquals("NAME NEWLINE NAME NEWLINE END", kinds("a\n\n   # comment\n\nb  # trailing\n"));
    }

    @Test
    void implicitJoiningInsideBrackets() {
        assertEquals("NAME = ( NUMBER , NUMBER ) NEWLINE END", kinds("x = (1,\n        2)\n"));
    }

    @Test
    void backslashContinuation() {
        assertEquals("NAME = NUMBER + NUMBER NEWLINE END", kinds("x = 1 + \\\n  2\n"));
    }

    @Test
    void missingFinalNewlineIsSupplied() {
        assertEquals("NAME NEWLINE END", kinds("x"));
    }

    @Test
    void dedentsAtEndOfInput() {
        assertEquals("def NAME ( ) : NEWLINE INDENT if NAME : NEWLINE INDENT pass NEWLINE DEDENT DEDENT END",
            kinds("def f():\n  if x:\n    pass"));
    }

    @Test
    void operatorsLongestMatch() {
        assertEquals("NAME **= NAME //= NAME >>= NAME -> ... := != NEWLINE END",
            kinds("a **= b //= c >>= d -> ... := !="));
    }

    @Test
    void numbers() {
        assertEquals("NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NUMBER NEWLINE END",
            kinds("1_000 0x_FF 0o17 0b1010 1.5e-3 .5 3j"));
    }

    @Test
    void stringPrefixes() {
        assertEquals("STRING STRING STRING STRING STRING NEWLINE END", kinds("r'a' b'x' Rb\"y\" u'z' '''t\nu'''"));
    }

    @Test
    void keywordsAndSoftKeywords() {
        List<Token> ts = tokens("match x");
        assertEquals(TokenKind.NAME, ts.get(0).kind);
        assertEquals(TokenKind.KW_IF, tokens("if").get(0).kind);
    }

    @Test
    void fstringTokens() {
        assertEquals("FSTART FMIDDLE { NAME ! NAME : FMIDDLE } FEND NEWLINE END", kinds("f'a{x!r:>10}'"));
        assertEquals("FSTART { FSTART { NAME } FEND } FEND NEWLINE END", kinds("f'{f'{x}'}'"));
    }

    @Test
    void utf8ByteColumns() {
        List<Token> ts = tokens("'é' + x");
        assertEquals(0, ts.get(0).col);
        assertEquals(4, ts.get(0).endCol);
        assertEquals(7, ts.get(2).col);
    }

    @Test
    void positionsSpanLines() {
        List<Token> ts = tokens("x = '''a\nbc'''");
        Token s = ts.get(2);
        assertEquals(1, s.lineno);
        assertEquals(4, s.col);
        assertEquals(2, s.endLineno);
        assertEquals(5, s.endCol);
    }

    @Test
    void inconsistentDedent() {
        PySyntaxError e = error("if x:\n    a\n  b\n");
        assertEquals("IndentationError", e.kind());
        assertEquals("unindent does not match any outer indentation level", e.msg());
        assertEquals(3, e.lineno());
    }

    @Test
    void tabsInconsistentWithSpaces() {
        PySyntaxError e = error("if x:\n        a\n\tb\n");
        assertEquals("TabError", e.kind());
        assertEquals("inconsistent use of tabs and spaces in indentation", e.msg());
    }

    @Test
    void unterminatedString() {
        PySyntaxError e = error("x = 'abc\n");
        assertEquals("unterminated string literal (detected at line 1)", e.msg());
        assertEquals(5, e.offset());
    }

    @Test
    void unterminatedTripleQuotedIsIncomplete() {
        PySyntaxError e = error("x = '''abc\n");
        assertEquals("unterminated triple-quoted string literal (detected at line 1)", e.msg());
        assertTrue(e.incompleteInput());
    }

    @Test
    void unmatchedBracket() {
        assertEquals("unmatched ')'", error("x)\n").msg());
        assertEquals("closing parenthesis ']' does not match opening parenthesis '('", error("(x]\n").msg());
    }

    @Test
    void invalidNumbers() {
        assertEquals("invalid decimal literal", error("1_\n").msg());
        assertEquals("invalid digit '2' in binary literal", error("0b2\n").msg());
        assertEquals("leading zeros in decimal integer literals are not permitted; "
            + "use an 0o prefix for octal integers", error("09\n").msg());
        assertEquals("invalid hexadecimal literal", error("0x\n").msg());
    }

    @Test
    void invalidCharacter() {
        assertEquals("invalid character '€' (U+20AC)", error("x = €\n").msg());
    }

    @Test
    void continuationFollowedByText() {
        assertEquals("unexpected character after line continuation character", error("x = \\ y\n").msg());
    }

    @Test
    void asciiCharacterNoTokenStartsWithIsAnErrorToken() {
        List<Token> ts = tokens("$x");
        assertEquals(TokenKind.ERRORTOKEN, ts.get(0).kind);
        assertEquals("$", ts.get(0).text);
    }

    @Test
    void formatSpecOfAnFString() {
        assertEquals("FSTART { NAME : FMIDDLE { NAME } FMIDDLE } FEND NEWLINE END", kinds("f'{x:>{w}d}'"));
        assertEquals("FSTART { NAME : FMIDDLE } FEND NEWLINE END", kinds("f'{x:=10}'"));
    }

    @Test
    void doubledBracesStayInTheLiteral() {
        List<Token> ts = tokens("f'{{a}}'");
        assertEquals(TokenKind.FSTRING_MIDDLE, ts.get(1).kind);
        assertEquals("{{a}}", ts.get(1).text);
    }

    @Test
    void newlineInsideAnFStringField() {
        assertEquals("FSTART { NAME + NAME } FEND NEWLINE END", kinds("f'{a +\n b}'"));
    }

    @Test
    void blanksThenBackslashSetTheIndentation() {
        assertEquals("if NAME : NEWLINE INDENT NAME NEWLINE DEDENT END", kinds("if x:\n  \\\n    y\n"));
    }

    @Test
    void implicitNewlineIsOneColumnWide() {
        List<Token> ts = tokens("x");
        Token nl = ts.get(1);
        assertEquals(TokenKind.NEWLINE, nl.kind);
        assertEquals(1, nl.col);
        assertEquals(2, nl.endCol);
    }

    @Test
    void nestingBeyondTwoHundredBrackets() {
        assertEquals("too many nested parentheses", error("(".repeat(201)).msg());
    }

    @Test
    void tokenLevelCountsOpenBrackets() {
        List<Token> ts = tokens("f(a, [b])");
        assertEquals(1, ts.get(2).level);
        assertEquals(2, ts.get(5).level);
        assertEquals(0, ts.get(8).level);
    }
}
