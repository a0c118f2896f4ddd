package org.sanca.compiler.ready;

import java.io.IOException;
import java.io.Writer;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;
import javax.tools.StandardLocation;

/**
 * Writes the {@link java.util.ServiceLoader} index ({@code META-INF/services/INTERFACE}) of every
 * concrete class that implements one of the interfaces named by option {@code sanca.services}
 * (comma-separated), so that a class is registered where it is declared, by implementing the
 * interface, and no list is kept by hand. The build compiles a module's sources together, so
 * each compilation sees every implementation.
 *
 * <p>The same list is also written as Java, class {@code INTERFACE$$Index} with a static
 * {@code all()} that makes one instance of each: start-up reads it without the service
 * loader's file parsing and reflective construction.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions("sanca.services")
public final class ServiceIndexProcessor extends AbstractProcessor {
    private final Map<String, Set<String>> found = new TreeMap<>();
    private boolean indexed;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        String option = processingEnv.getOptions().get("sanca.services");
        if (option == null) {
            return false;
        }
        Set<String> interfaces = Set.of(option.split(","));
        int before = count();
        for (Element e : round.getRootElements()) {
            collect(e, interfaces);
        }
        if (indexed && count() != before) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
                    "service index: an implementation appeared in a later round, after its Java index was written");
        }
        if (!indexed && !found.isEmpty() && !round.processingOver()) {
            // Written in the first round, with the sources: a source made in the last round is not compiled cleanly.
            indexed = true;
            writeJavaIndexes();
        }
        if (round.processingOver()) {
            write();
        }
        return false;
    }

    private int count() {
        return found.values().stream().mapToInt(Set::size).sum();
    }

    private void collect(Element e, Set<String> interfaces) {
        if (e.getKind() != ElementKind.CLASS || e.getModifiers().contains(Modifier.ABSTRACT)) {
            return;
        }
        TypeElement type = (TypeElement) e;
        for (TypeMirror m : type.getInterfaces()) {
            Element i = processingEnv.getTypeUtils().asElement(m);
            if (i instanceof TypeElement it && interfaces.contains(it.getQualifiedName().toString())) {
                found.computeIfAbsent(it.getQualifiedName().toString(), k -> new TreeSet<>())
                        .add(processingEnv.getElementUtils().getBinaryName(type).toString());
            }
        }
    }

    private void writeJavaIndexes() {
        for (Map.Entry<String, Set<String>> entry : found.entrySet()) {
            String iface = entry.getKey();
            int dot = iface.lastIndexOf('.');
            String simple = iface.substring(dot + 1) + "$$Index";
            StringBuilder src = new StringBuilder();
            src.append("package ").append(iface, 0, dot).append(";\n\n");
            src.append("/** One instance of each implementation of {@link ").append(iface)
                    .append("}, written by ServiceIndexProcessor at build time. */\n");
            src.append("public final class ").append(simple).append(" {\n    private ").append(simple).append("() {\n    }\n\n");
            src.append("    public static java.util.List<").append(iface).append("> all() {\n        return java.util.List.of(");
            String sep = "\n";
            for (String impl : entry.getValue()) {
                src.append(sep).append("            new ").append(impl.replace('$', '.')).append("()");
                sep = ",\n";
            }
            src.append(");\n    }\n}\n");
            try (Writer out = processingEnv.getFiler().createSourceFile(iface + "$$Index").openWriter()) {
                out.write(src.toString());
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "service index: " + e.getMessage());
            }
        }
    }

    private void write() {
        for (Map.Entry<String, Set<String>> entry : found.entrySet()) {
            try (Writer out = processingEnv.getFiler()
                    .createResource(StandardLocation.CLASS_OUTPUT, "", "META-INF/services/" + entry.getKey())
                    .openWriter()) {
                for (String impl : entry.getValue()) {
                    out.write(impl + "\n");
                }
            } catch (IOException e) {
                processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "service index: " + e.getMessage());
            }
        }
    }
}
