package org.sanca.compiler;


import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.sanca.ast.Mod;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;

/** Every seed example compiles, and every code unit in it is well formed. */
class SeedExamplesCompileTest {
    private static final Path SEED = Path.of("/work/shared/seed/examples");

    @TestFactory
    Stream<DynamicTest> seedExamplesCompile() throws IOException {
        if (!Files.isDirectory(SEED)) {
            return Stream.empty();
        }
        List<Path> files;
        try (Stream<Path> s = Files.list(SEED)) {
            files = s.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        return files.stream().map(p -> DynamicTest.dynamicTest(p.getFileName().toString(), () -> {
            String src = Files.readString(p);
            Mod mod = Parser.parse(src, p.toString(), Mode.EXEC);
            CodeUnit code = Compiler.compile(mod, p.toString(), CompileMode.EXEC, 0, src);
            CodeUnitChecks.check(code);
        }));
    }
}
