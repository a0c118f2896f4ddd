package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/**
 * One builtin function or method as declared by {@link PyMethod}: CPython's {@code PyMethodDef}.
 * The declaration comes from its class's {@link MethodTable}, which the build writes and which
 * calls the Java method directly; its parameters are bound by {@link ArgSpec}. Java returns of
 * {@code void}, {@code boolean}, {@code int}/{@code long} and {@code String} become None, bool,
 * int and str.
 */
public final class MethodDef {
    public final String name;
    public final String doc;
    /**
     * The {@code __text_signature__}, or null for none: the declaration's, unless the docstring
     * starts with one of its own ({@code "name($module, iterable, /, *, key=None)\n--\n\n"},
     * CPython's convention), for a method that parses its arguments itself to give CPython's
     * messages, or the declaration says CPython shows none ({@link PyMethod#textSignature()}).
     */
    public final String textSignature;
    public final PyMethod.Kind kind;
    public final ArgSpec spec;
    private final MethodTable table;
    private final int index;
    private final boolean selfless;

    private MethodDef(String name, String doc, boolean shown, PyMethod.Kind kind, ArgSpec spec, MethodTable table,
                      int index, boolean selfless) {
        this.name = name;
        int end = doc.indexOf(")\n--\n\n");
        if (doc.startsWith(name + "(") && end > 0) {
            this.textSignature = doc.substring(name.length(), end + 1);
            this.doc = doc.substring(end + 6);
        } else {
            this.textSignature = shown ? spec.textSignature : null;
            this.doc = doc;
        }
        this.kind = kind;
        this.spec = spec;
        this.table = table;
        this.index = index;
        this.selfless = selfless;
    }

    /**
     * The method declared as entry {@code index} of {@code table}. {@code selfless} says the Java
     * method takes no self at all (a module function declared as a static method with only its
     * Python parameters).
     */
    static MethodDef of(MethodTable table, int index, boolean selfless) {
        MethodTable.Decl decl = table.decls().get(index);
        String name = decl.name();
        int javaParams = decl.javaParams() - (decl.isStatic() && !selfless ? 1 : 0);
        ArgSpec spec = decl.signature().isEmpty() ? ArgSpec.positionalOnly(name, javaParams)
                : ArgSpec.parse(name, decl.signature());
        if (decl.getargs()) {
            spec.useGetargsWording();
        }
        if (spec.arity() != javaParams) {
            throw new IllegalStateException(table.getClass().getName() + "." + decl.javaName() + ": signature has "
                    + spec.arity() + " parameters, Java method " + javaParams);
        }
        return new MethodDef(name, decl.doc(), decl.textSignature(), decl.kind(), spec, table, index, selfless);
    }

    /** Calls with {@code self} (the instance, the class, the module, or null) and Python arguments. */
    public PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] params = spec.bind(args, kwnames);
        return invoke(self, params);
    }

    /** Calls with arguments already bound one per parameter. */
    public PyObject invoke(PyObject self, PyObject[] params) {
        return selfless ? table.callSelfless(index, params) : table.call(index, self, params);
    }
}
