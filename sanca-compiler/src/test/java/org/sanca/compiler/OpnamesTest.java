package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;

/**
 * The instruction sequences we generate against CPython 3.12's: each {@code opnames/NAME.py}
 * comes with {@code NAME.ops}, the opcode names {@code dis} lists for every code object in it,
 * recorded with the oracle, leaving out what our encoding does without (RESUME, CACHE,
 * EXTENDED_ARG, the generator and cell prologue) and NOPs; {@code NAME.positions} has the
 * same instructions with their {@code co_positions()}.
 */
class OpnamesTest {
    @TestFactory
    Stream<DynamicTest> sameOpcodesAsCPython() {
        return Stream.of("simple", "control").map(name -> DynamicTest.dynamicTest(name, () -> {
            String src = resource(name + ".py");
            CodeUnit code = Compiler.compile(Parser.parse(src, name + ".py", Mode.EXEC), name + ".py",
                CompileMode.EXEC, 0, src);
            List<String> out = new ArrayList<>();
            walk(code, out);
            List<String> expected = resource(name + ".ops").lines().toList();
            assertEquals(expected.size(), out.size());
            for (int i = 0; i < out.size(); i++) {
                assertEquals(expected.get(i), out.get(i));
            }
        }));
    }

    /** Each instruction's position (line, end line, columns) against CPython's co_positions(). */
    @TestFactory
    Stream<DynamicTest> samePositionsAsCPython() {
        return Stream.of("simple", "control").map(name -> DynamicTest.dynamicTest(name, () -> {
            String src = resource(name + ".py");
            CodeUnit code = Compiler.compile(Parser.parse(src, name + ".py", Mode.EXEC), name + ".py",
                CompileMode.EXEC, 0, src);
            List<String> out = new ArrayList<>();
            positions(code, out);
            List<String> expected = resource(name + ".positions").lines().toList();
            assertEquals(expected.size(), out.size());
            for (int i = 0; i < out.size(); i++) {
                assertEquals(expected.get(i), out.get(i), "line " + (i + 1));
            }
        }));
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
        for (Object c : code.consts) {
            if (c instanceof CodeUnit inner) {
                positions(inner, out);
            }
        }
    }

    private static String pos(int v) {
        return v < 0 ? "None" : Integer.toString(v);
    }

    private static void walk(CodeUnit code, List<String> out) {
        List<String> ops = new ArrayList<>();
        for (String op : Disassembler.opnames(code)) {
            if (!op.equals("NOP")) {
                ops.add(op);
            }
        }
        out.add(code.qualname + ": " + String.join(" ", ops));
        for (Object c : code.consts) {
            if (c instanceof CodeUnit inner) {
                walk(inner, out);
            }
        }
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = OpnamesTest.class.getResourceAsStream("/opnames/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
