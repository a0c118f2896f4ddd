package org.sanca.compiler;

import static org.sanca.compiler.Intrinsics.*;
import static org.sanca.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.sanca.ast.*;
import org.sanca.compiler.symtable.BlockType;
import org.sanca.compiler.symtable.Symbol;
import org.sanca.compiler.symtable.SymbolTable;
import org.sanca.compiler.symtable.SymbolTableEntry;
import org.sanca.compiler.symtable.SyntaxErrors;
import org.sanca.parser.WarningSink;

/**
 * The code generator: CPython 3.12's Python/compile.c. It walks the AST scope by scope and
 * emits instructions into {@link CompilerUnit}s; the {@link Assembler} finishes each into a
 * {@link CodeUnit}. This class holds the emitting, scope and name machinery;
 * {@link ExprGen}, {@link PatternGen} and {@link StmtGen} build on it.
 */
abstract class CodeGen {
    static final int STACK_USE_GUIDELINE = 30;
    static final Object NONE = Singleton.NONE;

    final SymbolTable st;
    final String filename;
    final SyntaxErrors errors;
    final int optimize;
    final boolean interactive;
    final FutureFeatures future;
    final List<CompilerUnit> ancestors = new ArrayList<>();
    /** Where SyntaxWarnings go; CPython's {@code compiler_warn}. */
    WarningSink warnings = WarningSink.IGNORE;
    CompilerUnit u;

    CodeGen(SymbolTable st, String filename, SyntaxErrors errors, int optimize, boolean interactive,
            FutureFeatures future) {
        this.st = st;
        this.filename = filename;
        this.errors = errors;
        this.optimize = optimize;
        this.interactive = interactive;
        this.future = future;
    }

    // ---- emitting ----

    final void addop(int op, Loc loc) {
        emit(new Instr(op, 0, null, loc));
    }

    final void addopI(int op, int arg, Loc loc) {
        emit(new Instr(op, arg, null, loc));
    }

    final void jump(int op, Label target, Loc loc) {
        emit(new Instr(op, 0, target, loc));
    }

    private void emit(Instr in) {
        List<Instr> instrs = u.instrs;
        in.blockStart = u.labelPending;
        u.labelPending = false;
        instrs.add(in);
    }

    final void bind(Label label) {
        label.pos = u.instrs.size();
        u.labelPending = true;
    }

    final void loadConst(Object value, Loc loc) {
        addopI(LOAD_CONST, u.addConst(value), loc);
    }

    /** CPython's {@code ADDOP_NAME}: the name is mangled, LOAD_ATTR and LOAD_SUPER_ATTR shifted. */
    final void addopName(int op, String name, Loc loc) {
        int arg = CompilerUnit.add(u.names, Symbol.mangle(u.privateName, name));
        if (op == LOAD_ATTR) {
            arg <<= 1;
        }
        addopI(op, arg, loc);
    }

    final void loadMethod(String name, Loc loc) {
        int arg = CompilerUnit.add(u.names, Symbol.mangle(u.privateName, name));
        addopI(LOAD_ATTR, arg << 1 | 1, loc);
    }

    /** LOAD_SUPER_ATTR with its low bits: 1 for a method load, 2 for the two-argument form. */
    final void loadSuperAttr(String name, boolean method, boolean twoArgs, Loc loc) {
        int arg = CompilerUnit.add(u.names, Symbol.mangle(u.privateName, name));
        addopI(LOAD_SUPER_ATTR, arg << 2 | (twoArgs ? 2 : 0) | (method ? 1 : 0), loc);
    }

    final void addopNoMangle(int op, String name, Loc loc) {
        addopI(op, CompilerUnit.add(u.names, name), loc);
    }

    final void fast(int op, String name, Loc loc) {
        addopI(op, CompilerUnit.add(u.varnames, name), loc);
    }

    final void warn(String msg, Loc loc) {
        warnings.warn("SyntaxWarning", msg, loc.lineno(), loc.col() + 1);
    }

    final RuntimeException error(String msg, Loc loc) {
        return errors.at(msg, loc.lineno(), loc.col(), loc.endLineno(), loc.endCol());
    }

    // ---- scopes ----

    final void enterScope(String name, ScopeType type, Object key, int lineno) {
        SymbolTableEntry ste = st.lookup(key);
        CompilerUnit nu = new CompilerUnit(ste, name, type, lineno);
        if (u != null) {
            nu.privateName = u.privateName;
            ancestors.add(u);
        }
        u = nu;
        if (type != ScopeType.MODULE) {
            setQualname();
        } else {
            u.qualname = name;
        }
    }

