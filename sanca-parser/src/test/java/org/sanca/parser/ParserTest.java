package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanca.ast.Assign;
import org.sanca.ast.BinOp;
import org.sanca.ast.Constant;
import org.sanca.ast.Expression;
import org.sanca.ast.ExprStmt;
import org.sanca.ast.FunctionType;
import org.sanca.ast.Interactive;
import org.sanca.ast.Module;

/** The parser's API: modes, source bytes, warnings and the REPL's incomplete-input signal. */
class ParserTest {

    private static PySyntaxError error(String src, Mode mode) {
        return assertThrows(PySyntaxError.class, () -> Parser.parse(src, "<test>", mode));
    }

    @Test
    void modes() {
        assertInstanceOf(Module.class, Parser.parse("x = 1\n", "<test>", Mode.EXEC));
        Expression e = assertInstanceOf(Expression.class, Parser.parse("a + b", "<test>", Mode.EVAL));
        assertInstanceOf(BinOp.class, e.body());
        Interactive i = assertInstanceOf(Interactive.class, Parser.parse("x = 1", "<test>", Mode.SINGLE));
        assertInstanceOf(Assign.class, i.body().get(0));
        FunctionType f = assertInstanceOf(FunctionType.class,
            Parser.parse("(int, *str) -> None", "<test>", Mode.FUNC_TYPE));
        assertEquals(2, f.argtypes().size());
    }

    @Test
    void singleModeTakesOneStatement() {
        PySyntaxError e = error("x = 1\ny = 2\n", Mode.SINGLE);
        assertEquals("multiple statements found while compiling a single statement", e.msg());
        assertEquals(1, e.lineno());
        Interactive i = assertInstanceOf(Interactive.class, Parser.parse("x = 1; y = 2\n", "<test>", Mode.SINGLE));
        assertEquals(2, i.body().size());
    }

    @Test
    void evalModeRejectsStatements() {
        assertEquals("invalid syntax", error("x = 1", Mode.EVAL).msg());
    }

    @Test
    void bytesFollowTheEncodingDeclaration() {
        byte[] src = "# -*- coding: latin-1 -*-\nx = '\u00e9'\n".getBytes(StandardCharsets.ISO_8859_1);
        Module m = (Module) Parser.parse(src, "<test>", Mode.EXEC);
        Constant c = (Constant) ((Assign) m.body().get(0)).value();
        assertEquals("\u00e9", c.value());
    }

    @Test
    void bytesWithBom() {
        byte[] body = "x = '\u00e9'\n".getBytes(StandardCharsets.UTF_8);
        byte[] src = new byte[body.length + 3];
        src[0] = (byte) 0xEF;
        src[1] = (byte) 0xBB;
        src[2] = (byte) 0xBF;
        System.arraycopy(body, 0, src, 3, body.length);
        Module m = (Module) Parser.parse(src, "<test>", Mode.EXEC);
        Assign a = (Assign) m.body().get(0);
        assertEquals("\u00e9", ((Constant) a.value()).value());
        assertEquals(0, a.col_offset());
    }

    @Test
    void unknownEncoding() {
        byte[] src = "# coding: no-such-codec\nx = 1\n".getBytes(StandardCharsets.US_ASCII);
        PySyntaxError e = assertThrows(PySyntaxError.class, () -> Parser.parse(src, "<test>", Mode.EXEC));
        assertEquals("unknown encoding: no-such-codec", e.msg());
    }

    @Test
    void columnsAreUtf8Bytes() {
        Module m = (Module) Parser.parse("'\u00e9' + x\n", "<test>", Mode.EXEC);
        BinOp b = (BinOp) ((ExprStmt) m.body().get(0)).value();
        assertEquals(4, b.left().end_col_offset());
        assertEquals(7, b.right().col_offset());
    }

    @Test
    void invalidEscapeWarns() {
        List<String> seen = new ArrayList<>();
        Parser.parse("x = 1\ny = '\\d'\n", "<test>", Mode.EXEC,
            (category, message, lineno, offset) -> seen.add(category + ": " + message + " @" + lineno));
        assertEquals(List.of("SyntaxWarning: invalid escape sequence '\\d' @2"), seen);
    }

    @Test
    void numberRunningIntoKeywordWarns() {
        List<String> seen = new ArrayList<>();
        Parser.parse("x = 1if 1 else 0\n", "<test>", Mode.EXEC,
            (category, message, lineno, offset) -> seen.add(category + ": " + message));
        assertEquals(List.of("SyntaxWarning: invalid decimal literal"), seen);
    }

    @Test
    void warningsAreIssuedOnce() {
        List<String> seen = new ArrayList<>();
        assertThrows(PySyntaxError.class, () -> Parser.parse("x = '\\d'\ny = = 1\n", "<test>", Mode.EXEC,
            (category, message, lineno, offset) -> seen.add(message)));
        assertEquals(1, seen.size());
    }

    @Test
    void incompleteInputWhenTheSourceEndsEarly() {
        for (String src : new String[] {"if x:\n", "x = (1,\n", "x = '''abc\n", "x = 1 + \\\n", "def f():\n",
            "class A:\n", "x = f'''{a}\n", "@dec\n", "try:\n  pass\n", "if x:\n  pass\nelse:\n", "match x:\n",
            "match x:\n  case 1:\n", "from x import (a,\n", "def f(\n", "with a:\n", "async def f():\n",
            "x = {'a':\n", "for x in y:\n", "f(**\n", "x = \"\"\"\n"}) {
            PySyntaxError e = error(src, Mode.SINGLE);
            assertTrue(e.incompleteInput(), src + " -> " + e);
        }
    }

    @Test
    void completeButWrongInputIsNotIncomplete() {
        for (String src : new String[] {"x = 1)\n", "x = = 1\n", "x +\n", "1 = x\n", "'abc\n", "lambda\n",
            "x = 1 if\n", "import\n"}) {
            PySyntaxError e = error(src, Mode.SINGLE);
            assertFalse(e.incompleteInput(), src + " -> " + e);
        }
    }

    @Test
    void syntaxErrorCarriesNoJavaStackTrace() {
        assertEquals(0, error("x = = 1\n", Mode.EXEC).getStackTrace().length);
    }
}
