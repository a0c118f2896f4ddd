package org.sanca.compiler.symtable;

/**
 * The flag and scope values of a symbol as CPython 3.12 keeps them ({@code Include/internal/
 * pycore_symtable.h}): the low bits say how a block uses a name, the bits from
 * {@link #SCOPE_OFFSET} up say where the name lives once the analysis is done.
 */
public final class Symbol {
    private Symbol() {
    }

    public static final int DEF_GLOBAL = 1;
    public static final int DEF_LOCAL = 2;
    public static final int DEF_PARAM = 4;
    public static final int DEF_NONLOCAL = 8;
    public static final int USE = 16;
    public static final int DEF_FREE = 32;
    public static final int DEF_FREE_CLASS = 64;
    public static final int DEF_IMPORT = 128;
    public static final int DEF_ANNOT = 256;
    public static final int DEF_COMP_ITER = 512;
    public static final int DEF_TYPE_PARAM = 1024;
    public static final int DEF_COMP_CELL = 2048;

    public static final int DEF_BOUND = DEF_LOCAL | DEF_PARAM | DEF_IMPORT;

    public static final int SCOPE_OFFSET = 12;
    public static final int SCOPE_MASK = DEF_GLOBAL | DEF_LOCAL | DEF_PARAM | DEF_NONLOCAL;

    public static final int LOCAL = 1;
    public static final int GLOBAL_EXPLICIT = 2;
    public static final int GLOBAL_IMPLICIT = 3;
    public static final int FREE = 4;
    public static final int CELL = 5;

    /** The scope part of a symbol's flags. */
    public static int scope(int flags) {
        return (flags >> SCOPE_OFFSET) & SCOPE_MASK;
    }

    /**
     * CPython's {@code _Py_Mangle}: a private name {@code __x} used inside class {@code C}
     * becomes {@code _C__x}; dunder names, dotted names and classes named only with
     * underscores are left alone.
     */
    public static String mangle(String privateName, String name) {
        if (privateName == null || !name.startsWith("__") || name.endsWith("__") || name.indexOf('.') >= 0) {
            return name;
        }
        int start = 0;
        while (start < privateName.length() && privateName.charAt(start) == '_') {
            start++;
        }
        if (start == privateName.length()) {
            return name;
        }
        return "_" + privateName.substring(start) + name;
    }
}
