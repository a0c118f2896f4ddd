package org.sanca.compiler;

import static org.sanca.compiler.Intrinsics.*;
import static org.sanca.compiler.Opcode.*;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.sanca.ast.*;
import org.sanca.compiler.symtable.BlockType;
import org.sanca.compiler.symtable.Symbol;
import org.sanca.compiler.symtable.SymbolTableEntry;

/** Code generation for expressions: the {@code compiler_visit_expr} half of CPython's compile.c. */
abstract class ExprGen extends CodeGen {
    ExprGen(org.sanca.compiler.symtable.SymbolTable st, String filename,
            org.sanca.compiler.symtable.SyntaxErrors errors, int optimize, boolean interactive, FutureFeatures future) {
        super(st, filename, errors, optimize, interactive, future);
    }

    static int binaryOp(Operator op) {
        return switch (op) {
            case Add -> 0;
            case BitAnd -> 1;
            case FloorDiv -> 2;
            case LShift -> 3;
            case MatMult -> 4;
            case Mult -> 5;
            case Mod -> 6;
            case BitOr -> 7;
            case Pow -> 8;
            case RShift -> 9;
            case Sub -> 10;
            case Div -> 11;
            case BitXor -> 12;
        };
    }

    static final int NB_INPLACE = 13;

    final void visitExprs(List<Expr> list) {
        for (Expr e : list) {
            visitExpr(e);
        }
    }

    final void visitExpr(Expr e) {
        Loc loc = Loc.of(e);
        Object constant = e instanceof Constant ? null : constantValue(e);
        if (constant != null) {
            loadConst(constant, loc);
            return;
        }
        switch (e) {
            case NamedExpr n -> {
                visitExpr(n.value());
                addopI(COPY, 1, loc);
                visitExpr(n.target());
            }
            case BoolOp b -> boolOp(b, loc);
            case BinOp b when b.op() == Operator.Mod && constantValue(b.left()) instanceof String fmt
                && b.right() instanceof Tuple t && t.ctx() == ExprContext.Load && !hasStarred(t.elts())
                && constantValue(t) == null && PercentFormat.toJoinedStr(fmt, t.elts(), b) != null ->
                visitExpr(PercentFormat.toJoinedStr(fmt, t.elts(), b));
            case BinOp b -> {
                visitExpr(b.left());
                visitExpr(b.right());
                addopI(BINARY_OP, binaryOp(b.op()), loc);
            }
            case UnaryOp un when un.op() == UnaryOperator.Not && un.operand() instanceof Compare c
                && c.ops().size() == 1 && Folding.invert(c.ops().get(0)) != null ->
                compare(new Compare(c.left(), List.of(Folding.invert(c.ops().get(0))), c.comparators(), c.lineno(),
                    c.col_offset(), c.end_lineno(), c.end_col_offset()), Loc.of(c));
            case UnaryOp un -> {
                visitExpr(un.operand());
                switch (un.op()) {
                    case UAdd -> addopI(CALL_INTRINSIC_1, INTRINSIC_UNARY_POSITIVE, loc);
                    case USub -> addop(UNARY_NEGATIVE, loc);
                    case Not -> addop(UNARY_NOT, loc);
                    case Invert -> addop(UNARY_INVERT, loc);
                }
            }
            case Lambda l -> lambda(l, loc);
            case IfExp i -> {
                Label end = new Label();
                Label next = new Label();
                jumpIf(i.test(), next, false);
                visitExpr(i.body());
                jump(Pseudo.JUMP, end, Loc.NONE);
                bind(next);
                visitExpr(i.orelse());
                bind(end);
            }
            case Dict d -> dict(d, loc);
            case org.sanca.ast.Set s -> starUnpack(s.elts(), 0, BUILD_SET, SET_ADD, SET_UPDATE, false, loc);
            case GeneratorExp g -> comprehension(g, ComprehensionKind.GENEXP, "<genexpr>", g.generators(), g.elt(),
                null);
            case ListComp l -> comprehension(l, ComprehensionKind.LIST, "<listcomp>", l.generators(), l.elt(), null);
            case SetComp s -> comprehension(s, ComprehensionKind.SET, "<setcomp>", s.generators(), s.elt(), null);
            case DictComp d -> comprehension(d, ComprehensionKind.DICT, "<dictcomp>", d.generators(), d.key(),
                d.value());
            case Yield y -> {
                if (!inFunctionLike()) {
                    throw error("'yield' outside function", loc);
                }
                if (y.value() != null) {
                    visitExpr(y.value());
                } else {
                    loadConst(NONE, loc);
                }
                addYield(loc);
            }
            case YieldFrom y -> {
                if (!inFunctionLike()) {
                    throw error("'yield' outside function", loc);
                }
                if (u.scopeType == ScopeType.ASYNC_FUNCTION) {
                    throw error("'yield from' inside async function", loc);
                }
                visitExpr(y.value());
                addop(GET_YIELD_FROM_ITER, loc);
                loadConst(NONE, loc);
                yieldFrom(loc);
            }
            case Await a -> {
                if (!inFunctionLike()) {
                    throw error("'await' outside function", loc);
                }
                if (u.scopeType != ScopeType.ASYNC_FUNCTION && u.scopeType != ScopeType.COMPREHENSION) {
                    throw error("'await' outside async function", loc);
                }
                visitExpr(a.value());
                addopI(GET_AWAITABLE, 0, loc);
                loadConst(NONE, loc);
                yieldFrom(loc);
            }
            case Compare c -> compare(c, loc);
            case Call c -> call(c);
            case Constant c -> loadConst(c.value(), loc);
            case JoinedStr j -> joinedStr(j, loc);
            case FormattedValue f -> formattedValue(f, loc);
            case Attribute a -> attribute(a, loc);
            case Subscript s -> subscript(s, loc);
            case Starred s -> throw error(s.ctx() == ExprContext.Store
                ? "starred assignment target must be in a list or tuple" : "can't use starred expression here", loc);
            case Slice s -> addopI(BUILD_SLICE, slice(s), loc);
            case Name n -> nameop(n.id(), n.ctx(), loc);
            case org.sanca.ast.List l -> {
                switch (l.ctx()) {
                    case Store -> assignmentHelper(l.elts(), loc);
                    case Load -> starUnpack(l.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, false, loc);
                    case Del -> visitExprs(l.elts());
                }
            }
            case Tuple t -> {
                switch (t.ctx()) {
                    case Store -> assignmentHelper(t.elts(), loc);
                    case Load -> starUnpack(t.elts(), 0, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true, loc);
                    case Del -> visitExprs(t.elts());
                }
            }
        }
    }

