package org.sanca.compiler.symtable;

import static org.sanca.compiler.symtable.Symbol.DEF_ANNOT;
import static org.sanca.compiler.symtable.Symbol.DEF_COMP_ITER;
import static org.sanca.compiler.symtable.Symbol.DEF_GLOBAL;
import static org.sanca.compiler.symtable.Symbol.DEF_IMPORT;
import static org.sanca.compiler.symtable.Symbol.DEF_LOCAL;
import static org.sanca.compiler.symtable.Symbol.DEF_NONLOCAL;
import static org.sanca.compiler.symtable.Symbol.DEF_PARAM;
import static org.sanca.compiler.symtable.Symbol.DEF_TYPE_PARAM;
import static org.sanca.compiler.symtable.Symbol.USE;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.sanca.ast.*;

/**
 * The first pass of CPython's Python/symtable.c: walks the AST, opens a block per scope and
 * records how each block uses each name. {@link ScopeAnalyzer} then resolves the scopes.
 */
final class SymbolTableBuilder {
    private final SyntaxErrors errors;
    private final boolean futureAnnotations;
    private final List<SymbolTableEntry> stack = new ArrayList<>();
    final Map<Object, SymbolTableEntry> blocks = new IdentityHashMap<>();
    private SymbolTableEntry cur;
    SymbolTableEntry top;
    private Map<String, Integer> globals;
    private String privateName;

    SymbolTableBuilder(SyntaxErrors errors, boolean futureAnnotations) {
        this.errors = errors;
        this.futureAnnotations = futureAnnotations;
    }

    void build(Mod mod) {
        enterBlock("top", BlockType.MODULE, mod, 0, 0, 0, 0);
        top = cur;
        switch (mod) {
            case org.sanca.ast.Module m -> stmts(m.body());
            case Interactive i -> stmts(i.body());
            case Expression e -> expr(e.body());
            case FunctionType f -> {
                exprs(f.argtypes());
                expr(f.returns());
            }
        }
        exitBlock();
    }

    private void enterBlock(String name, BlockType type, Object key, int lineno, int col, int endLineno,
                            int endCol) {
        SymbolTableEntry prev = cur;
        SymbolTableEntry ste = new SymbolTableEntry(name, type, key, lineno, col, endLineno, endCol);
        if (prev != null && (prev.nested || prev.isFunctionLike())) {
            ste.nested = true;
        }
        blocks.put(key, ste);
        stack.add(ste);
        if (prev != null) {
            ste.compIterExpr = prev.compIterExpr;
        }
        cur = ste;
        if (type == BlockType.ANNOTATION) {
            return;
        }
        if (type == BlockType.MODULE) {
            globals = ste.symbols;
        }
        if (prev != null) {
            prev.children.add(ste);
        }
    }

    private void enterBlock(String name, BlockType type, Object key, Located at) {
        enterBlock(name, type, key, at.lineno(), at.col_offset(), at.end_lineno(), at.end_col_offset());
    }

    private void exitBlock() {
        stack.remove(stack.size() - 1);
        cur = stack.isEmpty() ? null : stack.get(stack.size() - 1);
    }

    private void addDef(String name, int flag, Located at) {
        addDef(name, flag, cur, at.lineno(), at.col_offset(), at.end_lineno(), at.end_col_offset());
    }

    private void addDef(String name, int flag, SymbolTableEntry ste, int lineno, int col, int endLineno,
                        int endCol) {
        String mangled = Symbol.mangle(privateName, name);
        Integer old = ste.symbols.get(mangled);
        int val;
        if (old != null) {
            val = old;
            if ((flag & DEF_PARAM) != 0 && (val & DEF_PARAM) != 0) {
                throw errors.at("duplicate argument '" + name + "' in function definition", lineno, col,
                    endLineno, endCol);
            }
            if ((flag & DEF_TYPE_PARAM) != 0 && (val & DEF_TYPE_PARAM) != 0) {
                throw errors.at("duplicate type parameter '" + name + "'", lineno, col, endLineno, endCol);
            }
            val |= flag;
        } else {
            val = flag;
        }
        if (ste.compIterTarget != 0) {
            if ((val & (DEF_GLOBAL | DEF_NONLOCAL)) != 0) {
                throw errors.at("comprehension inner loop cannot rebind assignment expression target '" + name
                    + "'", lineno, col, endLineno, endCol);
            }
            val |= DEF_COMP_ITER;
        }
        ste.symbols.put(mangled, val);
        if ((flag & DEF_PARAM) != 0) {
            ste.varnames.add(mangled);
        } else if ((flag & DEF_GLOBAL) != 0) {
            globals.merge(mangled, flag, (a, b) -> a | b);
        }
    }

