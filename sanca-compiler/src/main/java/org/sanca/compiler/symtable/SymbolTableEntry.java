package org.sanca.compiler.symtable;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One block of a {@link SymbolTable}: CPython's {@code PySTEntryObject} (Python/symtable.c).
 * Symbols keep their insertion order, as CPython's dict does, since code generation and the
 * analysis walk them in that order.
 */
public final class SymbolTableEntry {
    public final String name;
    public final BlockType type;
    /** The AST node that opened the block (a statement, expression, type parameter list...). */
    public final Object key;
    public final int lineno;
    public final int colOffset;
    public final int endLineno;
    public final int endColOffset;
    public final Map<String, Integer> symbols = new LinkedHashMap<>();
    /** Parameter names in order: CPython's {@code ste_varnames}. */
    public final List<String> varnames = new ArrayList<>();
    public final List<SymbolTableEntry> children = new ArrayList<>();
    /** Where each global or nonlocal name was declared: {@code ste_directives}. */
    final Map<String, int[]> directives = new LinkedHashMap<>();

    public boolean nested;
    public boolean free;
    public boolean childFree;
    public boolean generator;
    public boolean coroutine;
    public ComprehensionKind comprehension = ComprehensionKind.NONE;
    public boolean varargs;
    public boolean varkeywords;
    public boolean returnsValue;
    public boolean needsClassClosure;
    public boolean needsClassDict;
    public boolean compInlined;
    public boolean canSeeClassScope;
    int compIterTarget;
    int compIterExpr;

    SymbolTableEntry(String name, BlockType type, Object key, int lineno, int colOffset, int endLineno,
                     int endColOffset) {
        this.name = name;
        this.type = type;
        this.key = key;
        this.lineno = lineno;
        this.colOffset = colOffset;
        this.endLineno = endLineno;
        this.endColOffset = endColOffset;
    }

    /** The flags of {@code name} in this block, 0 when the block does not know the name. */
    public int flags(String name) {
        Integer f = symbols.get(name);
        return f == null ? 0 : f;
    }

    /** {@code _PyST_GetScope}: where {@code name} lives, 0 when the block does not know it. */
    public int scope(String name) {
        return Symbol.scope(flags(name));
    }

    public boolean isFunctionLike() {
        return type.isFunctionLike();
    }

    @Override
    public String toString() {
        return "<symtable entry " + name + " (" + type.pythonName() + "), line " + lineno + ">";
    }
}
