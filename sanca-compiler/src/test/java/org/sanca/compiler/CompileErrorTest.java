package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanca.parser.AstDump;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;
import org.sanca.parser.PySyntaxError;

/**
 * The SyntaxErrors CPython raises after parsing (symtable and compiler), with their messages
 * and positions: {@code errors/cases.py} holds snippets separated by {@code #----} lines and
 * {@code errors/cases.expected} what CPython 3.12's {@code compile()} raised for each.
 */
class CompileErrorTest {
    @TestFactory
    Stream<DynamicTest> errorsMatchCPython() throws IOException {
        String[] cases = resource("cases.py").split("\n#----\n");
        List<String> expected = resource("cases.expected").lines().toList();
        assertEquals(cases.length, expected.size());
        return IntStream.range(0, cases.length).mapToObj(i -> DynamicTest.dynamicTest("case " + (i + 1),
            () -> assertEquals(expected.get(i), outcome(cases[i] + "\n"), cases[i])));
    }

    private static String outcome(String src) {
        try {
            Compiler.compile(Parser.parse(src, "<test>", Mode.EXEC), "<test>", CompileMode.EXEC, 0, src);
            return "OK";
        } catch (PySyntaxError e) {
            List<String> parts = new ArrayList<>();
            parts.add(AstDump.dump(e.kind(), false));
            parts.add(AstDump.dump(e.msg(), false));
            parts.add(Integer.toString(e.lineno()));
            parts.add(Integer.toString(e.offset()));
            parts.add(Integer.toString(e.endLineno()));
            parts.add(e.endOffset() < 0 ? "None" : Integer.toString(e.endOffset()));
            return "(" + String.join(", ", parts) + ")";
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CompileErrorTest.class.getResourceAsStream("/errors/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