    private int lookup(String name) {
        return cur.flags(Symbol.mangle(privateName, name));
    }

    private void recordDirective(String name, Located at) {
        cur.directives.putIfAbsent(Symbol.mangle(privateName, name),
            new int[] {at.lineno(), at.col_offset(), at.end_lineno(), at.end_col_offset()});
    }

    private void stmts(List<Stmt> body) {
        for (Stmt s : body) {
            stmt(s);
        }
    }

    private void exprs(List<Expr> list) {
        for (Expr e : list) {
            if (e != null) {
                expr(e);
            }
        }
    }

    /**
     * CPython's symtable stops at {@code C_RECURSION_LIMIT * COMPILER_STACK_FRAME_SCALE} nested
     * statements and expressions with "maximum recursion depth exceeded during compilation".
     */
    private static final int RECURSION_LIMIT = 1500 * 3;
    private int depth;

    private void enterNested() {
        if (++depth > RECURSION_LIMIT) {
            throw new org.sanca.compiler.CompileRecursionError();
        }
    }

    private void stmt(Stmt s) {
        enterNested();
        try {
            stmtBody(s);
        } finally {
            depth--;
        }
    }

    private void stmtBody(Stmt s) {
        switch (s) {
            case FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(),
                f.type_params(), false);
            case AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(),
                f.type_params(), true);
            case ClassDef c -> classDef(c);
            case TypeAlias t -> typeAlias(t);
            case Return r -> {
                if (r.value() != null) {
                    expr(r.value());
                    cur.returnsValue = true;
                }
            }
            case Delete d -> exprs(d.targets());
            case Assign a -> {
                exprs(a.targets());
                expr(a.value());
            }
            case AnnAssign a -> annAssign(a);
            case AugAssign a -> {
                expr(a.target());
                expr(a.value());
            }
            case For f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case AsyncFor f -> {
                expr(f.target());
                expr(f.iter());
                stmts(f.body());
                stmts(f.orelse());
            }
            case While w -> {
                expr(w.test());
                stmts(w.body());
                stmts(w.orelse());
            }
            case If i -> {
                expr(i.test());
                stmts(i.body());
                stmts(i.orelse());
            }
            case Match m -> {
                expr(m.subject());
                for (MatchCase c : m.cases()) {
                    pattern(c.pattern());
                    if (c.guard() != null) {
                        expr(c.guard());
                    }
                    stmts(c.body());
                }
            }
            case Raise r -> {
                if (r.exc() != null) {
                    expr(r.exc());
                    if (r.cause() != null) {
                        expr(r.cause());
                    }
                }
            }
            case Try t -> tryBody(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case TryStar t -> tryBody(t.body(), t.handlers(), t.orelse(), t.finalbody());
            case Assert a -> {
                expr(a.test());
                if (a.msg() != null) {
                    expr(a.msg());
                }
            }
            case Import i -> {
                for (Alias a : i.names()) {
                    alias(a);
                }
            }
            case ImportFrom i -> {
                for (Alias a : i.names()) {
                    alias(a);
                }
            }
            case Global g -> declare(g.names(), g, true);
            case Nonlocal n -> declare(n.names(), n, false);
            case ExprStmt e -> expr(e.value());
            case Pass p -> {
            }
            case Break b -> {
            }
            case Continue c -> {
            }
            case With w -> {
                for (WithItem item : w.items()) {
                    withItem(item);
                }
                stmts(w.body());
            }
            case AsyncWith w -> {
                for (WithItem item : w.items()) {
                    withItem(item);
                }
                stmts(w.body());
            }
        }
    }

    private void withItem(WithItem item) {
        expr(item.context_expr());
        if (item.optional_vars() != null) {
            expr(item.optional_vars());
        }
    }

    private void tryBody(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalbody) {
        stmts(body);
        for (ExceptHandler h : handlers) {
            if (h.type() != null) {
                expr(h.type());
            }
            if (h.name() != null) {
                addDef(h.name(), DEF_LOCAL, h);
            }
            stmts(h.body());
        }
        stmts(orelse);
        stmts(finalbody);
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decorators,
                          Expr returns, List<TypeParam> typeParams, boolean async) {
        addDef(name, DEF_LOCAL, s);
        exprs(args.defaults());
        exprs(args.kw_defaults());
        exprs(decorators);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            // CPython tests the defaults list for NULL, which the parser never leaves it: every
            // generic function gets a .defaults parameter, used or not.
            enterTypeParamBlock(name, typeParams, true, hasKwDefaults(args), false, s);
            typeParams(typeParams);
        }
        annotations(args, returns);
        enterBlock(name, BlockType.FUNCTION, s, s);
        if (async) {
            cur.coroutine = true;
        }
        arguments(args);
        stmts(body);
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private static boolean hasKwDefaults(Arguments args) {
        for (Expr e : args.kw_defaults()) {
            if (e != null) {
                return true;
            }
        }
        return false;
    }

    private void classDef(ClassDef c) {
        addDef(c.name(), DEF_LOCAL, c);
        exprs(c.decorator_list());
        String saved = privateName;
        boolean generic = !c.type_params().isEmpty();
        if (generic) {
            enterTypeParamBlock(c.name(), c.type_params(), false, false, true, c);
            privateName = c.name();
            typeParams(c.type_params());
        }
        exprs(c.bases());
        for (Keyword k : c.keywords()) {
            expr(k.value());
        }
        enterBlock(c.name(), BlockType.CLASS, c, c);
        privateName = c.name();
        if (generic) {
            addDef("__type_params__", DEF_LOCAL, c);
            addDef(".type_params", USE, c);
        }
        stmts(c.body());
        exitBlock();
        if (generic) {
            exitBlock();
        }
        privateName = saved;
    }

    private void typeAlias(TypeAlias t) {
        expr(t.name());
        String name = ((Name) t.name()).id();
        boolean inClass = cur.type == BlockType.CLASS;
        boolean generic = !t.type_params().isEmpty();
        if (generic) {
            enterTypeParamBlock(name, t.type_params(), false, false, false, t);
            typeParams(t.type_params());
        }
        enterBlock(name, BlockType.TYPE_ALIAS, t, t);
        cur.canSeeClassScope = inClass;
        if (inClass) {
            addDef("__classdict__", USE, t.value());
        }
        expr(t.value());
        exitBlock();
        if (generic) {
            exitBlock();
        }
    }

    private void enterTypeParamBlock(String name, List<TypeParam> key, boolean hasDefaults, boolean hasKwDefaults,
                                     boolean isClass, Located at) {
        BlockType current = cur.type;
        enterBlock(name, BlockType.TYPE_PARAM, key, at);
        if (current == BlockType.CLASS) {
            cur.canSeeClassScope = true;
            addDef("__classdict__", USE, at);
        }
        if (isClass) {
            addDef(".type_params", DEF_LOCAL, at);
            addDef(".type_params", USE, at);
            privateName = name;
            addDef(".generic_base", DEF_LOCAL, at);
            addDef(".generic_base", USE, at);
        }
        if (hasDefaults) {
            addDef(".defaults", DEF_PARAM, at);
        }
        if (hasKwDefaults) {
            addDef(".kwdefaults", DEF_PARAM, at);
        }
    }

    private void typeParams(List<TypeParam> params) {
        for (TypeParam tp : params) {
            switch (tp) {
                case TypeVar tv -> {
                    addDef(tv.name(), DEF_TYPE_PARAM | DEF_LOCAL, tv);
                    if (tv.bound() != null) {
                        boolean inClass = cur.canSeeClassScope;
                        enterBlock(tv.name(), BlockType.TYPE_VAR_BOUND, tv, tv);
                        cur.canSeeClassScope = inClass;
                        if (inClass) {
                            addDef("__classdict__", USE, tv.bound());
                        }
                        expr(tv.bound());
                        exitBlock();
                    }
                }
                case TypeVarTuple tvt -> addDef(tvt.name(), DEF_TYPE_PARAM | DEF_LOCAL, tvt);
                case ParamSpec ps -> addDef(ps.name(), DEF_TYPE_PARAM | DEF_LOCAL, ps);
            }
        }
    }

    private void annotations(Arguments a, Expr returns) {
        argAnnotations(a.posonlyargs());
        argAnnotations(a.args());
        if (a.vararg() != null && a.vararg().annotation() != null) {
            annotation(a.vararg().annotation());
        }
        if (a.kwarg() != null && a.kwarg().annotation() != null) {
            annotation(a.kwarg().annotation());
        }
        argAnnotations(a.kwonlyargs());
        if (returns != null) {
            annotation(returns);
        }
    }

    private void argAnnotations(List<Arg> args) {
        for (Arg a : args) {
            if (a.annotation() != null) {
                annotation(a.annotation());
            }
        }
    }

    private void annotation(Expr annotation) {
        if (futureAnnotations) {
            enterBlock("_annotation", BlockType.ANNOTATION, annotation, annotation);
        }
        expr(annotation);
        if (futureAnnotations) {
            exitBlock();
        }
    }

    private void arguments(Arguments a) {
        params(a.posonlyargs());
        params(a.args());
        params(a.kwonlyargs());
        if (a.vararg() != null) {
            addDef(a.vararg().arg(), DEF_PARAM, a.vararg());
            cur.varargs = true;
        }
        if (a.kwarg() != null) {
            addDef(a.kwarg().arg(), DEF_PARAM, a.kwarg());
            cur.varkeywords = true;
        }
    }

    private void params(List<Arg> args) {
        for (Arg a : args) {
            addDef(a.arg(), DEF_PARAM, a);
        }
    }

    private void annAssign(AnnAssign a) {
        if (a.target() instanceof Name n) {
            int flags = lookup(n.id());
            if ((flags & (DEF_GLOBAL | DEF_NONLOCAL)) != 0 && cur.symbols != globals && a.simple() != 0) {
                String fmt = (flags & DEF_GLOBAL) != 0 ? "annotated name '%s' can't be global"
                    : "annotated name '%s' can't be nonlocal";
                throw errors.at(String.format(fmt, n.id()), a);
            }
            if (a.simple() != 0) {
                addDef(n.id(), DEF_ANNOT | DEF_LOCAL, n);
            } else if (a.value() != null) {
                addDef(n.id(), DEF_LOCAL, n);
            }
        } else {
            expr(a.target());
        }
        annotation(a.annotation());
        if (a.value() != null) {
            expr(a.value());
        }
    }

    private void alias(Alias a) {
        String name = a.asname() == null ? a.name() : a.asname();
        int dot = name.indexOf('.');
        String storeName = dot >= 0 ? name.substring(0, dot) : name;
        if (!name.equals("*")) {
            addDef(storeName, DEF_IMPORT, a);
        } else if (cur.type != BlockType.MODULE) {
            throw errors.at("import * only allowed at module level", a);
        }
    }

    private void declare(List<String> names, Stmt s, boolean global) {
        String kind = global ? "global" : "nonlocal";
        for (String name : names) {
            int flags = lookup(name);
            if ((flags & (DEF_PARAM | DEF_LOCAL | USE | DEF_ANNOT)) != 0) {
                String msg;
                if ((flags & DEF_PARAM) != 0) {
                    msg = "name '%s' is parameter and " + kind;
                } else if ((flags & USE) != 0) {
                    msg = "name '%s' is used prior to " + kind + " declaration";
                } else if ((flags & DEF_ANNOT) != 0) {
                    msg = "annotated name '%s' can't be " + kind;
                } else {
                    msg = "name '%s' is assigned to before " + kind + " declaration";
                }
                throw errors.at(String.format(msg, name), s);
            }
            addDef(name, global ? DEF_GLOBAL : DEF_NONLOCAL, s);
            recordDirective(name, s);
        }
    }

    private void pattern(Pattern p) {
        switch (p) {
            case MatchValue v -> expr(v.value());
            case MatchSingleton s -> {
            }
            case MatchSequence s -> patterns(s.patterns());
            case MatchStar s -> {
                if (s.name() != null) {
                    addDef(s.name(), DEF_LOCAL, s);
                }
            }
            case MatchMapping m -> {
                exprs(m.keys());
                patterns(m.patterns());
                if (m.rest() != null) {
                    addDef(m.rest(), DEF_LOCAL, m);
                }
            }
            case MatchClass c -> {
                expr(c.cls());
                patterns(c.patterns());
                patterns(c.kwd_patterns());
            }
            case MatchAs a -> {
                if (a.pattern() != null) {
                    pattern(a.pattern());
                }
                if (a.name() != null) {
                    addDef(a.name(), DEF_LOCAL, a);
                }
            }
            case MatchOr o -> patterns(o.patterns());
        }
    }

    private void patterns(List<Pattern> list) {
        for (Pattern p : list) {
            pattern(p);
        }
    }

    private void expr(Expr e) {
        enterNested();
        try {
            exprBody(e);
        } finally {
            depth--;
        }
    }

    private void exprBody(Expr e) {
        switch (e) {
            case NamedExpr n -> {
                raiseIfAnnotationBlock("named expression", e);
                namedExpr(n);
            }
            case BoolOp b -> exprs(b.values());
            case BinOp b -> {
                expr(b.left());
                expr(b.right());
            }
            case UnaryOp u -> expr(u.operand());
            case Lambda l -> {
                exprs(l.args().defaults());
                exprs(l.args().kw_defaults());
                enterBlock("lambda", BlockType.FUNCTION, l, l);
                arguments(l.args());
                expr(l.body());
                exitBlock();
            }
            case IfExp i -> {
                expr(i.test());
                expr(i.body());
                expr(i.orelse());
            }
            case Dict d -> {
                exprs(d.keys());
                exprs(d.values());
            }
            case Set s -> exprs(s.elts());
            case GeneratorExp g -> comprehension(g, "genexpr", g.generators(), g.elt(), null,
                ComprehensionKind.GENERATOR);
            case ListComp l -> comprehension(l, "listcomp", l.generators(), l.elt(), null, ComprehensionKind.LIST);
            case SetComp s -> comprehension(s, "setcomp", s.generators(), s.elt(), null, ComprehensionKind.SET);
            case DictComp d -> comprehension(d, "dictcomp", d.generators(), d.key(), d.value(),
                ComprehensionKind.DICT);
            case Yield y -> {
                raiseIfAnnotationBlock("yield expression", e);
                if (y.value() != null) {
                    expr(y.value());
                }
                yielded(e);
            }
            case YieldFrom y -> {
                raiseIfAnnotationBlock("yield expression", e);
                expr(y.value());
                yielded(e);
            }
            case Await a -> {
                raiseIfAnnotationBlock("await expression", e);
                expr(a.value());
                cur.coroutine = true;
            }
            case Compare c -> {
                expr(c.left());
                exprs(c.comparators());
            }
            case Call c -> {
                expr(c.func());
                exprs(c.args());
                for (Keyword k : c.keywords()) {
                    expr(k.value());
                }
            }
            case FormattedValue f -> {
                expr(f.value());
                if (f.format_spec() != null) {
                    expr(f.format_spec());
                }
            }
            case JoinedStr j -> exprs(j.values());
            case Constant c -> {
            }
            case Attribute a -> expr(a.value());
            case Subscript s -> {
                expr(s.value());
                expr(s.slice());
            }
            case Starred s -> expr(s.value());
            case Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower());
                }
                if (s.upper() != null) {
                    expr(s.upper());
                }
                if (s.step() != null) {
                    expr(s.step());
                }
            }
            case Name n -> {
                addDef(n.id(), n.ctx() == ExprContext.Load ? USE : DEF_LOCAL, n);
                if (n.ctx() == ExprContext.Load && cur.isFunctionLike() && n.id().equals("super")) {
                    addDef("__class__", USE, n);
                }
            }
            case org.sanca.ast.List l -> exprs(l.elts());
            case Tuple t -> exprs(t.elts());
        }
    }

    private void yielded(Expr e) {
        cur.generator = true;
        if (cur.comprehension != ComprehensionKind.NONE) {
            String msg = switch (cur.comprehension) {
                case LIST -> "'yield' inside list comprehension";
                case SET -> "'yield' inside set comprehension";
                case DICT -> "'yield' inside dict comprehension";
                default -> "'yield' inside generator expression";
            };
            throw errors.at(msg, e);
        }
    }

    private void raiseIfAnnotationBlock(String what, Expr e) {
        String fmt = switch (cur.type) {
            case ANNOTATION -> "%s cannot be used within an annotation";
            case TYPE_VAR_BOUND -> "%s cannot be used within a TypeVar bound";
            case TYPE_ALIAS -> "%s cannot be used within a type alias";
            case TYPE_PARAM -> "%s cannot be used within the definition of a generic";
            default -> null;
        };
        if (fmt != null) {
            throw errors.at(String.format(fmt, what), e);
        }
    }

    private void namedExpr(NamedExpr e) {
        if (cur.compIterExpr > 0) {
            throw errors.at("assignment expression cannot be used in a comprehension iterable expression", e);
        }
        if (cur.comprehension != ComprehensionKind.NONE) {
            extendNamedExprScope((Name) e.target());
        }
        expr(e.value());
        expr(e.target());
    }

    private void extendNamedExprScope(Name target) {
        String name = target.id();
        for (int i = stack.size() - 1; i >= 0; i--) {
            SymbolTableEntry ste = stack.get(i);
            if (ste.comprehension != ComprehensionKind.NONE) {
                if ((ste.flags(name) & DEF_COMP_ITER) != 0) {
                    throw errors.at("assignment expression cannot rebind comprehension iteration variable '"
                        + name + "'", target);
                }
                continue;
            }
            if (ste.type == BlockType.FUNCTION) {
                addDef(name, (ste.flags(name) & DEF_GLOBAL) != 0 ? DEF_GLOBAL : DEF_NONLOCAL, target);
                recordDirective(name, target);
                addDef(name, DEF_LOCAL, ste, target.lineno(), target.col_offset(), target.end_lineno(),
                    target.end_col_offset());
                return;
            }
            if (ste.type == BlockType.MODULE) {
                addDef(name, DEF_GLOBAL, target);
                recordDirective(name, target);
                addDef(name, DEF_GLOBAL, ste, target.lineno(), target.col_offset(), target.end_lineno(),
                    target.end_col_offset());
                return;
            }
            String where = switch (ste.type) {
                case CLASS -> "in a class body";
                case TYPE_PARAM -> "within the definition of a generic";
                case TYPE_ALIAS -> "in a type alias";
                case TYPE_VAR_BOUND -> "in a TypeVar bound";
                default -> null;
            };
            if (where != null) {
                throw errors.at("assignment expression within a comprehension cannot be used " + where, target);
            }
        }
        throw new IllegalStateException("no scope for assignment expression target " + name);
    }

    private void comprehension(Expr e, String scopeName, List<Comprehension> generators, Expr elt, Expr value,
                               ComprehensionKind kind) {
        boolean isGenerator = kind == ComprehensionKind.GENERATOR;
        Comprehension outermost = generators.get(0);
        cur.compIterExpr++;
        expr(outermost.iter());
        cur.compIterExpr--;
        enterBlock(scopeName, BlockType.FUNCTION, e, e);
        cur.comprehension = kind;
        if (outermost.is_async() != 0) {
            cur.coroutine = true;
        }
        addDef(".0", DEF_PARAM, e);
        cur.compIterTarget = 1;
        expr(outermost.target());
        cur.compIterTarget = 0;
        exprs(outermost.ifs());
        for (int i = 1; i < generators.size(); i++) {
            Comprehension lc = generators.get(i);
            cur.compIterTarget = 1;
            expr(lc.target());
            cur.compIterTarget = 0;
            cur.compIterExpr++;
            expr(lc.iter());
            cur.compIterExpr--;
            exprs(lc.ifs());
            if (lc.is_async() != 0) {
                cur.coroutine = true;
            }
        }
        if (value != null) {
            expr(value);
        }
        expr(elt);
        cur.generator = isGenerator;
        boolean isAsync = cur.coroutine && !isGenerator;
        exitBlock();
        if (isAsync) {
            cur.coroutine = true;
        }
    }
}
