package org.sanca.compiler.ready;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.annotation.processing.SupportedAnnotationTypes;
import javax.annotation.processing.SupportedOptions;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.tools.Diagnostic;

/**
 * Turns the {@code @PyMethod}, {@code @PyGetter} and {@code @PySetter} declarations of the
 * runtime's classes into Java source at build time, what CPython's static {@code PyMethodDef}
 * tables are: for each declaring class {@code C}, a class {@code C$$PyTable} (a subclass of the
 * runtime's {@code MethodTable}) holding the declarations as data and calling each method
 * directly, and one index from class name to table. So a builtin type's dict is filled without
 * reading annotations or making method handles while the program starts.
 *
 * <p>Option {@code sanca.tables} names the package of the annotations and of
 * {@code MethodTable}; the index is written there as {@code MethodTableIndex}. Without the
 * option the processor does nothing.
 */
@SupportedAnnotationTypes("*")
@SupportedOptions("sanca.tables")
public final class MethodTableProcessor extends AbstractProcessor {
    private static final String SUFFIX = "$$PyTable";
    private static final String OBJECTS = "org.sanca.runtime.objects.";
    private static final int METHOD = 0;
    private static final int GETTER = 1;
    private static final int SETTER = 2;

    private boolean done;

    @Override
    public SourceVersion getSupportedSourceVersion() {
        return SourceVersion.latestSupported();
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
        String pkg = processingEnv.getOptions().get("sanca.tables");
        if (done || pkg == null) {
            return false;
        }
        Map<String, List<Decl>> byClass = new TreeMap<>();
        String[] names = {pkg + ".PyMethod", pkg + ".PyGetter", pkg + ".PySetter"};
        for (int role = METHOD; role <= SETTER; role++) {
            TypeElement annotation = processingEnv.getElementUtils().getTypeElement(names[role]);
            if (annotation == null) {
                continue;
            }
            for (Element e : round.getElementsAnnotatedWith(annotation)) {
                if (e instanceof ExecutableElement m && m.getEnclosingElement() instanceof TypeElement owner) {
                    String binary = processingEnv.getElementUtils().getBinaryName(owner).toString();
                    byClass.computeIfAbsent(binary, k -> new ArrayList<>()).add(new Decl(role, m, mirror(m, names[role])));
                }
            }
        }
        if (byClass.isEmpty()) {
            return false;
        }
        done = true;
        Map<String, String> index = new LinkedHashMap<>();
        for (Map.Entry<String, List<Decl>> entry : byClass.entrySet()) {
            List<Decl> decls = entry.getValue();
            // Declaration order is by Java name, METHOD before GETTER before SETTER for one method.
            decls.sort(Comparator.comparing((Decl d) -> d.method.getSimpleName().toString()).thenComparing(d -> d.role));
            TypeElement owner = (TypeElement) decls.get(0).method.getEnclosingElement();
            index.put(entry.getKey(), writeTable(entry.getKey(), owner, decls));
        }
        writeIndex(pkg, index);
        return false;
    }

    private static AnnotationMirror mirror(ExecutableElement m, String name) {
        for (AnnotationMirror a : m.getAnnotationMirrors()) {
            if (((TypeElement) a.getAnnotationType().asElement()).getQualifiedName().contentEquals(name)) {
                return a;
            }
        }
        throw new IllegalStateException(name);
    }

    /** One annotation on one method. */
    private record Decl(int role, ExecutableElement method, AnnotationMirror annotation) {
    }