    /** CPython's {@code addop_yield}: an async generator wraps what it yields. */
    private void addYield(Loc loc) {
        if (u.ste.generator && u.ste.coroutine) {
            addopI(CALL_INTRINSIC_1, INTRINSIC_ASYNC_GEN_WRAP, loc);
        }
        addopI(YIELD_VALUE, 0, loc);
    }

    /** CPython's {@code compiler_add_yield_from}: the SEND loop of {@code yield from} and {@code await}. */
    final void yieldFrom(Loc loc) {
        Label send = new Label();
        Label fail = new Label();
        Label exit = new Label();
        bind(send);
        jump(SEND, exit, loc);
        jump(Pseudo.SETUP_FINALLY, fail, loc);
        addopI(YIELD_VALUE, 0, loc);
        addop(Pseudo.POP_BLOCK, Loc.NONE);
        jump(Pseudo.JUMP_NO_INTERRUPT, send, loc);
        bind(fail);
        addop(CLEANUP_THROW, loc);
        bind(exit);
        addop(END_SEND, loc);
    }

    final void awaitValue(int kind, Loc loc) {
        addopI(GET_AWAITABLE, kind, loc);
        loadConst(NONE, loc);
        yieldFrom(loc);
    }

    private void boolOp(BoolOp b, Loc loc) {
        int jumpOp = b.op() == BoolOperator.And ? POP_JUMP_IF_FALSE : POP_JUMP_IF_TRUE;
        Label end = new Label();
        List<Expr> values = b.values();
        for (int i = 0; i < values.size() - 1; i++) {
            Object constant = constantValue(values.get(i));
            if (constant != null) {
                if (Folding.truth(constant) == (b.op() == BoolOperator.And)) {
                    continue;
                }
                loadConst(constant, Loc.of(values.get(i)));
                bind(end);
                return;
            }
            visitExpr(values.get(i));
            addopI(COPY, 1, loc);
            jump(jumpOp, end, loc);
            addop(POP_TOP, loc);
        }
        visitExpr(values.get(values.size() - 1));
        bind(end);
    }

    static int compareArg(CmpOp op) {
        return switch (op) {
            case Lt -> 2;
            case LtE -> 1 << 4 | 10;
            case Eq -> 2 << 4 | 8;
            case NotEq -> 3 << 4 | 7;
            case Gt -> 4 << 4 | 4;
            case GtE -> 5 << 4 | 12;
            default -> -1;
        };
    }

    final void addCompare(CmpOp op, Loc loc) {
        switch (op) {
            case Is -> addopI(IS_OP, 0, loc);
            case IsNot -> addopI(IS_OP, 1, loc);
            case In -> addopI(CONTAINS_OP, 0, loc);
            case NotIn -> addopI(CONTAINS_OP, 1, loc);
            default -> addopI(COMPARE_OP, compareArg(op), loc);
        }
    }

    /** CPython's {@code check_compare}: {@code is} against a literal deserves a warning. */
    final void checkCompare(Compare c) {
        Expr left = c.left();
        for (int i = 0; i < c.ops().size(); i++) {
            Expr right = c.comparators().get(i);
            CmpOp op = c.ops().get(i);
            if (op == CmpOp.Is || op == CmpOp.IsNot) {
                Expr literal = !isArg(left) ? left : !isArg(right) ? right : null;
                if (literal != null) {
                    String type = TypeNames.ofConstant(constantValue(literal));
                    warn(op == CmpOp.Is ? "\"is\" with '" + type + "' literal. Did you mean \"==\"?"
                        : "\"is not\" with '" + type + "' literal. Did you mean \"!=\"?", Loc.of(c));
                    return;
                }
            }
            left = right;
        }
    }

    private boolean isArg(Expr e) {
        Object v = constantValue(e);
        return v == null || v == NONE || v instanceof Boolean || v == Singleton.ELLIPSIS;
    }

    private void checkCaller(Expr e) {
        Object v = constantValue(e);
        boolean literal = v != null || switch (e) {
            case Tuple t -> true;
            case org.sanca.ast.List l -> true;
            case ListComp l -> true;
            case Dict d -> true;
            case DictComp d -> true;
            case org.sanca.ast.Set s -> true;
            case SetComp s -> true;
            case GeneratorExp g -> true;
            case JoinedStr j -> true;
            case FormattedValue f -> true;
            default -> false;
        };
        if (literal) {
            warn("'" + TypeNames.of(e, v) + "' object is not callable; perhaps you missed a comma?", Loc.of(e));
        }
    }

    private void checkSubscripter(Expr e) {
        Object v = constantValue(e);
        boolean bad = v != null ? v == NONE || v == Singleton.ELLIPSIS || v instanceof Long
            || v instanceof BigInteger || v instanceof Double || v instanceof Imaginary || v instanceof ComplexConst
            : e instanceof org.sanca.ast.Set || e instanceof SetComp || e instanceof GeneratorExp || e instanceof Lambda;
        if (bad) {
            warn("'" + TypeNames.of(e, v) + "' object is not subscriptable; perhaps you missed a comma?", Loc.of(e));
        }
    }

