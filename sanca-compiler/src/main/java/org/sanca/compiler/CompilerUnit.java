package org.sanca.compiler;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.sanca.compiler.symtable.Symbol;
import org.sanca.compiler.symtable.SymbolTableEntry;

/** The state of the code object being compiled: CPython's {@code struct compiler_unit}. */
final class CompilerUnit {
    final SymbolTableEntry ste;
    final String name;
    String qualname;
    final ScopeType scopeType;
    final int firstLineNo;
    String privateName;
    int argCount;
    int posOnlyArgCount;
    int kwOnlyArgCount;
    int inInlinedComp;
    /** A label was just bound: the next instruction starts a basic block. */
    boolean labelPending;

    final List<Instr> instrs = new ArrayList<>();
    private final Map<Object, Integer> constIndex = new HashMap<>();
    final List<Object> consts = new ArrayList<>();
    final Map<String, Integer> names = new LinkedHashMap<>();
    final Map<String, Integer> varnames = new LinkedHashMap<>();
    final Map<String, Integer> cellvars = new LinkedHashMap<>();
    final Map<String, Integer> freevars = new LinkedHashMap<>();
    /** Names of a non-function scope that an inlined comprehension turned into fast locals. */
    final Map<String, Boolean> fastHidden = new HashMap<>();
    final Deque<FBlock> fblocks = new ArrayDeque<>();

    CompilerUnit(SymbolTableEntry ste, String name, ScopeType scopeType, int firstLineNo) {
        this.ste = ste;
        this.name = name;
        this.scopeType = scopeType;
        this.firstLineNo = firstLineNo;
        for (String v : ste.varnames) {
            varnames.putIfAbsent(v, varnames.size());
        }
        TreeSet<String> cells = new TreeSet<>();
        TreeSet<String> frees = new TreeSet<>();
        for (Map.Entry<String, Integer> e : ste.symbols.entrySet()) {
            int flags = e.getValue();
            int scope = Symbol.scope(flags);
            if (scope == Symbol.CELL || (flags & Symbol.DEF_COMP_CELL) != 0) {
                cells.add(e.getKey());
            }
            if (scope == Symbol.FREE || (flags & Symbol.DEF_FREE_CLASS) != 0) {
                frees.add(e.getKey());
            }
        }
        for (String c : cells) {
            cellvars.put(c, cellvars.size());
        }
        if (ste.needsClassClosure) {
            cellvars.put("__class__", cellvars.size());
        }
        if (ste.needsClassDict) {
            cellvars.put("__classdict__", cellvars.size());
        }
        for (String f : frees) {
            freevars.put(f, cellvars.size() + freevars.size());
        }
    }

    int addConst(Object value) {
        Object key = ConstKey.of(value);
        Integer i = constIndex.get(key);
        if (i == null) {
            i = consts.size();
            constIndex.put(key, i);
            consts.add(value);
        }
        return i;
    }

    static int add(Map<String, Integer> dict, String name) {
        Integer i = dict.get(name);
        if (i == null) {
            i = dict.size();
            dict.put(name, i);
        }
        return i;
    }
}