    /** Writes the table of class {@code binary}; returns the table's qualified name. */
    private String writeTable(String binary, TypeElement owner, List<Decl> decls) {
        int dot = binary.lastIndexOf('.');
        String pkg = binary.substring(0, dot);
        String simple = binary.substring(dot + 1) + SUFFIX;
        String ownerName = owner.getQualifiedName().toString();
        StringBuilder entries = new StringBuilder();
        StringBuilder call = new StringBuilder();
        StringBuilder selfless = new StringBuilder();
        StringBuilder get = new StringBuilder();
        StringBuilder set = new StringBuilder();
        for (int i = 0; i < decls.size(); i++) {
            Decl d = decls.get(i);
            ExecutableElement m = d.method;
            if (m.getModifiers().contains(Modifier.PRIVATE)) {
                error(m, "a method declared to Python must not be private");
            }
            entries.append("            ").append(entry(d)).append(",\n");
            boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
            String target = isStatic ? ownerName + "." + m.getSimpleName()
                    : "((" + ownerName + ") self)." + m.getSimpleName();
            List<String> args = new ArrayList<>();
            List<? extends VariableElement> params = m.getParameters();
            switch (d.role) {
                case METHOD -> {
                    int first = isStatic ? 1 : 0;
                    if (isStatic && !params.isEmpty()) {
                        args.add(cast(params.get(0), "self"));
                    }
                    for (int p = first; p < params.size(); p++) {
                        args.add(cast(params.get(p), "a[" + (p - first) + "]"));
                    }
                    call.append(caseReturning(i, m, target, args));
                    if (isStatic) {
                        List<String> all = new ArrayList<>();
                        for (int p = 0; p < params.size(); p++) {
                            all.add(cast(params.get(p), "a[" + p + "]"));
                        }
                        selfless.append(caseReturning(i, m, target, all));
                    }
                }
                case GETTER -> {
                    if (isStatic) {
                        args.add(cast(params.get(0), "self"));
                    }
                    get.append(caseReturning(i, m, target, args));
                }
                default -> {
                    if (isStatic) {
                        args.add(cast(params.get(0), "self"));
                    }
                    args.add(cast(params.get(params.size() - 1), "v"));
                    set.append("            case ").append(i).append(": ")
                            .append(guarded(m, target + "(" + String.join(", ", args) + ");")).append(" return;\n");
                }
            }
        }
        String o = OBJECTS + "PyObject";
        StringBuilder src = new StringBuilder();
        src.append("package ").append(pkg).append(";\n\n");
        src.append("/** The Python declarations of {@link ").append(ownerName)
                .append("}, written by MethodTableProcessor at build time. */\n");
        src.append("public final class ").append(simple).append(" extends ").append(tablesPackage()).append(".MethodTable {\n");
        src.append("    public ").append(simple).append("() {\n        super(new Decl[] {\n").append(entries)
                .append("        });\n    }\n");
        method(src, o + " call(int i, " + o + " self, " + o + "[] a)", call);
        method(src, o + " callSelfless(int i, " + o + "[] a)", selfless);
        method(src, o + " get(int i, " + o + " self)", get);
        method(src, "void set(int i, " + o + " self, " + o + " v)", set);
        src.append("}\n");
        write(pkg + "." + simple, src.toString(), owner);
        return pkg + "." + simple;
    }

    private String tablesPackage() {
        return processingEnv.getOptions().get("sanca.tables");
    }

    private static void method(StringBuilder src, String signature, StringBuilder cases) {
        if (cases.isEmpty()) {
            return;
        }
        src.append("\n    @Override\n    public ").append(signature).append(" {\n        switch (i) {\n").append(cases)
                .append("            default: throw unknown(i);\n        }\n    }\n");
    }

    /** A {@code case} calling {@code target} and returning its result as a Python object. */
    private String caseReturning(int i, ExecutableElement m, String target, List<String> args) {
        String invocation = target + "(" + String.join(", ", args) + ")";
        TypeMirror r = m.getReturnType();
        String body;
        if (r.getKind() == TypeKind.VOID) {
            body = invocation + "; return " + OBJECTS + "PyNone.NONE;";
        } else if (r.getKind() == TypeKind.BOOLEAN) {
            body = "return " + OBJECTS + "PyBool.of(" + invocation + ");";
        } else if (r.getKind() == TypeKind.INT || r.getKind() == TypeKind.LONG) {
            body = "return " + OBJECTS + "PyInt.of((long) " + invocation + ");";
        } else if (r.toString().equals("java.lang.String")) {
            body = "return " + OBJECTS + "PyStr.of(" + invocation + ");";
        } else if (r.getKind() == TypeKind.DECLARED || r.getKind() == TypeKind.TYPEVAR) {
            body = "return (" + OBJECTS + "PyObject) " + invocation + ";";
        } else {
            error(m, "a method declared to Python returns a PyObject, void, boolean, int, long or String");
            body = "return null;";
        }
        return "            case " + i + ": " + guarded(m, body) + "\n";
    }