    final CodeUnit exitScope() {
        CodeUnit code = new Assembler(u, filename, codeFlags()).assemble();
        u = ancestors.isEmpty() ? null : ancestors.remove(ancestors.size() - 1);
        return code;
    }

    private int codeFlags() {
        SymbolTableEntry ste = u.ste;
        int flags = future.codeFlags();
        if (ste.isFunctionLike()) {
            flags |= CodeUnit.CO_NEWLOCALS | CodeUnit.CO_OPTIMIZED;
            if (ste.nested) {
                flags |= CodeUnit.CO_NESTED;
            }
            if (ste.generator && !ste.coroutine) {
                flags |= CodeUnit.CO_GENERATOR;
            }
            if (!ste.generator && ste.coroutine) {
                flags |= CodeUnit.CO_COROUTINE;
            }
            if (ste.generator && ste.coroutine) {
                flags |= CodeUnit.CO_ASYNC_GENERATOR;
            }
            if (ste.varargs) {
                flags |= CodeUnit.CO_VARARGS;
            }
            if (ste.varkeywords) {
                flags |= CodeUnit.CO_VARKEYWORDS;
            }
        }
        return flags;
    }

    private void setQualname() {
        int n = ancestors.size();
        String base = null;
        if (n >= 1) {
            CompilerUnit parent = ancestors.get(n - 1);
            if (parent.scopeType == ScopeType.TYPEPARAMS) {
                if (n == 2) {
                    u.qualname = u.name;
                    return;
                }
                parent = ancestors.get(n - 2);
            }
            boolean forceGlobal = false;
            if (u.scopeType == ScopeType.FUNCTION || u.scopeType == ScopeType.ASYNC_FUNCTION
                || u.scopeType == ScopeType.CLASS) {
                String mangled = Symbol.mangle(parent.privateName, u.name);
                forceGlobal = parent.ste.scope(mangled) == Symbol.GLOBAL_EXPLICIT;
            }
            if (!forceGlobal) {
                if (parent.scopeType == ScopeType.FUNCTION || parent.scopeType == ScopeType.ASYNC_FUNCTION
                    || parent.scopeType == ScopeType.LAMBDA) {
                    base = parent.qualname + ".<locals>";
                } else if (parent.scopeType != ScopeType.MODULE) {
                    base = parent.qualname;
                }
            }
        }
        u.qualname = base != null ? base + "." + u.name : u.name;
    }

    /** Starts the PEP 479 guard of a generator or coroutine body; null when the unit needs none. */
    final Label startStopIterationHandler() {
        if (!u.ste.generator && !u.ste.coroutine) {
            return null;
        }
        Label handler = new Label();
        jump(Pseudo.SETUP_CLEANUP, handler, Loc.NONE);
        return handler;
    }

    final void finishStopIterationHandler(Label handler) {
        if (handler == null) {
            return;
        }
        addopI(RETURN_CONST, u.addConst(NONE), Loc.NONE);
        bind(handler);
        addopI(CALL_INTRINSIC_1, INTRINSIC_STOPITERATION_ERROR, Loc.NONE);
        addopI(RERAISE, 1, Loc.NONE);
    }

    // ---- names ----

