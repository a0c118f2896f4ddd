package org.sanca.compiler;

import static org.sanca.compiler.Intrinsics.*;
import static org.sanca.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.compiler.symtable.SymbolTable;
import org.sanca.compiler.symtable.SyntaxErrors;

/** Code generation for statements and whole modules: the statement half of CPython's compile.c. */
final class StmtGen extends PatternGen {
    StmtGen(SymbolTable st, String filename, SyntaxErrors errors, int optimize, boolean interactive,
            FutureFeatures future) {
        super(st, filename, errors, optimize, interactive, future);
    }

    CodeUnit compileModule(Mod mod) {
        enterScope("<module>", ScopeType.MODULE, mod, 1);
        switch (mod) {
            case org.sanca.ast.Module m -> {
                body(m.body(), Loc.NONE);
                addopI(RETURN_CONST, u.addConst(NONE), Loc.NONE);
            }
            case Interactive i -> {
                if (findAnnotation(i.body())) {
                    addop(SETUP_ANNOTATIONS, Loc.NONE);
                }
                visitStmts(i.body());
                addopI(RETURN_CONST, u.addConst(NONE), Loc.NONE);
            }
            case Expression e -> {
                visitExpr(e.body());
                addop(RETURN_VALUE, Loc.NONE);
            }
            case FunctionType f -> throw new IllegalArgumentException("cannot compile a FunctionType");
        }
        return exitScope();
    }

    /** CPython's {@code compiler_body} for modules and class bodies: annotations, docstring, statements. */
    private void body(List<Stmt> stmts, Loc loc) {
        if (u.scopeType == ScopeType.MODULE && !stmts.isEmpty()) {
            loc = Loc.of(stmts.get(0));
        }
        if (findAnnotation(stmts)) {
            addop(SETUP_ANNOTATIONS, loc);
        }
        int i = 0;
        if (optimize < 2) {
            String doc = FutureFeatures.docString(stmts);
            if (doc != null) {
                i = 1;
                ExprStmt first = (ExprStmt) stmts.get(0);
                visitExpr(first.value());
                nameop("__doc__", ExprContext.Store, Loc.of(first));
            }
        }
        for (; i < stmts.size(); i++) {
            visitStmt(stmts.get(i));
        }
    }

