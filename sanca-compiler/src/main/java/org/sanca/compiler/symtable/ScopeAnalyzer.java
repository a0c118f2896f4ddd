package org.sanca.compiler.symtable;

import static org.sanca.compiler.symtable.Symbol.CELL;
import static org.sanca.compiler.symtable.Symbol.DEF_BOUND;
import static org.sanca.compiler.symtable.Symbol.DEF_COMP_CELL;
import static org.sanca.compiler.symtable.Symbol.DEF_FREE_CLASS;
import static org.sanca.compiler.symtable.Symbol.DEF_GLOBAL;
import static org.sanca.compiler.symtable.Symbol.DEF_NONLOCAL;
import static org.sanca.compiler.symtable.Symbol.DEF_PARAM;
import static org.sanca.compiler.symtable.Symbol.DEF_TYPE_PARAM;
import static org.sanca.compiler.symtable.Symbol.FREE;
import static org.sanca.compiler.symtable.Symbol.GLOBAL_EXPLICIT;
import static org.sanca.compiler.symtable.Symbol.GLOBAL_IMPLICIT;
import static org.sanca.compiler.symtable.Symbol.LOCAL;
import static org.sanca.compiler.symtable.Symbol.SCOPE_OFFSET;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The second pass of CPython's Python/symtable.c ({@code analyze_block} and friends): decides
 * for every name of every block whether it is local, global (explicit or implicit), free or a
 * cell, and inlines list, set and dict comprehensions into their enclosing block (PEP 709).
 */
final class ScopeAnalyzer {
    private final SyntaxErrors errors;

    ScopeAnalyzer(SyntaxErrors errors) {
        this.errors = errors;
    }

    void analyze(SymbolTableEntry top) {
        analyzeBlock(top, null, new LinkedHashSet<>(), new HashSet<>(), new HashSet<>(), null);
    }

    private void analyzeBlock(SymbolTableEntry ste, Set<String> bound, Set<String> free, Set<String> global,
                              Set<String> typeParams, SymbolTableEntry classEntry) {
        Set<String> local = new HashSet<>();
        Map<String, Integer> scopes = new HashMap<>();
        Set<String> newGlobal = new HashSet<>();
        Set<String> newFree = new LinkedHashSet<>();
        Set<String> newBound = new HashSet<>();
        Set<String> inlinedCells = new HashSet<>();

        if (ste.type == BlockType.CLASS) {
            newGlobal.addAll(global);
            if (bound != null) {
                newBound.addAll(bound);
            }
        }
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            analyzeName(ste, scopes, e.getKey(), e.getValue(), bound, local, free, global, typeParams, classEntry);
        }
        if (ste.type != BlockType.CLASS) {
            if (ste.isFunctionLike()) {
                newBound.addAll(local);
            }
            if (bound != null) {
                newBound.addAll(bound);
            }
            newGlobal.addAll(global);
        } else {
            newBound.add("__class__");
            newBound.add("__classdict__");
        }