    /** {@code body}, wrapped when the method declares checked exceptions (they become an internal error). */
    private static String guarded(ExecutableElement m, String body) {
        if (m.getThrownTypes().isEmpty()) {
            return body;
        }
        return "try { " + body + " } catch (RuntimeException | Error e) { throw e; } "
                + "catch (Exception e) { throw new IllegalStateException(e); }";
    }

    private String cast(VariableElement param, String expr) {
        TypeMirror t = processingEnv.getTypeUtils().erasure(param.asType());
        if (t.getKind() != TypeKind.DECLARED && t.getKind() != TypeKind.ARRAY) {
            error(param, "a parameter of a method declared to Python is an object");
        }
        return "(" + t + ") " + expr;
    }

    /** The {@code new Decl(...)} describing one declaration to the runtime. */
    private String entry(Decl d) {
        ExecutableElement m = d.method;
        Map<String, Object> v = new TreeMap<>();
        for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> e
                : processingEnv.getElementUtils().getElementValuesWithDefaults(d.annotation).entrySet()) {
            v.put(e.getKey().getSimpleName().toString(), e.getValue().getValue());
        }
        boolean isStatic = m.getModifiers().contains(Modifier.STATIC);
        String javaName = m.getSimpleName().toString();
        String name;
        String signature = "";
        String doc = "";
        String kind = "INSTANCE";
        boolean getargs = false;
        boolean textSignature = true;
        boolean member = false;
        if (d.role == METHOD) {
            name = (String) v.get("name");
            signature = (String) v.get("value");
            doc = (String) v.get("doc");
            kind = ((VariableElement) v.get("kind")).getSimpleName().toString();
            getargs = (Boolean) v.get("getargs");
            textSignature = (Boolean) v.get("textSignature");
        } else if (d.role == GETTER) {
            name = (String) v.get("value");
            doc = (String) v.get("doc");
            member = (Boolean) v.get("member");
        } else {
            name = (String) v.get("value");
        }
        return "new Decl(" + d.role + ", " + literal(javaName) + ", " + literal(name.isEmpty() ? javaName : name) + ", "
                + literal(signature) + ", " + literal(doc) + ", " + tablesPackage() + ".PyMethod.Kind." + kind + ", "
                + getargs + ", " + textSignature + ", " + member + ", " + m.getParameters().size() + ", " + isStatic + ")";
    }

    private String literal(String s) {
        return processingEnv.getElementUtils().getConstantExpression(s);
    }

    private void writeIndex(String pkg, Map<String, String> index) {
        StringBuilder src = new StringBuilder();
        src.append("package ").append(pkg).append(";\n\n");
        src.append("/** The method table of each declaring class, written by MethodTableProcessor at build time. */\n");
        src.append("final class MethodTableIndex {\n    private MethodTableIndex() {\n    }\n\n");
        src.append("    /** The table of the class with binary name {@code name}, or null when it declares nothing. */\n");
        src.append("    static MethodTable find(String name) {\n        switch (name) {\n");
        for (Map.Entry<String, String> e : index.entrySet()) {
            src.append("            case ").append(literal(e.getKey())).append(": return new ").append(e.getValue()).append("();\n");
        }
        src.append("            default: return null;\n        }\n    }\n}\n");
        write(pkg + ".MethodTableIndex", src.toString());
    }

    private void write(String name, String source, Element... origins) {
        try (Writer out = processingEnv.getFiler().createSourceFile(name, origins).openWriter()) {
            out.write(source);
        } catch (IOException e) {
            processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "method tables: " + e.getMessage());
        }
    }

    private void error(Element e, String message) {
        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, message, e);
    }
}
