package org.sanca.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Small programs covering every node kind and constant repr, each against CPython 3.12's
 * ast.dump recorded by tools/ast/record_dump_cases.py.
 */
class DumpCasesTest {

    @TestFactory
    Stream<DynamicTest> dumps() throws IOException {
        List<String> lines;
        try (InputStream in = DumpCasesTest.class.getResourceAsStream("/dump-cases.txt")) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        }
        return lines.stream().map(line -> {
            String[] f = line.split("\t", 3);
            String src = new String(Base64.getDecoder().decode(f[0]), StandardCharsets.UTF_8);
            Mode mode = Mode.valueOf(f[1].toUpperCase(Locale.ROOT));
            String name = f[1] + ": " + src.lines().findFirst().orElse("");
            return DynamicTest.dynamicTest(name, () ->
                assertEquals(f[2], AstDump.dump(Parser.parse(src, "<unknown>", mode), true)));
        });
    }
}
