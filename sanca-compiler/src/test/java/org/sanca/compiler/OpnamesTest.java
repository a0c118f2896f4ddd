package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;

/**
 * The instructions we generate against CPython 3.12's: each {@code opnames/NAME.py} comes with
 * {@code NAME.ops}, the opcode names {@code dis} lists for every code object in it, and
 * {@code NAME.positions}, the same instructions with their {@code co_positions()}, both
 * recorded with the oracle, leaving out what our encoding does without (RESUME, CACHE,
 * EXTENDED_ARG, the generator and cell prologue) and NOPs. The {@code seed_*} programs are the
 * seed examples, except two where CPython folds a set display into a frozenset constant, which
 * a CodeUnit cannot hold, and gives a docstring-only function's implicit return a position; the
 * {@code scopes_*} programs are those of the symbol-table test.
 */
class OpnamesTest {
    private static final List<String> PROGRAMS = List.of("simple", "control", "seed_01_dataclasses",
        "seed_02_sequences", "seed_03_mappings", "seed_05_collections", "seed_06_str", "seed_07_range_enumerate_map",
        "seed_08_heapq", "seed_09_typing", "seed_10_enum", "seed_11_lambda", "seed_13_os", "seed_14_os_path",
        "seed_15_concurrent_futures", "scopes_classes", "scopes_closures", "scopes_comprehensions", "scopes_generics",
        "scopes_misc", "scopes_tricky");

    @TestFactory
    Stream<DynamicTest> sameOpcodesAsCPython() {
        return compare(".ops", OpnamesTest::opnames);
    }

    @TestFactory
    Stream<DynamicTest> samePositionsAsCPython() {
        return compare(".positions", OpnamesTest::positions);
    }

    private static Stream<DynamicTest> compare(String suffix, BiConsumer<CodeUnit, List<String>> listing) {
        return PROGRAMS.stream().map(name -> DynamicTest.dynamicTest(name, () -> {
            String src = source(name);
            CodeUnit code = Compiler.compile(Parser.parse(src, name + ".py", Mode.EXEC), name + ".py",
                CompileMode.EXEC, 0, src);
            List<String> out = new ArrayList<>();
            listing.accept(code, out);
            List<String> expected = resource(name + suffix).lines().toList();
            for (int i = 0; i < Math.min(out.size(), expected.size()); i++) {
                assertEquals(expected.get(i), out.get(i), name + suffix + " line " + (i + 1));
            }
            assertEquals(expected.size(), out.size());
        }));
    }

    private static void opnames(CodeUnit code, List<String> out) {
        List<String> ops = new ArrayList<>();
        for (String op : Disassembler.opnames(code)) {
            if (!op.equals("NOP")) {
                ops.add(op);
            }
        }
        out.add(code.qualname + ": " + String.join(" ", ops));
        nested(code, out, OpnamesTest::opnames);
    }

    private static void positions(CodeUnit code, List<String> out) {
        out.add("# " + code.qualname);
        int[] p = code.positions;
        for (int i = 0; i < code.code.length; i++) {
            String op = Opcode.name(Opcode.op(code.code[i]));
            if (!op.equals("NOP")) {
                out.add(op + " " + pos(p[i * 4]) + " " + pos(p[i * 4 + 1]) + " " + pos(p[i * 4 + 2]) + " "
                    + pos(p[i * 4 + 3]));
            }
        }
        nested(code, out, OpnamesTest::positions);
    }

    private static void nested(CodeUnit code, List<String> out, BiConsumer<CodeUnit, List<String>> listing) {
        for (Object c : code.consts) {
            if (c instanceof CodeUnit inner) {
                listing.accept(inner, out);
            }
        }
    }

    private static String pos(int v) {
        return v < 0 ? "None" : Integer.toString(v);
    }

    /** The program; the {@code scopes_*} ones are the symbol-table test programs. */
    private static String source(String name) throws IOException {
        if (name.startsWith("scopes_")) {
            return resource("/symtable/" + name.substring("scopes_".length()) + ".py");
        }
        return resource(name + ".py");
    }

    private static String resource(String name) throws IOException {
        String path = name.startsWith("/") ? name : "/opnames/" + name;
        try (InputStream in = OpnamesTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
