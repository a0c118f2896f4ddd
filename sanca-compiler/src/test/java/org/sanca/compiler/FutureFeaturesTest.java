package org.sanca.compiler;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;
import org.sanca.parser.WarningSink;

/** Future features: their code flags (0x1000003 for a plain function, as CPython 3.12 reports) and inheritance. */
class FutureFeaturesTest {
    private static CodeUnit compile(String src, int futureFlags) {
        return Compiler.compile(Parser.parse(src, "<s>", Mode.EXEC), "<s>", CompileMode.EXEC, 0, src,
            WarningSink.IGNORE, futureFlags);
    }

    private static CodeUnit function(CodeUnit module) {
        return (CodeUnit) Arrays.stream(module.consts).filter(c -> c instanceof CodeUnit).findFirst().orElseThrow();
    }

    @Test
    void futureImportMarksEveryCodeUnit() {
        CodeUnit module = compile("from __future__ import annotations\ndef f(): pass\n", 0);
        assertEquals(0x1000000, module.flags);
        assertEquals(0x1000003, function(module).flags);
    }

    @Test
    void inheritedAnnotationsFeatureStringifiesAnnotations() {
        CodeUnit inherited = compile("def h(a: int): pass\n", CodeUnit.CO_FUTURE_ANNOTATIONS);
        assertTrue(Arrays.asList(inherited.consts).contains(new ConstTuple(java.util.List.of("a", "int"))),
            Arrays.toString(inherited.consts));
        CodeUnit plain = compile("def h(a: int): pass\n", 0);
        assertEquals(0x3, function(plain).flags);
        assertTrue(Disassembler.opnames(plain).contains("LOAD_NAME"));
    }
}
