package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sanca.parser.AstDump;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;

/**
 * The SyntaxWarnings CPython's compiler issues: {@code warnings/cases.py} compiled by CPython 3.12
 * with every warning recorded gave {@code warnings/cases.expected} (category, message, line).
 */
class CompileWarningTest {
    @Test
    void warningsMatchCPython() throws IOException {
        String src = resource("cases.py");
        List<String> got = new ArrayList<>();
        Compiler.compile(Parser.parse(src, "<w>", Mode.EXEC), "<w>", CompileMode.EXEC, 0, src,
            (category, message, lineno, offset) -> got.add(category + " " + AstDump.dump(message, false) + " " + lineno));
        assertEquals(resource("cases.expected"), String.join("\n", got) + "\n");
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CompileWarningTest.class.getResourceAsStream("/warnings/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
