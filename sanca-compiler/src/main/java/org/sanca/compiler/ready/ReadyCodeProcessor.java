package org.sanca.compiler.ready;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

import org.sanca.compiler.CodeUnit;
import org.sanca.compiler.CompileMode;
import org.sanca.compiler.Compiler;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;
import org.sanca.parser.PySyntaxError;

/**
 * The build step that compiles the standard library's Python modules: run by {@code javac}
 * while the runtime's Java code compiles (named in the runtime's build as an annotation
 * processor, the one hook a plain Maven build offers without extra plugins), it compiles every
 * {@code X.py} under the folder given by option {@code sanca.lib} and writes {@code lib/X.py.code}
 * ({@link CodeUnitIO}) to the class output. A module that does not compile fails the build.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions("sanca.lib")
public final class ReadyCodeProcessor extends AbstractProcessor {
    private boolean done;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        String lib = processingEnv.getOptions().get("sanca.lib");
        if (done || lib == null) {
            return false;
        }
        done = true;
        try {
            compileAll(Path.of(lib));
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "ready code: " + e.getMessage());
        }
        return false;
    }

    private void compileAll(Path root) throws IOException {
        List<Path> sources;
        try (Stream<Path> walk = Files.walk(root)) {
            sources = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        for (Path p : sources) {
            byte[] bytes = Files.readAllBytes(p);
            String source = new String(bytes, StandardCharsets.UTF_8);
            String name = root.relativize(p).toString().replace('\\', '/');
            CodeUnit unit;
            try {
                unit = Compiler.compile(Parser.parse(source, name, Mode.EXEC), name, CompileMode.EXEC, 0, source);
            } catch (PySyntaxError e) {
                throw new IllegalStateException(name + ":" + e.lineno() + ": " + e.msg());
            }
            try (OutputStream out = processingEnv.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", "lib/" + name + ".code").openOutputStream()) {
                out.write(CodeUnitIO.write(unit, bytes));
            }
        }
    }
}