    private void checkIndex(Expr e, Expr s) {
        Object sv = constantValue(s);
        String indexType = TypeNames.of(s, sv);
        if (indexType == null || indexType.equals("int") || indexType.equals("bool") || indexType.equals("slice")) {
            return;
        }
        Object v = constantValue(e);
        boolean bad = v != null ? v instanceof String || v instanceof Bytes || v instanceof ConstTuple
            : e instanceof Tuple || e instanceof org.sanca.ast.List || e instanceof ListComp || e instanceof JoinedStr
            || e instanceof FormattedValue;
        if (bad) {
            warn(TypeNames.of(e, v) + " indices must be integers or slices, not " + indexType
                + "; perhaps you missed a comma?", Loc.of(e));
        }
    }

    private void compare(Compare c, Loc loc) {
        checkCompare(c);
        c = Folding.containerInTest(c);
        visitExpr(c.left());
        int n = c.ops().size() - 1;
        if (n == 0) {
            visitExpr(c.comparators().get(0));
            addCompare(c.ops().get(0), loc);
            return;
        }
        Label cleanup = new Label();
        for (int i = 0; i < n; i++) {
            visitExpr(c.comparators().get(i));
            addopI(SWAP, 2, loc);
            addopI(COPY, 2, loc);
            addCompare(c.ops().get(i), loc);
            addopI(COPY, 1, loc);
            jump(POP_JUMP_IF_FALSE, cleanup, loc);
            addop(POP_TOP, loc);
        }
        visitExpr(c.comparators().get(n));
        addCompare(c.ops().get(n), loc);
        Label end = new Label();
        jump(Pseudo.JUMP, end, Loc.NONE);
        bind(cleanup);
        addopI(SWAP, 2, loc);
        addop(POP_TOP, loc);
        bind(end);
    }