    /** CPython's {@code find_ann}: whether a block (not nested scopes) has an annotated assignment. */
    static boolean findAnnotation(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            boolean found = switch (s) {
                case AnnAssign a -> true;
                case For f -> findAnnotation(f.body()) || findAnnotation(f.orelse());
                case AsyncFor f -> findAnnotation(f.body()) || findAnnotation(f.orelse());
                case While w -> findAnnotation(w.body()) || findAnnotation(w.orelse());
                case If i -> findAnnotation(i.body()) || findAnnotation(i.orelse());
                case With w -> findAnnotation(w.body());
                case AsyncWith w -> findAnnotation(w.body());
                case Try t -> findAnnotation(t.body()) || handlersHaveAnnotation(t.handlers())
                    || findAnnotation(t.orelse()) || findAnnotation(t.finalbody());
                case TryStar t -> findAnnotation(t.body()) || handlersHaveAnnotation(t.handlers())
                    || findAnnotation(t.orelse()) || findAnnotation(t.finalbody());
                case Match m -> casesHaveAnnotation(m.cases());
                default -> false;
            };
            if (found) {
                return true;
            }
        }
        return false;
    }

    private static boolean handlersHaveAnnotation(List<ExceptHandler> handlers) {
        for (ExceptHandler h : handlers) {
            if (findAnnotation(h.body())) {
                return true;
            }
        }
        return false;
    }

    private static boolean casesHaveAnnotation(List<MatchCase> cases) {
        for (MatchCase c : cases) {
            if (findAnnotation(c.body())) {
                return true;
            }
        }
        return false;
    }

    @Override
    final void visitStmts(List<Stmt> stmts) {
        for (Stmt s : stmts) {
            visitStmt(s);
        }
    }

    private void visitStmt(Stmt s) {
        Loc loc = Loc.of(s);
        switch (s) {
            case FunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(),
                f.type_params(), false);
            case AsyncFunctionDef f -> function(f, f.name(), f.args(), f.body(), f.decorator_list(), f.returns(),
                f.type_params(), true);
            case ClassDef c -> classDef(c);
            case TypeAlias t -> typeAlias(t);
            case Return r -> returnStmt(r, loc);
            case Delete d -> visitExprs(d.targets());
            case Assign a -> {
                visitExpr(a.value());
                int n = a.targets().size();
                for (int i = 0; i < n; i++) {
                    if (i < n - 1) {
                        addopI(COPY, 1, loc);
                    }
                    visitExpr(a.targets().get(i));
                }
            }
            case AugAssign a -> augAssign(a);
            case AnnAssign a -> annAssign(a, loc);
            case For f -> forStmt(f, loc);
            case While w -> whileStmt(w, loc);
            case If i -> ifStmt(i);
            case Match m -> match(m);
            case Raise r -> {
                int n = 0;
                if (r.exc() != null) {
                    visitExpr(r.exc());
                    n++;
                    if (r.cause() != null) {
                        visitExpr(r.cause());
                        n++;
                    }
                }
                addopI(RAISE_VARARGS, n, loc);
            }
            case Try t -> {
                if (!t.finalbody().isEmpty()) {
                    tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), false, loc);
                } else {
                    tryExcept(t.body(), t.handlers(), t.orelse(), loc);
                }
            }
            case TryStar t -> {
                if (!t.finalbody().isEmpty()) {
                    tryFinally(t.body(), t.handlers(), t.orelse(), t.finalbody(), true, loc);
                } else {
                    tryStarExcept(t.body(), t.handlers(), t.orelse(), loc);
                }
            }
            case Assert a -> assertStmt(a, loc);
            case Import i -> importStmt(i, loc);
            case ImportFrom i -> importFrom(i, loc);
            case Global g -> {
            }
            case Nonlocal n -> {
            }
            case ExprStmt e -> exprStmt(e.value(), loc);
            case Pass p -> addop(NOP, loc);
            case Break b -> breakStmt(loc);
            case Continue c -> continueStmt(loc);
            case With w -> with(w, w.items(), 0, w.body(), false, loc);
            case AsyncWith w -> {
                if (u.scopeType != ScopeType.ASYNC_FUNCTION) {
                    throw error("'async with' outside async function", loc);
                }
                with(w, w.items(), 0, w.body(), true, loc);
            }
            case AsyncFor f -> asyncFor(f, loc);
        }
    }

    private void exprStmt(Expr value, Loc loc) {
        if (interactive && ancestors.isEmpty()) {
            visitExpr(value);
            addopI(CALL_INTRINSIC_1, INTRINSIC_PRINT, loc);
            addop(POP_TOP, Loc.NONE);
            return;
        }
        if (constantValue(value) != null) {
            addop(NOP, loc);
            return;
        }
        visitExpr(value);
        addop(POP_TOP, Loc.NONE);
    }

    // ---- functions and classes ----

    private void decorators(List<Expr> decos) {
        visitExprs(decos);
    }

    private void applyDecorators(List<Expr> decos) {
        for (int i = decos.size() - 1; i >= 0; i--) {
            addopI(CALL, 0, Loc.of(decos.get(i)));
        }
    }

    private void function(Stmt s, String name, Arguments args, List<Stmt> body, List<Expr> decos, Expr returns,
                          List<TypeParam> typeParams, boolean async) {
        checkDebugArgs(args);
        decorators(decos);
        int firstLineNo = decos.isEmpty() ? s.lineno() : decos.get(0).lineno();
        Loc loc = Loc.of(s);
        boolean generic = !typeParams.isEmpty();
        if (generic) {
            addop(PUSH_NULL, loc);
        }
        int flags = defaultArguments(args, loc);
        int typeParamArgs = 0;
        if (generic) {
            typeParamArgs = ((flags & 0x01) != 0 ? 1 : 0) + ((flags & 0x02) != 0 ? 1 : 0);
            if (typeParamArgs == 2) {
                addopI(SWAP, 2, loc);
            }
            enterScope("<generic parameters of " + name + ">", ScopeType.TYPEPARAMS, typeParams, firstLineNo);
            typeParams(typeParams);
            for (int i = 0; i < typeParamArgs; i++) {
                addopI(LOAD_FAST, i, loc);
            }
        }
        if (annotations(args, returns, loc)) {
            flags |= 0x04;
        }
        functionBody(s, name, args, body, async, flags, firstLineNo);
        if (generic) {
            addopI(SWAP, 2, loc);
            addopI(CALL_INTRINSIC_2, INTRINSIC_SET_FUNCTION_TYPE_PARAMS, loc);
            addop(RETURN_VALUE, Loc.NONE);
            u.argCount = typeParamArgs;
            CodeUnit co = exitScope();
            makeClosure(co, 0, loc);
            if (typeParamArgs > 0) {
                addopI(SWAP, typeParamArgs + 1, loc);
            }
            addopI(CALL, typeParamArgs, loc);
        }
        applyDecorators(decos);
        nameop(name, ExprContext.Store, loc);
    }

    private void functionBody(Stmt s, String name, Arguments args, List<Stmt> body, boolean async, int flags,
                              int firstLineNo) {
        enterScope(name, async ? ScopeType.ASYNC_FUNCTION : ScopeType.FUNCTION, s, firstLineNo);
        String doc = optimize < 2 ? FutureFeatures.docString(body) : null;
        u.addConst(doc != null ? doc : NONE);
        u.argCount = args.args().size();
        u.posOnlyArgCount = args.posonlyargs().size();
        u.kwOnlyArgCount = args.kwonlyargs().size();
        Label guard = startStopIterationHandler();
        for (int i = doc != null ? 1 : 0; i < body.size(); i++) {
            visitStmt(body.get(i));
        }
        if (guard == null) {
            addopI(RETURN_CONST, u.addConst(NONE), Loc.NONE);
        }
        finishStopIterationHandler(guard);
        CodeUnit co = exitScope();
        makeClosure(co, flags, Loc.of(s));
    }

    private void typeParams(List<TypeParam> params) {
        for (TypeParam tp : params) {
            Loc loc = Loc.of(tp);
            switch (tp) {
                case TypeVar tv -> {
                    loadConst(tv.name(), loc);
                    if (tv.bound() != null) {
                        Expr bound = tv.bound();
                        enterScope(tv.name(), ScopeType.TYPEPARAMS, tv, bound.lineno());
                        visitExpr(bound);
                        addop(RETURN_VALUE, loc);
                        CodeUnit co = exitScope();
                        makeClosure(co, 0, loc);
                        addopI(CALL_INTRINSIC_2, bound instanceof Tuple ? INTRINSIC_TYPEVAR_WITH_CONSTRAINTS
                            : INTRINSIC_TYPEVAR_WITH_BOUND, loc);
                    } else {
                        addopI(CALL_INTRINSIC_1, INTRINSIC_TYPEVAR, loc);
                    }
                    addopI(COPY, 1, loc);
                    nameop(tv.name(), ExprContext.Store, loc);
                }
                case TypeVarTuple tvt -> {
                    loadConst(tvt.name(), loc);
                    addopI(CALL_INTRINSIC_1, INTRINSIC_TYPEVARTUPLE, loc);
                    addopI(COPY, 1, loc);
                    nameop(tvt.name(), ExprContext.Store, loc);
                }
                case ParamSpec ps -> {
                    loadConst(ps.name(), loc);
                    addopI(CALL_INTRINSIC_1, INTRINSIC_PARAMSPEC, loc);
                    addopI(COPY, 1, loc);
                    nameop(ps.name(), ExprContext.Store, loc);
                }
            }
        }
        addopI(BUILD_TUPLE, params.size(), Loc.of(params.get(0)));
    }

    private void classDef(ClassDef s) {
        List<Expr> decos = s.decorator_list();
        decorators(decos);
        int firstLineNo = decos.isEmpty() ? s.lineno() : decos.get(0).lineno();
        Loc loc = Loc.of(s);
        boolean generic = !s.type_params().isEmpty();
        if (generic) {
            u.privateName = s.name();
            addop(PUSH_NULL, loc);
            enterScope("<generic parameters of " + s.name() + ">", ScopeType.TYPEPARAMS, s.type_params(),
                firstLineNo);
            typeParams(s.type_params());
            nameop(".type_params", ExprContext.Store, loc);
        }
        classBody(s, firstLineNo);
        if (generic) {
            nameop(".type_params", ExprContext.Load, loc);
            addopI(CALL_INTRINSIC_1, INTRINSIC_SUBSCRIPT_GENERIC, loc);
            nameop(".generic_base", ExprContext.Store, loc);
            List<Expr> bases = new ArrayList<>(s.bases());
            bases.add(new Name(".generic_base", ExprContext.Load, loc.lineno(), loc.col(), loc.endLineno(),
                loc.endCol()));
            callHelper(2, bases, s.keywords(), loc);
            addop(RETURN_VALUE, Loc.NONE);
            CodeUnit co = exitScope();
            makeClosure(co, 0, loc);
            addopI(CALL, 0, loc);
        } else {
            callHelper(2, s.bases(), s.keywords(), loc);
        }
        applyDecorators(decos);
        nameop(s.name(), ExprContext.Store, loc);
    }

    private void classBody(ClassDef s, int firstLineNo) {
        enterScope(s.name(), ScopeType.CLASS, s, firstLineNo);
        Loc loc = new Loc(firstLineNo, firstLineNo, 0, 0);
        u.privateName = s.name();
        nameop("__name__", ExprContext.Load, loc);
        nameop("__module__", ExprContext.Store, loc);
        loadConst(u.qualname, loc);
        nameop("__qualname__", ExprContext.Store, loc);
        if (!s.type_params().isEmpty()) {
            nameop(".type_params", ExprContext.Load, loc);
            nameop("__type_params__", ExprContext.Store, loc);
        }
        if (u.ste.needsClassDict) {
            addop(LOAD_LOCALS, loc);
            addopI(STORE_DEREF, u.cellvars.get("__classdict__"), loc);
        }
        body(s.body(), loc);
        if (u.ste.needsClassDict) {
            addopI(LOAD_CLOSURE, u.cellvars.get("__classdict__"), Loc.NONE);
            nameop("__classdictcell__", ExprContext.Store, Loc.NONE);
        }
        if (u.ste.needsClassClosure) {
            addopI(LOAD_CLOSURE, u.cellvars.get("__class__"), Loc.NONE);
            addopI(COPY, 1, Loc.NONE);
            nameop("__classcell__", ExprContext.Store, Loc.NONE);
        } else {
            loadConst(NONE, Loc.NONE);
        }
        addop(RETURN_VALUE, Loc.NONE);
        CodeUnit co = exitScope();
        Loc at = Loc.of(s);
        addop(PUSH_NULL, at);
        addop(LOAD_BUILD_CLASS, at);
        makeClosure(co, 0, at);
        loadConst(s.name(), at);
    }

    private void typeAlias(TypeAlias s) {
        Loc loc = Loc.of(s);
        String name = ((Name) s.name()).id();
        boolean generic = !s.type_params().isEmpty();
        if (generic) {
            addop(PUSH_NULL, loc);
            enterScope("<generic parameters of " + name + ">", ScopeType.TYPEPARAMS, s.type_params(), loc.lineno());
            loadConst(name, loc);
            typeParams(s.type_params());
        } else {
            loadConst(name, loc);
            loadConst(NONE, loc);
        }
        enterScope(name, ScopeType.FUNCTION, s, loc.lineno());
        u.addConst(NONE);
        visitExpr(s.value());
        addop(RETURN_VALUE, loc);
        CodeUnit co = exitScope();
        makeClosure(co, 0, loc);
        addopI(BUILD_TUPLE, 3, loc);
        addopI(CALL_INTRINSIC_1, INTRINSIC_TYPEALIAS, loc);
        if (generic) {
            addop(RETURN_VALUE, Loc.NONE);
            CodeUnit outer = exitScope();
            makeClosure(outer, 0, loc);
            addopI(CALL, 0, loc);
        }
        nameop(name, ExprContext.Store, loc);
    }

    // ---- simple statements ----

    private void returnStmt(Return s, Loc loc) {
        Expr value = s.value();
        Object constant = value == null ? null : constantValue(value);
        boolean preserveTos = value != null && constant == null;
        if (!inFunctionLike()) {
            throw error("'return' outside function", loc);
        }
        if (value != null && u.ste.coroutine && u.ste.generator) {
            throw error("'return' with value in async generator", loc);
        }
        if (preserveTos) {
            visitExpr(value);
        } else if (value != null) {
            loc = Loc.of(value);
            addop(NOP, loc);
        }
        if (value == null || value.lineno() != s.lineno()) {
            loc = Loc.of(s);
            addop(NOP, loc);
        }
        Loc[] at = {loc};
        unwindFBlockStack(at, preserveTos, false);
        if (value == null) {
            addopI(RETURN_CONST, u.addConst(NONE), at[0]);
        } else if (!preserveTos) {
            addopI(RETURN_CONST, u.addConst(constant), at[0]);
        } else {
            addop(RETURN_VALUE, at[0]);
        }
    }

    private void breakStmt(Loc loc) {
        addop(NOP, loc);
        Loc[] at = {loc};
        FBlock loop = unwindFBlockStack(at, false, true);
        if (loop == null) {
            throw error("'break' outside loop", loc);
        }
        unwindFBlock(at, loop, false);
        jump(Pseudo.JUMP, loop.exit(), at[0]);
    }

    private void continueStmt(Loc loc) {
        addop(NOP, loc);
        Loc[] at = {loc};
        FBlock loop = unwindFBlockStack(at, false, true);
        if (loop == null) {
            throw error("'continue' not properly in loop", loc);
        }
        jump(Pseudo.JUMP, loop.block(), at[0]);
    }

    /** Unwinds the frame blocks, innermost first; with {@code toLoop}, stops at (and returns) a loop. */
    private FBlock unwindFBlockStack(Loc[] loc, boolean preserveTos, boolean toLoop) {
        if (u.fblocks.isEmpty()) {
            return null;
        }
        FBlock top = u.fblocks.peek();
        if (top.kind() == FBlock.Kind.EXCEPTION_GROUP_HANDLER) {
            throw error("'break', 'continue' and 'return' cannot appear in an except* block", loc[0]);
        }
        if (toLoop && (top.kind() == FBlock.Kind.WHILE_LOOP || top.kind() == FBlock.Kind.FOR_LOOP)) {
            return top;
        }
        u.fblocks.pop();
        try {
            unwindFBlock(loc, top, preserveTos);
            return unwindFBlockStack(loc, preserveTos, toLoop);
        } finally {
            u.fblocks.push(top);
        }
    }

    private void unwindFBlock(Loc[] loc, FBlock info, boolean preserveTos) {
        switch (info.kind()) {
            case WHILE_LOOP, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR -> {
            }
            case FOR_LOOP -> {
                if (preserveTos) {
                    addopI(SWAP, 2, loc[0]);
                }
                addop(POP_TOP, loc[0]);
            }
            case TRY_EXCEPT -> addop(Pseudo.POP_BLOCK, loc[0]);
            case FINALLY_TRY -> {
                addop(Pseudo.POP_BLOCK, loc[0]);
                if (preserveTos) {
                    pushFBlock(FBlock.Kind.POP_VALUE, null, null, null, loc[0]);
                }
                @SuppressWarnings("unchecked")
                List<Stmt> finalBody = (List<Stmt>) info.datum();
                visitStmts(finalBody);
                if (preserveTos) {
                    popFBlock();
                }
                loc[0] = Loc.NONE;
            }
            case FINALLY_END -> {
                if (preserveTos) {
                    addopI(SWAP, 2, loc[0]);
                }
                addop(POP_TOP, loc[0]);
                if (preserveTos) {
                    addopI(SWAP, 2, loc[0]);
                }
                addop(Pseudo.POP_BLOCK, loc[0]);
                addop(POP_EXCEPT, loc[0]);
            }
            case WITH, ASYNC_WITH -> {
                loc[0] = Loc.of((Expr) info.datum());
                addop(Pseudo.POP_BLOCK, loc[0]);
                if (preserveTos) {
                    addopI(SWAP, 2, loc[0]);
                }
                callExitWithNones(loc[0]);
                if (info.kind() == FBlock.Kind.ASYNC_WITH) {
                    awaitValue(2, loc[0]);
                }
                addop(POP_TOP, loc[0]);
                loc[0] = Loc.NONE;
            }
            case HANDLER_CLEANUP -> {
                String name = (String) info.datum();
                if (name != null) {
                    addop(Pseudo.POP_BLOCK, loc[0]);
                }
                if (preserveTos) {
                    addopI(SWAP, 2, loc[0]);
                }
                addop(Pseudo.POP_BLOCK, loc[0]);
                addop(POP_EXCEPT, loc[0]);
                if (name != null) {
                    loadConst(NONE, loc[0]);
                    nameop(name, ExprContext.Store, loc[0]);
                    nameop(name, ExprContext.Del, loc[0]);
                }
            }
            case POP_VALUE -> {
                if (preserveTos) {
                    addopI(SWAP, 2, loc[0]);
                }
                addop(POP_TOP, loc[0]);
            }
        }
    }

    private void callExitWithNones(Loc loc) {
        loadConst(NONE, loc);
        loadConst(NONE, loc);
        loadConst(NONE, loc);
        addopI(CALL, 2, loc);
    }

    private void augAssign(AugAssign s) {
        Expr e = s.target();
        Loc loc = Loc.of(e);
        switch (e) {
            case Attribute a -> {
                visitExpr(a.value());
                addopI(COPY, 1, loc);
                addopName(LOAD_ATTR, a.attr(), attrLoc(loc, a));
            }
            case Subscript sub -> {
                visitExpr(sub.value());
                if (isTwoElementSlice(sub.slice())) {
                    slice((Slice) sub.slice());
                    addopI(COPY, 3, loc);
                    addopI(COPY, 3, loc);
                    addopI(COPY, 3, loc);
                    addop(BINARY_SLICE, loc);
                } else {
                    visitExpr(sub.slice());
                    addopI(COPY, 2, loc);
                    addopI(COPY, 2, loc);
                    addop(BINARY_SUBSCR, loc);
                }
            }
            case Name n -> nameop(n.id(), ExprContext.Load, loc);
            default -> throw new IllegalArgumentException("invalid augmented assignment target");
        }
        visitExpr(s.value());
        addopI(BINARY_OP, binaryOp(s.op()) + NB_INPLACE, Loc.of(s));
        switch (e) {
            case Attribute a -> {
                Loc at = attrLoc(loc, a);
                addopI(SWAP, 2, at);
                addopName(STORE_ATTR, a.attr(), at);
            }
            case Subscript sub -> {
                if (isTwoElementSlice(sub.slice())) {
                    addopI(SWAP, 4, loc);
                    addopI(SWAP, 3, loc);
                    addopI(SWAP, 2, loc);
                    addop(STORE_SLICE, loc);
                } else {
                    addopI(SWAP, 3, loc);
                    addopI(SWAP, 2, loc);
                    addop(STORE_SUBSCR, loc);
                }
            }
            default -> nameop(((Name) e).id(), ExprContext.Store, loc);
        }
    }

    private void annAssign(AnnAssign s, Loc loc) {
        Expr target = s.target();
        if (s.value() != null) {
            visitExpr(s.value());
            visitExpr(target);
        }
        switch (target) {
            case Name n -> {
                forbiddenName(n.id(), ExprContext.Store, loc);
                if (s.simple() != 0 && (u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS)) {
                    if (future.annotations) {
                        loadConst(Unparser.unparse(s.annotation()), Loc.of(s.annotation()));
                    } else {
                        visitExpr(s.annotation());
                    }
                    addopNoMangle(LOAD_NAME, "__annotations__", loc);
                    loadConst(org.sanca.compiler.symtable.Symbol.mangle(u.privateName, n.id()), loc);
                    addop(STORE_SUBSCR, loc);
                }
            }
            case Attribute a -> {
                forbiddenName(a.attr(), ExprContext.Store, loc);
                if (s.value() == null) {
                    checkAnnExpr(a.value());
                }
            }
            case Subscript sub -> {
                if (s.value() == null) {
                    checkAnnExpr(sub.value());
                    checkAnnSubscript(sub.slice());
                }
            }
            default -> throw new IllegalArgumentException("invalid annotated assignment target");
        }
        if (s.simple() == 0 && !future.annotations
            && (u.scopeType == ScopeType.MODULE || u.scopeType == ScopeType.CLASS)) {
            checkAnnExpr(s.annotation());
        }
    }

    private void checkAnnExpr(Expr e) {
        visitExpr(e);
        addop(POP_TOP, Loc.of(e));
    }

    private void checkAnnSubscript(Expr e) {
        switch (e) {
            case Slice s -> {
                for (Expr part : new Expr[] {s.lower(), s.upper(), s.step()}) {
                    if (part != null) {
                        checkAnnExpr(part);
                    }
                }
            }
            case Tuple t -> {
                for (Expr elt : t.elts()) {
                    checkAnnSubscript(elt);
                }
            }
            default -> checkAnnExpr(e);
        }
    }

    private void assertStmt(Assert s, Loc loc) {
        Object test = constantValue(s.test());
        if (s.test() instanceof Tuple t && !t.elts().isEmpty()
            || test instanceof ConstTuple ct && !ct.items().isEmpty()) {
            warn("assertion is always true, perhaps remove parentheses?", loc);
        }
        if (optimize > 0) {
            return;
        }
        Label end = new Label();
        jumpIf(s.test(), end, true);
        addop(LOAD_ASSERTION_ERROR, loc);
        if (s.msg() != null) {
            visitExpr(s.msg());
            addopI(CALL, 0, loc);
        }
        addopI(RAISE_VARARGS, 1, Loc.of(s.test()));
        bind(end);
    }

    private void importStmt(Import s, Loc loc) {
        for (Alias alias : s.names()) {
            loadConst(0L, loc);
            loadConst(NONE, loc);
            addopName(IMPORT_NAME, alias.name(), loc);
            String name = alias.name();
            int dot = name.indexOf('.');
            if (alias.asname() != null) {
                importAs(name, alias.asname(), loc);
            } else {
                nameop(dot >= 0 ? name.substring(0, dot) : name, ExprContext.Store, loc);
            }
        }
    }

    private void importAs(String name, String asname, Loc loc) {
        int dot = name.indexOf('.');
        if (dot < 0) {
            nameop(asname, ExprContext.Store, loc);
            return;
        }
        while (true) {
            int pos = dot + 1;
            dot = name.indexOf('.', pos);
            addopNoMangle(IMPORT_FROM, name.substring(pos, dot >= 0 ? dot : name.length()), loc);
            if (dot < 0) {
                break;
            }
            addopI(SWAP, 2, loc);
            addop(POP_TOP, loc);
        }
        nameop(asname, ExprContext.Store, loc);
        addop(POP_TOP, loc);
    }

    private void importFrom(ImportFrom s, Loc loc) {
        loadConst((long) (s.level() == null ? 0 : s.level()), loc);
        List<Object> names = new ArrayList<>();
        for (Alias a : s.names()) {
            names.add(a.name());
        }
        if ("__future__".equals(s.module()) && (s.level() == null || s.level() == 0) && future.isAfterLeading(s)) {
            throw error("from __future__ imports must occur at the beginning of the file", loc);
        }
        loadConst(new ConstTuple(names), loc);
        addopName(IMPORT_NAME, s.module() == null ? "" : s.module(), loc);
        for (int i = 0; i < s.names().size(); i++) {
            Alias alias = s.names().get(i);
            if (i == 0 && alias.name().startsWith("*")) {
                addopI(CALL_INTRINSIC_1, INTRINSIC_IMPORT_STAR, loc);
                addop(POP_TOP, Loc.NONE);
                return;
            }
            addopName(IMPORT_FROM, alias.name(), loc);
            nameop(alias.asname() != null ? alias.asname() : alias.name(), ExprContext.Store, loc);
        }
        addop(POP_TOP, loc);
    }

    // ---- compound statements ----

    private void ifStmt(If s) {
        Label end = new Label();
        Label next = s.orelse().isEmpty() ? end : new Label();
        jumpIf(s.test(), next, false);
        visitStmts(s.body());
        if (!s.orelse().isEmpty()) {
            jump(Pseudo.JUMP, end, Loc.NONE);
            bind(next);
            visitStmts(s.orelse());
        }
        bind(end);
    }

    private void forStmt(For s, Loc loc) {
        Label start = new Label();
        Label cleanup = new Label();
        Label end = new Label();
        pushFBlock(FBlock.Kind.FOR_LOOP, start, end, null, loc);
        visitExpr(Folding.iterable(s.iter()));
        Loc iterLoc = Loc.of(s.iter());
        addop(GET_ITER, iterLoc);
        bind(start);
        jump(FOR_ITER, cleanup, iterLoc);
        visitExpr(s.target());
        visitStmts(s.body());
        jump(Pseudo.JUMP, start, Loc.NONE);
        bind(cleanup);
        addop(END_FOR, Loc.NONE);
        popFBlock();
        visitStmts(s.orelse());
        bind(end);
    }

    private void asyncFor(AsyncFor s, Loc loc) {
        if (u.scopeType != ScopeType.ASYNC_FUNCTION) {
            throw error("'async for' outside async function", loc);
        }
        Label start = new Label();
        Label except = new Label();
        Label end = new Label();
        visitExpr(s.iter());
        addop(GET_AITER, Loc.of(s.iter()));
        bind(start);
        pushFBlock(FBlock.Kind.FOR_LOOP, start, end, null, loc);
        jump(Pseudo.SETUP_FINALLY, except, loc);
        addop(GET_ANEXT, loc);
        loadConst(NONE, loc);
        yieldFrom(loc);
        addop(Pseudo.POP_BLOCK, loc);
        visitExpr(s.target());
        visitStmts(s.body());
        jump(Pseudo.JUMP, start, Loc.NONE);
        popFBlock();
        bind(except);
        addop(END_ASYNC_FOR, Loc.of(s.iter()));
        visitStmts(s.orelse());
        bind(end);
    }

    private void whileStmt(While s, Loc loc) {
        Label loop = new Label();
        Label body = new Label();
        Label end = new Label();
        Label anchor = new Label();
        bind(loop);
        pushFBlock(FBlock.Kind.WHILE_LOOP, loop, end, null, loc);
        jumpIf(s.test(), anchor, false);
        bind(body);
        visitStmts(s.body());
        jumpIf(s.test(), body, true);
        popFBlock();
        bind(anchor);
        visitStmts(s.orelse());
        bind(end);
    }

    private void with(Stmt s, List<WithItem> items, int pos, List<Stmt> body, boolean async, Loc loc) {
        WithItem item = items.get(pos);
        loc = Loc.of(item.context_expr());
        Label block = new Label();
        Label fin = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        visitExpr(item.context_expr());
        if (async) {
            addop(BEFORE_ASYNC_WITH, loc);
            awaitValue(1, loc);
        } else {
            addop(BEFORE_WITH, loc);
        }
        jump(Pseudo.SETUP_WITH, fin, loc);
        bind(block);
        pushFBlock(async ? FBlock.Kind.ASYNC_WITH : FBlock.Kind.WITH, block, fin, item.context_expr(), loc);
        if (item.optional_vars() != null) {
            visitExpr(item.optional_vars());
        } else {
            addop(POP_TOP, loc);
        }
        if (pos + 1 == items.size()) {
            visitStmts(body);
        } else {
            with(s, items, pos + 1, body, async, loc);
        }
        popFBlock();
        addop(Pseudo.POP_BLOCK, async ? loc : Loc.NONE);
        callExitWithNones(loc);
        if (async) {
            awaitValue(2, loc);
        }
        addop(POP_TOP, loc);
        jump(Pseudo.JUMP, exit, loc);
        bind(fin);
        jump(Pseudo.SETUP_CLEANUP, cleanup, loc);
        addop(PUSH_EXC_INFO, loc);
        addop(WITH_EXCEPT_START, loc);
        if (async) {
            awaitValue(2, loc);
        }
        withExceptFinish(cleanup);
        bind(exit);
    }

    private void withExceptFinish(Label cleanup) {
        Label suppress = new Label();
        jump(POP_JUMP_IF_TRUE, suppress, Loc.NONE);
        addopI(RERAISE, 2, Loc.NONE);
        bind(suppress);
        addop(POP_TOP, Loc.NONE);
        addop(Pseudo.POP_BLOCK, Loc.NONE);
        addop(POP_EXCEPT, Loc.NONE);
        addop(POP_TOP, Loc.NONE);
        addop(POP_TOP, Loc.NONE);
        Label exit = new Label();
        jump(Pseudo.JUMP, exit, Loc.NONE);
        bind(cleanup);
        popExceptAndReraise(Loc.NONE);
        bind(exit);
    }

    private void popExceptAndReraise(Loc loc) {
        addopI(COPY, 3, loc);
        addop(POP_EXCEPT, loc);
        addopI(RERAISE, 1, loc);
    }

    private void tryFinally(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, List<Stmt> finalBody,
                            boolean star, Loc loc) {
        Label bodyLabel = new Label();
        Label end = new Label();
        Label exit = new Label();
        Label cleanup = new Label();
        jump(Pseudo.SETUP_FINALLY, end, loc);
        bind(bodyLabel);
        pushFBlock(FBlock.Kind.FINALLY_TRY, bodyLabel, end, finalBody, loc);
        if (!handlers.isEmpty()) {
            if (star) {
                tryStarExcept(body, handlers, orelse, loc);
            } else {
                tryExcept(body, handlers, orelse, loc);
            }
        } else {
            visitStmts(body);
        }
        addop(Pseudo.POP_BLOCK, Loc.NONE);
        popFBlock();
        visitStmts(finalBody);
        jump(Pseudo.JUMP, exit, Loc.NONE);
        bind(end);
        jump(Pseudo.SETUP_CLEANUP, cleanup, Loc.NONE);
        addop(PUSH_EXC_INFO, Loc.NONE);
        pushFBlock(FBlock.Kind.FINALLY_END, end, null, null, loc);
        visitStmts(finalBody);
        popFBlock();
        addopI(RERAISE, 0, Loc.NONE);
        bind(cleanup);
        popExceptAndReraise(Loc.NONE);
        bind(exit);
    }

    private void tryExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, Loc loc) {
        Label bodyLabel = new Label();
        Label except = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        jump(Pseudo.SETUP_FINALLY, except, loc);
        bind(bodyLabel);
        pushFBlock(FBlock.Kind.TRY_EXCEPT, bodyLabel, null, null, loc);
        visitStmts(body);
        popFBlock();
        addop(Pseudo.POP_BLOCK, Loc.NONE);
        visitStmts(orelse);
        jump(Pseudo.JUMP, end, Loc.NONE);
        bind(except);
        jump(Pseudo.SETUP_CLEANUP, cleanup, Loc.NONE);
        addop(PUSH_EXC_INFO, Loc.NONE);
        pushFBlock(FBlock.Kind.EXCEPTION_HANDLER, null, null, null, loc);
        int n = handlers.size();
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = handlers.get(i);
            Loc hloc = Loc.of(handler);
            if (handler.type() == null && i < n - 1) {
                throw error("default 'except:' must be last", hloc);
            }
            Label nextExcept = new Label();
            if (handler.type() != null) {
                visitExpr(handler.type());
                addop(CHECK_EXC_MATCH, hloc);
                jump(POP_JUMP_IF_FALSE, nextExcept, hloc);
            }
            if (handler.name() != null) {
                Label cleanupEnd = new Label();
                Label cleanupBody = new Label();
                nameop(handler.name(), ExprContext.Store, hloc);
                jump(Pseudo.SETUP_CLEANUP, cleanupEnd, hloc);
                bind(cleanupBody);
                pushFBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, handler.name(), loc);
                visitStmts(handler.body());
                popFBlock();
                addop(Pseudo.POP_BLOCK, Loc.NONE);
                addop(Pseudo.POP_BLOCK, Loc.NONE);
                addop(POP_EXCEPT, Loc.NONE);
                clearHandlerName(handler.name());
                jump(Pseudo.JUMP, end, Loc.NONE);
                bind(cleanupEnd);
                clearHandlerName(handler.name());
                addopI(RERAISE, 1, Loc.NONE);
            } else {
                Label cleanupBody = new Label();
                addop(POP_TOP, hloc);
                bind(cleanupBody);
                pushFBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, null, loc);
                visitStmts(handler.body());
                popFBlock();
                addop(Pseudo.POP_BLOCK, Loc.NONE);
                addop(POP_EXCEPT, Loc.NONE);
                jump(Pseudo.JUMP, end, Loc.NONE);
            }
            bind(nextExcept);
        }
        popFBlock();
        addopI(RERAISE, 0, Loc.NONE);
        bind(cleanup);
        popExceptAndReraise(Loc.NONE);
        bind(end);
    }

    private void clearHandlerName(String name) {
        loadConst(NONE, Loc.NONE);
        nameop(name, ExprContext.Store, Loc.NONE);
        nameop(name, ExprContext.Del, Loc.NONE);
    }

    /** CPython's {@code compiler_try_star_except}: except* clauses over an exception group. */
    private void tryStarExcept(List<Stmt> body, List<ExceptHandler> handlers, List<Stmt> orelse, Loc loc) {
        Label bodyLabel = new Label();
        Label except = new Label();
        Label orelseLabel = new Label();
        Label end = new Label();
        Label cleanup = new Label();
        Label reraiseStar = new Label();
        jump(Pseudo.SETUP_FINALLY, except, loc);
        bind(bodyLabel);
        pushFBlock(FBlock.Kind.TRY_EXCEPT, bodyLabel, null, null, loc);
        visitStmts(body);
        popFBlock();
        addop(Pseudo.POP_BLOCK, Loc.NONE);
        jump(Pseudo.JUMP, orelseLabel, Loc.NONE);
        int n = handlers.size();
        bind(except);
        jump(Pseudo.SETUP_CLEANUP, cleanup, Loc.NONE);
        addop(PUSH_EXC_INFO, Loc.NONE);
        pushFBlock(FBlock.Kind.EXCEPTION_GROUP_HANDLER, null, null, null, loc);
        for (int i = 0; i < n; i++) {
            ExceptHandler handler = handlers.get(i);
            Loc hloc = Loc.of(handler);
            Label nextExcept = new Label();
            Label exceptWithError = new Label();
            Label noMatch = new Label();
            if (i == 0) {
                addopI(BUILD_LIST, 0, hloc);
                addopI(COPY, 2, hloc);
            }
            if (handler.type() != null) {
                visitExpr(handler.type());
                addop(CHECK_EG_MATCH, hloc);
                addopI(COPY, 1, hloc);
                jump(POP_JUMP_IF_NONE, noMatch, hloc);
            }
            Label cleanupEnd = new Label();
            Label cleanupBody = new Label();
            if (handler.name() != null) {
                nameop(handler.name(), ExprContext.Store, hloc);
            } else {
                addop(POP_TOP, hloc);
            }
            jump(Pseudo.SETUP_CLEANUP, cleanupEnd, hloc);
            bind(cleanupBody);
            pushFBlock(FBlock.Kind.HANDLER_CLEANUP, cleanupBody, null, handler.name(), loc);
            visitStmts(handler.body());
            popFBlock();
            addop(Pseudo.POP_BLOCK, Loc.NONE);
            if (handler.name() != null) {
                clearHandlerName(handler.name());
            }
            jump(Pseudo.JUMP, nextExcept, Loc.NONE);
            bind(cleanupEnd);
            if (handler.name() != null) {
                clearHandlerName(handler.name());
            }
            addopI(LIST_APPEND, 3, Loc.NONE);
            addop(POP_TOP, Loc.NONE);
            jump(Pseudo.JUMP, exceptWithError, Loc.NONE);
            bind(nextExcept);
            addop(NOP, Loc.NONE);
            jump(Pseudo.JUMP, exceptWithError, Loc.NONE);
            bind(noMatch);
            addop(POP_TOP, hloc);
            bind(exceptWithError);
            if (i == n - 1) {
                addopI(LIST_APPEND, 1, Loc.NONE);
                jump(Pseudo.JUMP, reraiseStar, Loc.NONE);
            }
        }
        popFBlock();
        Label reraise = new Label();
        bind(reraiseStar);
        addopI(CALL_INTRINSIC_2, INTRINSIC_PREP_RERAISE_STAR, Loc.NONE);
        addopI(COPY, 1, Loc.NONE);
        jump(POP_JUMP_IF_NOT_NONE, reraise, Loc.NONE);
        addop(POP_TOP, Loc.NONE);
        addop(Pseudo.POP_BLOCK, Loc.NONE);
        addop(POP_EXCEPT, Loc.NONE);
        jump(Pseudo.JUMP, end, Loc.NONE);
        bind(reraise);
        addop(Pseudo.POP_BLOCK, Loc.NONE);
        addopI(SWAP, 2, Loc.NONE);
        addop(POP_EXCEPT, Loc.NONE);
        addopI(RERAISE, 0, Loc.NONE);
        bind(cleanup);
        popExceptAndReraise(Loc.NONE);
        bind(orelseLabel);
        visitStmts(orelse);
        bind(end);
    }
}
