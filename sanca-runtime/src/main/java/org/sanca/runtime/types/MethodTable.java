package org.sanca.runtime.types;

import java.util.List;

import org.sanca.runtime.objects.PyObject;

/**
 * The {@link PyMethod}, {@link PyGetter} and {@link PySetter} declarations of one Java class,
 * as data, with a direct call of each declared method: CPython's static {@code PyMethodDef} and
 * {@code PyGetSetDef} tables. The build writes a subclass per declaring class
 * ({@code org.sanca.compiler.ready.MethodTableProcessor}), so start-up neither reads annotations
 * nor makes method handles.
 */
public abstract class MethodTable {
    /** {@link Decl#role} of a {@link PyMethod}. */
    public static final int METHOD = 0;
    /** {@link Decl#role} of a {@link PyGetter}. */
    public static final int GETTER = 1;
    /** {@link Decl#role} of a {@link PySetter}. */
    public static final int SETTER = 2;

    private static final ClassValue<MethodTable> TABLES = new ClassValue<>() {
        @Override
        protected MethodTable computeValue(Class<?> type) {
            return MethodTableIndex.find(type.getName());
        }
    };

    /**
     * One declaration, in the order of the Java methods' names. {@code name} is the Python name;
     * {@code signature}, {@code doc}, {@code kind}, {@code getargs} and {@code textSignature} are
     * the annotation's;
     * {@code javaParams} counts the Java method's parameters, self included for a static one.
     */
    public record Decl(int role, String javaName, String name, String signature, String doc, PyMethod.Kind kind,
                       boolean getargs, boolean textSignature, boolean member, int javaParams, boolean isStatic) {
    }

    private final List<Decl> decls;

    protected MethodTable(Decl[] decls) {
        this.decls = List.of(decls);
    }

    /** The table of {@code cls}'s own declarations, or null when it declares none. */
    public static MethodTable of(Class<?> cls) {
        return TABLES.get(cls);
    }

    public List<Decl> decls() {
        return decls;
    }

    /** Calls method {@code i} with self (the receiver, or a static method's first argument) and the rest. */
    public PyObject call(int i, PyObject self, PyObject[] args) {
        throw unknown(i);
    }

    /** Calls static method {@code i} with all its arguments from {@code args} (a module function). */
    public PyObject callSelfless(int i, PyObject[] args) {
        throw unknown(i);
    }

    /** Calls getter {@code i}. */
    public PyObject get(int i, PyObject self) {
        throw unknown(i);
    }

    /** Calls setter {@code i} with the new value (null to delete). */
    public void set(int i, PyObject self, PyObject value) {
        throw unknown(i);
    }

    protected final IllegalStateException unknown(int i) {
        return new IllegalStateException(getClass().getName() + ": no declaration " + i + " of this kind");
    }
}