    /** CPython's {@code compiler_jump_if}: jumps to {@code next} when {@code e}'s truth is {@code cond}. */
    final void jumpIf(Expr e, Label next, boolean cond) {
        Object folded = constantValue(e);
        if (folded != null) {
            if (Folding.truth(folded) == cond) {
                jump(Pseudo.JUMP, next, Loc.of(e));
            } else {
                addop(NOP, Loc.of(e));
            }
            return;
        }
        switch (e) {
            case UnaryOp un when un.op() == UnaryOperator.Not && un.operand() instanceof Compare c
                && c.ops().size() == 1 && Folding.invert(c.ops().get(0)) != null -> {
                jumpIf(new Compare(c.left(), List.of(Folding.invert(c.ops().get(0))), c.comparators(), c.lineno(),
                    c.col_offset(), c.end_lineno(), c.end_col_offset()), next, cond);
                return;
            }
            case UnaryOp un when un.op() == UnaryOperator.Not -> {
                jumpIf(un.operand(), next, !cond);
                return;
            }
            case BoolOp b -> {
                boolean cond2 = b.op() == BoolOperator.Or;
                Label next2 = cond2 != cond ? new Label() : next;
                List<Expr> s = b.values();
                for (int i = 0; i < s.size() - 1; i++) {
                    jumpIf(s.get(i), next2, cond2);
                }
                jumpIf(s.get(s.size() - 1), next, cond);
                if (next2 != next) {
                    bind(next2);
                }
                return;
            }
            case IfExp i -> {
                Label end = new Label();
                Label next2 = new Label();
                jumpIf(i.test(), next2, false);
                jumpIf(i.body(), next, cond);
                jump(Pseudo.JUMP, end, Loc.NONE);
                bind(next2);
                jumpIf(i.orelse(), next, cond);
                bind(end);
                return;
            }
            case Compare cmp when cmp.ops().size() > 1 -> {
                checkCompare(cmp);
                Compare c = Folding.containerInTest(cmp);
                Loc loc = Loc.of(e);
                int n = c.ops().size() - 1;
                Label cleanup = new Label();
                visitExpr(c.left());
                for (int i = 0; i < n; i++) {
                    visitExpr(c.comparators().get(i));
                    addopI(SWAP, 2, loc);
                    addopI(COPY, 2, loc);
                    addCompare(c.ops().get(i), loc);
                    jump(POP_JUMP_IF_FALSE, cleanup, loc);
                }
                visitExpr(c.comparators().get(n));
                addCompare(c.ops().get(n), loc);
                jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, loc);
                Label end = new Label();
                jump(Pseudo.JUMP, end, Loc.NONE);
                bind(cleanup);
                addop(POP_TOP, loc);
                if (!cond) {
                    jump(Pseudo.JUMP, next, Loc.NONE);
                }
                bind(end);
                return;
            }
            default -> {
            }
        }
        visitExpr(e);
        jump(cond ? POP_JUMP_IF_TRUE : POP_JUMP_IF_FALSE, next, Loc.of(e));
    }

    // ---- collections ----

    /** CPython's {@code starunpack_helper}: builds a list, set or tuple, unpacking starred items. */
    final void starUnpack(List<Expr> elts, int pushed, int build, int add, int extend, boolean tuple, Loc loc) {
        int n = elts.size();
        if (n > 2 && add != SET_ADD && allConstant(elts)) {
            List<Object> items = new ArrayList<>();
            for (Expr e : elts) {
                items.add(constantValue(e));
            }
            ConstTuple folded = new ConstTuple(items);
            if (tuple && pushed == 0) {
                loadConst(folded, loc);
            } else {
                addopI(build, pushed, loc);
                loadConst(folded, loc);
                addopI(extend, 1, loc);
                if (tuple) {
                    addopI(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
                }
            }
            return;
        }
        boolean big = n + pushed > STACK_USE_GUIDELINE;
        if (!hasStarred(elts) && !big) {
            visitExprs(elts);
            addopI(tuple ? BUILD_TUPLE : build, n + pushed, loc);
            return;
        }
        boolean built = false;
        if (big) {
            addopI(build, pushed, loc);
            built = true;
        }
        for (int i = 0; i < n; i++) {
            Expr elt = elts.get(i);
            if (elt instanceof Starred s) {
                if (!built) {
                    addopI(build, i + pushed, loc);
                    built = true;
                }
                visitExpr(s.value());
                addopI(extend, 1, loc);
            } else {
                visitExpr(elt);
                if (built) {
                    addopI(add, 1, loc);
                }
            }
        }
        if (tuple) {
            addopI(CALL_INTRINSIC_1, INTRINSIC_LIST_TO_TUPLE, loc);
        }
    }

    /** The value of {@code e} if it is a constant once folded as CPython's ast_opt folds, else null. */
    final Object constantValue(Expr e) {
        if (e instanceof Constant c) {
            return c.value();
        }
        if (!Folding.mayFold(e)) {
            return null;
        }
        Object cached = folded.get(e);
        if (cached == null) {
            Object v = Folding.constant(e, optimize, this::constantValue);
            cached = v == null ? NOT_CONSTANT : v;
            folded.put(e, cached);
        }
        return cached == NOT_CONSTANT ? null : cached;
    }

    private static final Object NOT_CONSTANT = new Object();
    /** What each node folds to, so that long operator chains are folded once, not once per level. */
    private final Map<Expr, Object> folded = new java.util.IdentityHashMap<>();

    final boolean allConstant(List<Expr> elts) {
        for (Expr e : elts) {
            if (constantValue(e) == null) {
                return false;
            }
        }
        return true;
    }

    private void unpackHelper(List<Expr> elts, Loc loc) {
        int star = -1;
        for (int i = 0; i < elts.size(); i++) {
            if (elts.get(i) instanceof Starred) {
                if (star >= 0) {
                    throw error("multiple starred expressions in assignment", loc);
                }
                star = i;
            }
        }
        unpack(elts.size(), star, "assignment", loc);
    }

    /** UNPACK_SEQUENCE, or UNPACK_EX around the starred item {@code star} (-1 for none). */
    final void unpack(int n, int star, String what, Loc loc) {
        if (star < 0) {
            addopI(UNPACK_SEQUENCE, n, loc);
            return;
        }
        if (star >= 1 << 8 || n - star - 1 >= (Integer.MAX_VALUE >> 8)) {
            throw error("too many expressions in star-unpacking " + what, loc);
        }
        addopI(UNPACK_EX, star + ((n - star - 1) << 8), loc);
    }

    final void assignmentHelper(List<Expr> elts, Loc loc) {
        unpackHelper(elts, loc);
        for (Expr elt : elts) {
            visitExpr(elt instanceof Starred s ? s.value() : elt);
        }
    }

    private void dict(Dict d, Loc loc) {
        int n = d.values().size();
        boolean haveDict = false;
        int elements = 0;
        for (int i = 0; i < n; i++) {
            if (d.keys().get(i) == null) {
                if (elements > 0) {
                    subdict(d, i - elements, i, loc);
                    if (haveDict) {
                        addopI(DICT_UPDATE, 1, loc);
                    }
                    haveDict = true;
                    elements = 0;
                }
                if (!haveDict) {
                    addopI(BUILD_MAP, 0, loc);
                    haveDict = true;
                }
                visitExpr(d.values().get(i));
                addopI(DICT_UPDATE, 1, loc);
            } else if (elements * 2 > STACK_USE_GUIDELINE) {
                subdict(d, i - elements, i + 1, loc);
                if (haveDict) {
                    addopI(DICT_UPDATE, 1, loc);
                }
                haveDict = true;
                elements = 0;
            } else {
                elements++;
            }
        }
        if (elements > 0) {
            subdict(d, n - elements, n, loc);
            if (haveDict) {
                addopI(DICT_UPDATE, 1, loc);
            }
            haveDict = true;
        }
        if (!haveDict) {
            addopI(BUILD_MAP, 0, loc);
        }
    }

    private void subdict(Dict d, int begin, int end, Loc loc) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        List<Expr> keys = d.keys().subList(begin, end);
        if (n > 1 && !big && allConstant(keys)) {
            visitExprs(d.values().subList(begin, end));
            List<Object> items = new ArrayList<>();
            for (Expr k : keys) {
                items.add(constantValue(k));
            }
            loadConst(new ConstTuple(items), loc);
            addopI(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            addopI(BUILD_MAP, 0, loc);
        }
        for (int i = begin; i < end; i++) {
            visitExpr(d.keys().get(i));
            visitExpr(d.values().get(i));
            if (big) {
                addopI(MAP_ADD, 1, loc);
            }
        }
        if (!big) {
            addopI(BUILD_MAP, n, loc);
        }
    }

    // ---- attributes, subscripts ----

    /** CPython's {@code update_start_location_to_match_attr}: a multi-line attribute points at its name. */
    static Loc attrLoc(Loc loc, Attribute a) {
        if (loc.lineno() == a.end_lineno()) {
            return loc;
        }
        int lineno = a.end_lineno();
        int len = a.attr().length();
        int col = loc.col();
        int endCol = loc.endCol();
        if (len <= a.end_col_offset()) {
            col = a.end_col_offset() - len;
        } else {
            col = -1;
            endCol = -1;
        }
        int endLineno = Math.max(lineno, loc.endLineno());
        if (lineno == endLineno) {
            endCol = Math.max(col, endCol);
        }
        return new Loc(lineno, endLineno, col, endCol);
    }

    private void attribute(Attribute a, Loc loc) {
        if (a.ctx() == ExprContext.Load && canOptimizeSuperCall(a)) {
            Call call = (Call) a.value();
            loadArgsForSuper(call);
            loadSuperAttr(a.attr(), false, !call.args().isEmpty(), loc);
            addop(NOP, attrLoc(loc, a));
            return;
        }
        visitExpr(a.value());
        loc = attrLoc(loc, a);
        switch (a.ctx()) {
            case Load -> addopName(LOAD_ATTR, a.attr(), loc);
            case Store -> {
                forbiddenName(a.attr(), ExprContext.Store, loc);
                addopName(STORE_ATTR, a.attr(), loc);
            }
            case Del -> addopName(DELETE_ATTR, a.attr(), loc);
        }
    }

    final boolean canOptimizeSuperCall(Attribute attr) {
        if (!(attr.value() instanceof Call call) || !(call.func() instanceof Name fn) || !fn.id().equals("super")
            || attr.attr().equals("__class__") || !call.keywords().isEmpty()) {
            return false;
        }
        if (u.ste.scope("super") != Symbol.GLOBAL_IMPLICIT || st.top.scope("super") != 0) {
            return false;
        }
        int nargs = call.args().size();
        if (nargs == 2) {
            return !hasStarred(call.args());
        }
        if (nargs != 0 || u.argCount == 0 && u.posOnlyArgCount == 0) {
            return false;
        }
        return refType("__class__") == Symbol.FREE;
    }

    final void loadArgsForSuper(Call call) {
        nameop("super", ExprContext.Load, Loc.of(call.func()));
        if (call.args().size() == 2) {
            visitExpr(call.args().get(0));
            visitExpr(call.args().get(1));
            return;
        }
        Loc loc = Loc.of(call);
        nameop("__class__", ExprContext.Load, loc);
        nameop(u.varnames.keySet().iterator().next(), ExprContext.Load, loc);
    }

    static boolean isTwoElementSlice(Expr s) {
        return s instanceof Slice sl && sl.step() == null;
    }

    final int slice(Slice s) {
        Loc loc = Loc.of(s);
        if (s.lower() != null) {
            visitExpr(s.lower());
        } else {
            loadConst(NONE, loc);
        }
        if (s.upper() != null) {
            visitExpr(s.upper());
        } else {
            loadConst(NONE, loc);
        }
        if (s.step() != null) {
            visitExpr(s.step());
            return 3;
        }
        return 2;
    }

    private void subscript(Subscript s, Loc loc) {
        if (s.ctx() == ExprContext.Load) {
            checkSubscripter(s.value());
            checkIndex(s.value(), s.slice());
        }
        visitExpr(s.value());
        if (isTwoElementSlice(s.slice()) && s.ctx() != ExprContext.Del) {
            slice((Slice) s.slice());
            addop(s.ctx() == ExprContext.Load ? BINARY_SLICE : STORE_SLICE, loc);
        } else {
            visitExpr(s.slice());
            addop(switch (s.ctx()) {
                case Load -> BINARY_SUBSCR;
                case Store -> STORE_SUBSCR;
                case Del -> DELETE_SUBSCR;
            }, loc);
        }
    }

    // ---- calls ----

    private void call(Call c) {
        validateKeywords(c.keywords());
        if (maybeOptimizeMethodCall(c)) {
            return;
        }
        checkCaller(c.func());
        addop(PUSH_NULL, Loc.of(c.func()));
        visitExpr(c.func());
        callHelper(0, c.args(), c.keywords(), Loc.of(c));
    }

    final void validateKeywords(List<Keyword> keywords) {
        for (int i = 0; i < keywords.size(); i++) {
            Keyword key = keywords.get(i);
            if (key.arg() == null) {
                continue;
            }
            forbiddenName(key.arg(), ExprContext.Store, Loc.of(key));
            for (int j = i + 1; j < keywords.size(); j++) {
                Keyword other = keywords.get(j);
                if (key.arg().equals(other.arg())) {
                    throw error("keyword argument repeated: " + key.arg(), Loc.of(other));
                }
            }
        }
    }

    private boolean isImportOriginated(Expr e) {
        return e instanceof Name n && (st.top.flags(n.id()) & Symbol.DEF_IMPORT) != 0;
    }

    private boolean maybeOptimizeMethodCall(Call c) {
        if (!(c.func() instanceof Attribute meth) || meth.ctx() != ExprContext.Load
            || isImportOriginated(meth.value())) {
            return false;
        }
        int argsl = c.args().size();
        int kwdsl = c.keywords().size();
        if (argsl + kwdsl + (kwdsl != 0 ? 1 : 0) >= STACK_USE_GUIDELINE || hasStarred(c.args())) {
            return false;
        }
        for (Keyword k : c.keywords()) {
            if (k.arg() == null) {
                return false;
            }
        }
        Loc loc = Loc.of(meth);
        if (canOptimizeSuperCall(meth)) {
            Call sup = (Call) meth.value();
            loadArgsForSuper(sup);
            loadSuperAttr(meth.attr(), true, !sup.args().isEmpty(), loc);
            addop(NOP, attrLoc(loc, meth));
        } else {
            visitExpr(meth.value());
            loadMethod(meth.attr(), attrLoc(loc, meth));
        }
        visitExprs(c.args());
        if (kwdsl > 0) {
            for (Keyword k : c.keywords()) {
                visitExpr(k.value());
            }
            kwNames(c.keywords(), loc);
        }
        addopI(CALL, argsl + kwdsl, attrLoc(Loc.of(c), meth));
        return true;
    }

    private void kwNames(List<Keyword> keywords, Loc loc) {
        List<Object> names = new ArrayList<>();
        for (Keyword k : keywords) {
            names.add(k.arg());
        }
        addopI(KW_NAMES, u.addConst(new ConstTuple(names)), loc);
    }

    /** CPython's {@code compiler_call_helper}: {@code n} arguments are already on the stack. */
    final void callHelper(int n, List<Expr> args, List<Keyword> keywords, Loc loc) {
        validateKeywords(keywords);
        int nelts = args.size();
        int nkwelts = keywords.size();
        boolean ex = nelts + nkwelts * 2 > STACK_USE_GUIDELINE || hasStarred(args);
        for (Keyword k : keywords) {
            if (k.arg() == null) {
                ex = true;
            }
        }
        if (!ex) {
            visitExprs(args);
            if (nkwelts > 0) {
                for (Keyword k : keywords) {
                    visitExpr(k.value());
                }
                kwNames(keywords, loc);
            }
            addopI(CALL, n + nelts + nkwelts, loc);
            return;
        }
        if (n == 0 && nelts == 1 && args.get(0) instanceof Starred s) {
            visitExpr(s.value());
        } else {
            starUnpack(args, n, BUILD_LIST, LIST_APPEND, LIST_EXTEND, true, loc);
        }
        if (nkwelts > 0) {
            boolean haveDict = false;
            int nseen = 0;
            for (int i = 0; i < nkwelts; i++) {
                Keyword kw = keywords.get(i);
                if (kw.arg() == null) {
                    if (nseen > 0) {
                        subkwargs(keywords, i - nseen, i, loc);
                        if (haveDict) {
                            addopI(DICT_MERGE, 1, loc);
                        }
                        haveDict = true;
                        nseen = 0;
                    }
                    if (!haveDict) {
                        addopI(BUILD_MAP, 0, loc);
                        haveDict = true;
                    }
                    visitExpr(kw.value());
                    addopI(DICT_MERGE, 1, loc);
                } else {
                    nseen++;
                }
            }
            if (nseen > 0) {
                subkwargs(keywords, nkwelts - nseen, nkwelts, loc);
                if (haveDict) {
                    addopI(DICT_MERGE, 1, loc);
                }
            }
        }
        addopI(CALL_FUNCTION_EX, nkwelts > 0 ? 1 : 0, loc);
    }

    private void subkwargs(List<Keyword> keywords, int begin, int end, Loc loc) {
        int n = end - begin;
        boolean big = n * 2 > STACK_USE_GUIDELINE;
        if (n > 1 && !big) {
            List<Object> keys = new ArrayList<>();
            for (int i = begin; i < end; i++) {
                visitExpr(keywords.get(i).value());
                keys.add(keywords.get(i).arg());
            }
            loadConst(new ConstTuple(keys), loc);
            addopI(BUILD_CONST_KEY_MAP, n, loc);
            return;
        }
        if (big) {
            addopI(BUILD_MAP, 0, Loc.NONE);
        }
        for (int i = begin; i < end; i++) {
            loadConst(keywords.get(i).arg(), loc);
            visitExpr(keywords.get(i).value());
            if (big) {
                addopI(MAP_ADD, 1, Loc.NONE);
            }
        }
        if (!big) {
            addopI(BUILD_MAP, n, loc);
        }
    }

    // ---- f-strings ----

    private void joinedStr(JoinedStr j, Loc loc) {
        int count = j.values().size();
        if (count > STACK_USE_GUIDELINE) {
            loadConst("", loc);
            loadMethod("join", loc);
            addopI(BUILD_LIST, 0, loc);
            for (Expr v : j.values()) {
                visitExpr(v);
                addopI(LIST_APPEND, 1, loc);
            }
            addopI(CALL, 1, loc);
        } else {
            visitExprs(j.values());
            if (count != 1) {
                addopI(BUILD_STRING, count, loc);
            }
        }
    }

    private void formattedValue(FormattedValue f, Loc loc) {
        visitExpr(f.value());
        int oparg = switch (f.conversion()) {
            case 's' -> 1;
            case 'r' -> 2;
            case 'a' -> 3;
            default -> 0;
        };
        if (f.format_spec() != null) {
            visitExpr(f.format_spec());
            oparg |= 4;
        }
        addopI(FORMAT_VALUE, oparg, loc);
    }

    // ---- functions ----

    /** Pushes the defaults tuple and kw-defaults dict; returns the MAKE_FUNCTION flags they need. */
    final int defaultArguments(Arguments args, Loc loc) {
        int flags = 0;
        if (!args.defaults().isEmpty()) {
            visitExprs(args.defaults());
            addopI(BUILD_TUPLE, args.defaults().size(), loc);
            flags |= 0x01;
        }
        List<Object> keys = new ArrayList<>();
        for (int i = 0; i < args.kwonlyargs().size(); i++) {
            Expr d = args.kw_defaults().get(i);
            if (d != null) {
                keys.add(Symbol.mangle(u.privateName, args.kwonlyargs().get(i).arg()));
                visitExpr(d);
            }
        }
        if (!keys.isEmpty()) {
            loadConst(new ConstTuple(keys), loc);
            addopI(BUILD_CONST_KEY_MAP, keys.size(), loc);
            flags |= 0x02;
        }
        return flags;
    }

    final void checkDebugArgs(Arguments args) {
        List<Arg> all = new ArrayList<>(args.posonlyargs());
        all.addAll(args.args());
        if (args.vararg() != null) {
            all.add(args.vararg());
        }
        all.addAll(args.kwonlyargs());
        if (args.kwarg() != null) {
            all.add(args.kwarg());
        }
        for (Arg a : all) {
            forbiddenName(a.arg(), ExprContext.Store, Loc.of(a));
        }
    }

    private void lambda(Lambda l, Loc loc) {
        checkDebugArgs(l.args());
        int flags = defaultArguments(l.args(), loc);
        enterScope("<lambda>", ScopeType.LAMBDA, l, l.lineno());
        u.addConst(NONE);
        u.argCount = l.args().args().size();
        u.posOnlyArgCount = l.args().posonlyargs().size();
        u.kwOnlyArgCount = l.args().kwonlyargs().size();
        // CPython 3.12 gives a generator lambda no PEP 479 guard: its StopIteration escapes as is.
        visitExpr(l.body());
        addop(RETURN_VALUE, Loc.of(l.body()));
        CodeUnit co = exitScope();
        makeClosure(co, flags, loc);
    }

    /** Pushes the annotations tuple of a function; returns whether there was one. */
    final boolean annotations(Arguments args, Expr returns, Loc loc) {
        int n = argAnnotations(args.args(), loc) + argAnnotations(args.posonlyargs(), loc);
        if (args.vararg() != null && args.vararg().annotation() != null) {
            n += argAnnotation(args.vararg().arg(), args.vararg().annotation(), loc);
        }
        n += argAnnotations(args.kwonlyargs(), loc);
        if (args.kwarg() != null && args.kwarg().annotation() != null) {
            n += argAnnotation(args.kwarg().arg(), args.kwarg().annotation(), loc);
        }
        n += argAnnotation("return", returns, loc);
        if (n > 0) {
            addopI(BUILD_TUPLE, n, loc);
            return true;
        }
        return false;
    }

    private int argAnnotations(List<Arg> args, Loc loc) {
        int n = 0;
        for (Arg a : args) {
            n += argAnnotation(a.arg(), a.annotation(), loc);
        }
        return n;
    }

    private int argAnnotation(String id, Expr annotation, Loc loc) {
        if (annotation == null) {
            return 0;
        }
        loadConst(Symbol.mangle(u.privateName, id), loc);
        if (future.annotations) {
            loadConst(Unparser.unparse(annotation), Loc.of(annotation));
        } else if (annotation instanceof Starred s) {
            visitExpr(s.value());
            addopI(UNPACK_SEQUENCE, 1, loc);
        } else {
            visitExpr(annotation);
        }
        return 2;
    }

    // ---- comprehensions ----

    enum ComprehensionKind {
        GENEXP, LIST, SET, DICT
    }

    /** What push_inlined_comprehension_state saved, for pop_inlined_comprehension_state. */
    private static final class InlineState {
        Map<String, Integer> tempSymbols;
        List<String> pushedLocals;
        Set<String> fastHidden;
        Label cleanup;
        Label end;
    }

    private void comprehension(Expr e, ComprehensionKind kind, String name, List<Comprehension> generators, Expr elt,
                               Expr val) {
        ScopeType outerScope = u.scopeType;
        SymbolTableEntry entry = st.lookup(e);
        boolean inlined = entry.compInlined;
        boolean asyncGenerator = entry.coroutine;
        Loc loc = Loc.of(e);
        Comprehension outermost = generators.get(0);
        InlineState state = null;
        if (inlined) {
            comprehensionIter(outermost, loc);
            state = pushInlinedState(entry, loc);
        } else {
            enterScope(name, ScopeType.COMPREHENSION, e, e.lineno());
        }
        if (asyncGenerator && kind != ComprehensionKind.GENEXP && outerScope != ScopeType.ASYNC_FUNCTION
            && outerScope != ScopeType.COMPREHENSION) {
            throw error("asynchronous comprehension outside of an asynchronous function", loc);
        }
        Label guard = null;
        if (!inlined && kind == ComprehensionKind.GENEXP) {
            guard = startStopIterationHandler();
        }
        if (kind != ComprehensionKind.GENEXP) {
            addopI(switch (kind) {
                case LIST -> BUILD_LIST;
                case SET -> BUILD_SET;
                default -> BUILD_MAP;
            }, 0, loc);
            if (inlined) {
                addopI(SWAP, 2, loc);
            }
        }
        comprehensionGenerator(generators, 0, 0, elt, val, kind, inlined, loc);
        if (inlined) {
            popInlinedState(state, loc);
            return;
        }
        if (kind != ComprehensionKind.GENEXP) {
            addop(RETURN_VALUE, loc);
        }
        finishStopIterationHandler(guard);
        CodeUnit co = exitScope();
        makeClosure(co, 0, loc);
        comprehensionIter(outermost, loc);
        addopI(CALL, 0, loc);
        if (asyncGenerator && kind != ComprehensionKind.GENEXP) {
            awaitValue(0, loc);
        }
    }

    private void comprehensionIter(Comprehension comp, Loc loc) {
        visitExpr(Folding.iterable(comp.iter()));
        addop(comp.is_async() != 0 ? GET_AITER : GET_ITER, Loc.of(comp.iter()));
    }

    private void comprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                        ComprehensionKind kind, boolean iterOnStack, Loc loc) {
        if (gens.get(index).is_async() != 0) {
            asyncComprehensionGenerator(gens, index, depth, elt, val, kind, iterOnStack, loc);
        } else {
            syncComprehensionGenerator(gens, index, depth, elt, val, kind, iterOnStack, loc);
        }
    }

    private void syncComprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                            ComprehensionKind kind, boolean iterOnStack, Loc loc) {
        Label start = new Label();
        Label ifCleanup = new Label();
        Label anchor = new Label();
        Comprehension gen = gens.get(index);
        boolean loop = true;
        if (!iterOnStack) {
            if (index == 0) {
                u.argCount = 1;
                fast(LOAD_FAST, ".0", loc);
            } else {
                List<Expr> elts = gen.iter() instanceof org.sanca.ast.List l ? l.elts()
                    : gen.iter() instanceof Tuple t ? t.elts() : null;
                if (elts != null && elts.size() == 1 && !(elts.get(0) instanceof Starred)) {
                    visitExpr(elts.get(0));
                    loop = false;
                } else {
                    visitExpr(Folding.iterable(gen.iter()));
                    addop(GET_ITER, Loc.of(gen.iter()));
                }
            }
        }
        if (loop) {
            depth++;
            bind(start);
            jump(FOR_ITER, anchor, Loc.of(gen.iter()));
        }
        visitExpr(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        Loc eltLoc = comprehensionBody(gens, index, depth, elt, val, kind, loc);
        bind(ifCleanup);
        if (loop) {
            jump(Pseudo.JUMP, start, eltLoc);
            bind(anchor);
            addop(END_FOR, Loc.NONE);
        }
    }

    private Loc comprehensionBody(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                  ComprehensionKind kind, Loc loc) {
        if (index + 1 < gens.size()) {
            comprehensionGenerator(gens, index + 1, depth, elt, val, kind, false, loc);
        }
        Loc eltLoc = Loc.of(elt);
        if (index + 1 >= gens.size()) {
            switch (kind) {
                case GENEXP -> {
                    visitExpr(elt);
                    addYield(eltLoc);
                    addop(POP_TOP, eltLoc);
                }
                case LIST -> {
                    visitExpr(elt);
                    addopI(LIST_APPEND, depth + 1, eltLoc);
                }
                case SET -> {
                    visitExpr(elt);
                    addopI(SET_ADD, depth + 1, eltLoc);
                }
                case DICT -> {
                    visitExpr(elt);
                    visitExpr(val);
                    eltLoc = new Loc(elt.lineno(), val.end_lineno(), elt.col_offset(), val.end_col_offset());
                    addopI(MAP_ADD, depth + 1, eltLoc);
                }
            }
        }
        return eltLoc;
    }

    private void asyncComprehensionGenerator(List<Comprehension> gens, int index, int depth, Expr elt, Expr val,
                                             ComprehensionKind kind, boolean iterOnStack, Loc loc) {
        Label start = new Label();
        Label except = new Label();
        Label ifCleanup = new Label();
        Comprehension gen = gens.get(index);
        if (!iterOnStack) {
            if (index == 0) {
                u.argCount = 1;
                fast(LOAD_FAST, ".0", loc);
            } else {
                visitExpr(Folding.iterable(gen.iter()));
                addop(GET_AITER, loc);
            }
        }
        bind(start);
        pushFBlock(FBlock.Kind.ASYNC_COMPREHENSION_GENERATOR, start, null, null, loc);
        jump(Pseudo.SETUP_FINALLY, except, loc);
        addop(GET_ANEXT, loc);
        loadConst(NONE, loc);
        yieldFrom(loc);
        addop(Pseudo.POP_BLOCK, loc);
        visitExpr(gen.target());
        for (Expr cond : gen.ifs()) {
            jumpIf(cond, ifCleanup, false);
        }
        depth++;
        Loc eltLoc = comprehensionBody(gens, index, depth, elt, val, kind, loc);
        bind(ifCleanup);
        jump(Pseudo.JUMP, start, eltLoc);
        popFBlock();
        bind(except);
        addop(END_ASYNC_FOR, loc);
    }

    private InlineState pushInlinedState(SymbolTableEntry entry, Loc loc) {
        InlineState state = new InlineState();
        boolean inClassBlock = u.ste.type == BlockType.CLASS && u.inInlinedComp == 0;
        u.inInlinedComp++;
        for (Map.Entry<String, Integer> e : entry.symbols.entrySet()) {
            String k = e.getKey();
            int symbol = e.getValue();
            int scope = Symbol.scope(symbol);
            Integer outv = u.ste.symbols.get(k);
            int outFlags = outv == null ? 0 : outv;
            int outsc = Symbol.scope(outFlags);
            if ((scope != outsc && scope != Symbol.FREE && !(scope == Symbol.CELL && outsc == Symbol.FREE))
                || inClassBlock) {
                if (state.tempSymbols == null) {
                    state.tempSymbols = new HashMap<>();
                }
                u.ste.symbols.put(k, symbol);
                state.tempSymbols.put(k, outv);
            }
            if (((symbol & Symbol.DEF_LOCAL) != 0 && (symbol & Symbol.DEF_NONLOCAL) == 0) || inClassBlock) {
                if (!u.ste.isFunctionLike() && !Boolean.TRUE.equals(u.fastHidden.get(k))) {
                    u.fastHidden.put(k, true);
                    if (state.fastHidden == null) {
                        state.fastHidden = new HashSet<>();
                    }
                    state.fastHidden.add(k);
                }
                if (state.pushedLocals == null) {
                    state.pushedLocals = new ArrayList<>();
                }
                fast(LOAD_FAST_AND_CLEAR, k, loc);
                if (scope == Symbol.CELL) {
                    Integer cell = outsc == Symbol.FREE ? u.freevars.get(k) : u.cellvars.get(k);
                    addopI(MAKE_CELL, cell, loc);
                }
                state.pushedLocals.add(k);
            }
        }
        if (state.pushedLocals != null) {
            addopI(SWAP, state.pushedLocals.size() + 1, loc);
            state.cleanup = new Label();
            state.end = new Label();
            jump(Pseudo.SETUP_FINALLY, state.cleanup, loc);
        }
        return state;
    }

    private void popInlinedState(InlineState state, Loc loc) {
        u.inInlinedComp--;
        if (state.tempSymbols != null) {
            for (Map.Entry<String, Integer> e : state.tempSymbols.entrySet()) {
                if (e.getValue() == null) {
                    u.ste.symbols.remove(e.getKey());
                } else {
                    u.ste.symbols.put(e.getKey(), e.getValue());
                }
            }
        }
        if (state.pushedLocals != null) {
            addop(Pseudo.POP_BLOCK, Loc.NONE);
            jump(Pseudo.JUMP, state.end, Loc.NONE);
            bind(state.cleanup);
            addopI(SWAP, 2, Loc.NONE);
            addop(POP_TOP, Loc.NONE);
            restoreInlinedLocals(state, loc);
            addopI(RERAISE, 0, Loc.NONE);
            bind(state.end);
            restoreInlinedLocals(state, loc);
        }
        if (state.fastHidden != null) {
            for (String k : state.fastHidden) {
                u.fastHidden.put(k, false);
            }
        }
    }

    private void restoreInlinedLocals(InlineState state, Loc loc) {
        int n = state.pushedLocals.size();
        addopI(SWAP, n + 1, loc);
        for (int i = n - 1; i >= 0; i--) {
            fast(Pseudo.STORE_FAST_MAYBE_NULL, state.pushedLocals.get(i), loc);
        }
    }

    static BigInteger big(Object o) {
        return o instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) o;
    }
}
