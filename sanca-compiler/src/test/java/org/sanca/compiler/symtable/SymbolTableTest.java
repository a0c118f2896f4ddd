package org.sanca.compiler.symtable;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanca.ast.Mod;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;

/**
 * Our symbol tables against CPython 3.12's: each {@code symtable/NAME.py} comes with
 * {@code NAME.symtable}, what CPython's {@code symtable} module reports for it (block type,
 * name, line, then every symbol with its raw flags), recorded with the oracle.
 */
class SymbolTableTest {
    private static final List<String> PROGRAMS = List.of("closures", "classes", "comprehensions", "generics", "misc", "tricky");

    @TestFactory
    Stream<DynamicTest> matchesCPython() {
        return PROGRAMS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String src = resource(name + ".py");
            String expected = resource(name + ".symtable");
            Mod mod = Parser.parse(src, name + ".py", Mode.EXEC);
            boolean futureAnnotations = src.contains("from __future__ import annotations");
            SymbolTable st = SymbolTable.build(mod, new SyntaxErrors(name + ".py", src), futureAnnotations);
            List<String> out = new ArrayList<>();
            dump(st.top, out, "");
            assertEquals(expected, String.join("\n", out) + "\n");
        }));
    }

    static void dump(SymbolTableEntry ste, List<String> out, String pad) {
        out.add(pad + ste.type.pythonName() + " " + ste.name + " " + ste.lineno);
        ste.symbols.keySet().stream().sorted()
            .forEach(name -> out.add(pad + "  " + name + " " + ste.symbols.get(name)));
        for (SymbolTableEntry child : ste.children) {
            dump(child, out, pad + "  ");
        }
    }

    static String resource(String name) throws IOException {
        try (InputStream in = SymbolTableTest.class.getResourceAsStream("/symtable/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