        for (SymbolTableEntry entry : ste.children) {
            SymbolTableEntry newClassEntry = null;
            if (entry.canSeeClassScope) {
                if (ste.type == BlockType.CLASS) {
                    newClassEntry = ste;
                } else if (classEntry != null) {
                    newClassEntry = classEntry;
                }
            }
            boolean inlineComp = entry.comprehension != ComprehensionKind.NONE && !entry.generator;
            Set<String> childFree = new LinkedHashSet<>(newFree);
            analyzeBlock(entry, new HashSet<>(newBound), childFree, new HashSet<>(newGlobal),
                new HashSet<>(typeParams), newClassEntry);
            if (inlineComp) {
                inlineComprehension(ste, entry, scopes, childFree, inlinedCells);
                entry.compInlined = true;
            }
            newFree.addAll(childFree);
            if (entry.free || entry.childFree) {
                ste.childFree = true;
            }
        }
        for (int i = ste.children.size() - 1; i >= 0; i--) {
            SymbolTableEntry entry = ste.children.get(i);
            if (entry.compInlined) {
                ste.children.remove(i);
                ste.children.addAll(i, entry.children);
            }
        }
        if (ste.isFunctionLike()) {
            analyzeCells(scopes, newFree, inlinedCells);
        } else if (ste.type == BlockType.CLASS) {
            dropClassFree(ste, newFree);
        }
        updateSymbols(ste.symbols, scopes, bound, newFree, inlinedCells,
            ste.type == BlockType.CLASS || ste.canSeeClassScope);
        free.addAll(newFree);
    }

    private void analyzeName(SymbolTableEntry ste, Map<String, Integer> scopes, String name, int flags,
                             Set<String> bound, Set<String> local, Set<String> free, Set<String> global,
                             Set<String> typeParams, SymbolTableEntry classEntry) {
        if ((flags & DEF_GLOBAL) != 0) {
            if ((flags & DEF_NONLOCAL) != 0) {
                throw errorAtDirective(ste, name, "name '" + name + "' is nonlocal and global");
            }
            scopes.put(name, GLOBAL_EXPLICIT);
            global.add(name);
            if (bound != null) {
                bound.remove(name);
            }
            return;
        }
        if ((flags & DEF_NONLOCAL) != 0) {
            if (bound == null) {
                throw errorAtDirective(ste, name, "nonlocal declaration not allowed at module level");
            }
            if (!bound.contains(name)) {
                throw errorAtDirective(ste, name, "no binding for nonlocal '" + name + "' found");
            }
            if (typeParams.contains(name)) {
                throw errorAtDirective(ste, name, "nonlocal binding not allowed for type parameter '" + name + "'");
            }
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if ((flags & DEF_BOUND) != 0) {
            scopes.put(name, LOCAL);
            local.add(name);
            global.remove(name);
            if ((flags & DEF_TYPE_PARAM) != 0) {
                typeParams.add(name);
            } else {
                typeParams.remove(name);
            }
            return;
        }
        if (classEntry != null) {
            int classFlags = classEntry.flags(name);
            if ((classFlags & DEF_GLOBAL) != 0) {
                scopes.put(name, GLOBAL_EXPLICIT);
                return;
            } else if ((classFlags & DEF_BOUND) != 0 && (classFlags & DEF_NONLOCAL) == 0) {
                scopes.put(name, GLOBAL_IMPLICIT);
                return;
            }
        }
        if (bound != null && bound.contains(name)) {
            scopes.put(name, FREE);
            ste.free = true;
            free.add(name);
            return;
        }
        if (global != null && global.contains(name)) {
            scopes.put(name, GLOBAL_IMPLICIT);
            return;
        }
        if (ste.nested) {
            ste.free = true;
        }
        scopes.put(name, GLOBAL_IMPLICIT);
    }

    private RuntimeException errorAtDirective(SymbolTableEntry ste, String name, String msg) {
        int[] at = ste.directives.get(name);
        if (at == null) {
            return errors.at(msg, ste.lineno, ste.colOffset, ste.endLineno, ste.endColOffset);
        }
        return errors.at(msg, at[0], at[1], at[2], at[3]);
    }

    private static void inlineComprehension(SymbolTableEntry ste, SymbolTableEntry comp, Map<String, Integer> scopes,
                                            Set<String> compFree, Set<String> inlinedCells) {
        boolean removeDunderClass = false;
        for (Map.Entry<String, Integer> e : comp.symbols.entrySet()) {
            String k = e.getKey();
            int compFlags = e.getValue();
            if ((compFlags & DEF_PARAM) != 0) {
                continue;
            }
            int scope = Symbol.scope(compFlags);
            int onlyFlags = compFlags & ((1 << SCOPE_OFFSET) - 1);
            if (scope == CELL || (onlyFlags & DEF_COMP_CELL) != 0) {
                inlinedCells.add(k);
            }
            Integer existing = ste.symbols.get(k);
            if (scope == FREE && ste.type == BlockType.CLASS && k.equals("__class__")) {
                scope = GLOBAL_IMPLICIT;
                compFree.remove(k);
                removeDunderClass = true;
            }
            if (existing == null) {
                ste.symbols.put(k, onlyFlags);
                scopes.put(k, scope);
            } else if ((existing & DEF_BOUND) != 0 && !isFreeInAnyChild(comp, k) && ste.type != BlockType.CLASS) {
                compFree.remove(k);
            }
        }
        comp.free = !compFree.isEmpty();
        if (removeDunderClass) {
            comp.symbols.remove("__class__");
        }
    }

    private static boolean isFreeInAnyChild(SymbolTableEntry entry, String key) {
        for (SymbolTableEntry child : entry.children) {
            if (Symbol.scope(child.flags(key)) == FREE) {
                return true;
            }
        }
        return false;
    }

    private static void analyzeCells(Map<String, Integer> scopes, Set<String> free, Set<String> inlinedCells) {
        for (Map.Entry<String, Integer> e : scopes.entrySet()) {
            if (e.getValue() != LOCAL) {
                continue;
            }
            String name = e.getKey();
            if (!free.contains(name) && !inlinedCells.contains(name)) {
                continue;
            }
            e.setValue(CELL);
            free.remove(name);
        }
    }

    private static void dropClassFree(SymbolTableEntry ste, Set<String> free) {
        if (free.remove("__class__")) {
            ste.needsClassClosure = true;
        }
        if (free.remove("__classdict__")) {
            ste.needsClassDict = true;
        }
    }

    private static void updateSymbols(Map<String, Integer> symbols, Map<String, Integer> scopes, Set<String> bound,
                                      Set<String> free, Set<String> inlinedCells, boolean classFlag) {
        for (Map.Entry<String, Integer> e : symbols.entrySet()) {
            int flags = e.getValue();
            if (inlinedCells.contains(e.getKey())) {
                flags |= DEF_COMP_CELL;
            }
            int scope = scopes.get(e.getKey());
            e.setValue(flags | (scope << SCOPE_OFFSET));
        }
        for (String name : List.copyOf(free)) {
            Integer v = symbols.get(name);
            if (v != null) {
                if (classFlag) {
                    symbols.put(name, v | DEF_FREE_CLASS);
                }
                continue;
            }
            if (bound != null && !bound.contains(name)) {
                continue;
            }
            symbols.put(name, FREE << SCOPE_OFFSET);
        }
    }
}