    final void nameop(String name, ExprContext ctx, Loc loc) {
        forbiddenName(name, ctx, loc);
        String mangled = Symbol.mangle(u.privateName, name);
        int scope = u.ste.scope(mangled);
        SymbolTableEntry ste = u.ste;
        Map<String, Integer> dict = u.names;
        int optype = 'N';
        switch (scope) {
            case Symbol.FREE -> {
                dict = u.freevars;
                optype = 'D';
            }
            case Symbol.CELL -> {
                dict = u.cellvars;
                optype = 'D';
            }
            case Symbol.LOCAL -> {
                if (ste.isFunctionLike() || Boolean.TRUE.equals(u.fastHidden.get(mangled))) {
                    optype = 'F';
                }
            }
            case Symbol.GLOBAL_IMPLICIT -> {
                if (ste.isFunctionLike()) {
                    optype = 'G';
                }
            }
            case Symbol.GLOBAL_EXPLICIT -> optype = 'G';
            default -> {
            }
        }
        int op;
        switch (optype) {
            case 'D' -> {
                if (ctx == ExprContext.Load) {
                    if (ste.type == BlockType.CLASS && u.inInlinedComp == 0) {
                        op = LOAD_FROM_DICT_OR_DEREF;
                        addop(LOAD_LOCALS, loc);
                    } else if (ste.canSeeClassScope) {
                        op = LOAD_FROM_DICT_OR_DEREF;
                        addopI(LOAD_DEREF, CompilerUnit.add(u.freevars, "__classdict__"), loc);
                    } else {
                        op = LOAD_DEREF;
                    }
                } else {
                    op = ctx == ExprContext.Store ? STORE_DEREF : DELETE_DEREF;
                }
                addopI(op, dict.get(mangled), loc);
                return;
            }
            case 'F' -> {
                op = switch (ctx) {
                    case Load -> LOAD_FAST;
                    case Store -> STORE_FAST;
                    case Del -> DELETE_FAST;
                };
                fast(op, mangled, loc);
                return;
            }
            case 'G' -> {
                switch (ctx) {
                    case Load -> {
                        if (ste.canSeeClassScope && scope == Symbol.GLOBAL_IMPLICIT) {
                            addopI(LOAD_DEREF, CompilerUnit.add(u.freevars, "__classdict__"), loc);
                            op = LOAD_FROM_DICT_OR_GLOBALS;
                        } else {
                            addopI(LOAD_GLOBAL, CompilerUnit.add(dict, mangled) << 1, loc);
                            return;
                        }
                    }
                    case Store -> op = STORE_GLOBAL;
                    default -> op = DELETE_GLOBAL;
                }
            }
            default -> {
                switch (ctx) {
                    case Load -> {
                        if (ste.type == BlockType.CLASS && u.inInlinedComp > 0) {
                            addopI(LOAD_GLOBAL, CompilerUnit.add(dict, mangled) << 1, loc);
                            return;
                        }
                        op = LOAD_NAME;
                    }
                    case Store -> op = STORE_NAME;
                    default -> op = DELETE_NAME;
                }
            }
        }
        addopI(op, CompilerUnit.add(dict, mangled), loc);
    }

    final void forbiddenName(String name, ExprContext ctx, Loc loc) {
        if (ctx == ExprContext.Store && name.equals("__debug__")) {
            throw error("cannot assign to __debug__", loc);
        }
        if (ctx == ExprContext.Del && name.equals("__debug__")) {
            throw error("cannot delete __debug__", loc);
        }
    }

    /** CPython's {@code get_ref_type}: the scope of a name a closure captures. */
    final int refType(String name) {
        if (u.scopeType == ScopeType.CLASS && (name.equals("__class__") || name.equals("__classdict__"))) {
            return Symbol.CELL;
        }
        return u.ste.scope(name);
    }

    final void makeClosure(CodeUnit co, int flags, Loc loc) {
        List<String> frees = co.freeVars();
        if (!frees.isEmpty()) {
            for (String name : frees) {
                int arg = refType(name) == Symbol.CELL ? u.cellvars.get(name) : u.freevars.get(name);
                addopI(LOAD_CLOSURE, arg, loc);
            }
            flags |= 0x08;
            addopI(BUILD_TUPLE, frees.size(), loc);
        }
        loadConst(co, loc);
        addopI(MAKE_FUNCTION, flags, loc);
    }

    // ---- frame blocks ----

    static final int CO_MAXBLOCKS = 20;

    final void pushFBlock(FBlock.Kind kind, Label block, Label exit, Object datum, Loc loc) {
        if (u.fblocks.size() >= CO_MAXBLOCKS) {
            throw error("too many statically nested blocks", loc);
        }
        u.fblocks.push(new FBlock(kind, block, exit, datum));
    }

    final void popFBlock() {
        u.fblocks.pop();
    }

    final FBlock topFBlock() {
        return u.fblocks.peek();
    }

    /** CPython's {@code _PyST_IsFunctionLike} for the current unit. */
    final boolean inFunctionLike() {
        return u.ste.isFunctionLike();
    }

    static <T> List<T> tail(List<T> list, int from) {
        return list.subList(Math.min(from, list.size()), list.size());
    }

    static boolean hasStarred(List<Expr> elts) {
        for (Expr e : elts) {
            if (e instanceof Starred) {
                return true;
            }
        }
        return false;
    }
}
