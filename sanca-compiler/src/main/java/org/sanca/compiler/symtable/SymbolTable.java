package org.sanca.compiler.symtable;

import java.util.Map;
import org.sanca.ast.Mod;

/**
 * The symbol table of one module: CPython's {@code struct symtable} (Python/symtable.c). Build it
 * with {@link #build}; look a scope up by the AST node that opened it.
 */
public final class SymbolTable {
    public final SymbolTableEntry top;
    private final Map<Object, SymbolTableEntry> blocks;

    private SymbolTable(SymbolTableEntry top, Map<Object, SymbolTableEntry> blocks) {
        this.top = top;
        this.blocks = blocks;
    }

    /**
     * Builds and analyses the table of {@code mod}.
     *
     * @param futureAnnotations whether {@code from __future__ import annotations} is in effect
     * @throws org.sanca.parser.PySyntaxError for the errors CPython's symtable raises
     */
    public static SymbolTable build(Mod mod, SyntaxErrors errors, boolean futureAnnotations) {
        SymbolTableBuilder builder = new SymbolTableBuilder(errors, futureAnnotations);
        builder.build(mod);
        new ScopeAnalyzer(errors).analyze(builder.top);
        return new SymbolTable(builder.top, builder.blocks);
    }

    /** The block that {@code node} opened (CPython's {@code PySymtable_Lookup}). */
    public SymbolTableEntry lookup(Object node) {
        SymbolTableEntry ste = blocks.get(node);
        if (ste == null) {
            throw new IllegalStateException("no symbol table entry for " + node.getClass().getSimpleName());
        }
        return ste;
    }
}
