package org.sanca.parser;

import static org.sanca.parser.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.ast.Module;
import org.sanca.parser.tokenizer.SourceText;
import org.sanca.parser.tokenizer.Token;

/** The statement rules and start rules of CPython's Grammar/python.gram. */
final class StatementParser extends PatternParser {

    StatementParser(SourceText source, WarningSink warnings) {
        super(source, warnings);
    }

    // ---- start rules ----

    /** file: [statements] ENDMARKER */
    Mod file() {
        List<Stmt> body = statements();
        if (!at(ENDMARKER) || tokenizer.level() > 0) {
            return null;
        }
        return new Module(body == null ? new ArrayList<>() : body, new ArrayList<>());
    }

    /** eval: expressions NEWLINE* ENDMARKER */
    Mod eval() {
        Expr e = expressions();
        if (e == null) {
            return null;
        }
        while (accept(NEWLINE)) {
            // trailing newlines are allowed
        }
        if (!at(ENDMARKER) || tokenizer.level() > 0) {
            return null;
        }
        return new Expression(e);
    }

    /**
     * interactive: statement_newline. One statement only: text after a simple statement is
     * CPython's "multiple statements found while compiling a single statement".
     */
    Mod interactive() {
        if (accept(NEWLINE)) {
            return at(ENDMARKER) ? new Interactive(new ArrayList<>()) : null;
        }
        List<Stmt> body = new ArrayList<>();
        if (isCompoundStart()) {
            Stmt s = compoundStmt();
            if (s != null) {
                accept(NEWLINE);
                if (!at(ENDMARKER)) {
                    return null;
                }
                body.add(s);
                return new Interactive(body);
            }
        }
        List<Stmt> s = simpleStmts();
        if (s == null) {
            return null;
        }
        if (moreSource(last().end)) {
            throw syntaxError("multiple statements found while compiling a single statement", last());
        }
        body.addAll(s);
        return new Interactive(body);
    }

    /** Whether anything but blank lines and comments follows char index {@code from}. */
    private boolean moreSource(int from) {
        String src = source.src();
        int i = from;
        while (i < src.length()) {
            char c = src.charAt(i);
            if (c == '#') {
                while (i < src.length() && src.charAt(i) != '\n') {
                    i++;
                }
            } else if (c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r') {
                i++;
            } else {
                return true;
            }
        }
        return false;
    }

    /** func_type: '(' [type_expressions] ')' '->' expression NEWLINE* ENDMARKER */
    Mod funcType() {
        if (!accept(LPAR)) {
            return null;
        }
        List<Expr> argtypes = new ArrayList<>();
        while (!at(RPAR)) {
            Expr e;
            if (at(STAR) || at(DOUBLESTAR)) {
                p++;
            }
            e = expression();
            if (e == null) {
                return null;
            }
            argtypes.add(e);
            if (!accept(COMMA)) {
                break;
            }
        }
        if (!accept(RPAR) || !accept(RARROW)) {
            return null;
        }
        Expr r = expression();
        if (r == null) {
            return null;
        }
        while (accept(NEWLINE)) {
            // trailing newlines are allowed
        }
        return at(ENDMARKER) ? new FunctionType(argtypes, r) : null;
    }

    // ---- statements ----

    /** statements: statement+ */
    private List<Stmt> statements() {
        List<Stmt> out = null;
        while (true) {
            int k = kind();
            if (k == ENDMARKER || k == DEDENT) {
                break;
            }
            int m = p;
            if (isCompoundStart()) {
                Stmt s = compoundStmt();
                if (s != null) {
                    if (out == null) {
                        out = new ArrayList<>();
                    }
                    out.add(s);
                    continue;
                }
                p = m;
            }
            List<Stmt> ss = simpleStmts();
            if (ss == null) {
                break;
            }
            if (out == null) {
                out = new ArrayList<>();
            }
            out.addAll(ss);
        }
        return out;
    }

    private boolean isCompoundStart() {
        return switch (kind()) {
            case KW_DEF, KW_IF, KW_CLASS, KW_WITH, KW_FOR, KW_TRY, KW_WHILE, AT, KW_ASYNC -> true;
            case NAME -> atSoft("match");
            default -> false;
        };
    }

    /** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
    private List<Stmt> simpleStmts() {
        int m = p;
        Stmt first = simpleStmt();
        if (first == null) {
            return null;
        }
        if (accept(NEWLINE)) {
            List<Stmt> one = new ArrayList<>(1);
            one.add(first);
            return one;
        }
        List<Stmt> out = new ArrayList<>();
        out.add(first);
        while (accept(SEMI)) {
            if (at(NEWLINE)) {
                break;
            }
            Stmt s = simpleStmt();
            if (s == null) {
                p = m;
                return null;
            }
            out.add(s);
        }
        if (!accept(NEWLINE)) {
            p = m;
            return null;
        }
        return out;
    }

    private Stmt simpleStmt() {
        Token t = tok();
        switch (t.kind) {
            case KW_RETURN -> {
                p++;
                Expr v = starExpressions();
                Token e = last();
                return new Return(v, t.lineno, t.col, e.endLineno, e.endCol);
            }
            case KW_IMPORT -> {
                return importName();
            }
            case KW_FROM -> {
                return importFrom();
            }
            case KW_RAISE -> {
                return raiseStmt();
            }
            case KW_PASS -> {
                p++;
                return new Pass(t.lineno, t.col, t.endLineno, t.endCol);
            }
            case KW_BREAK -> {
                p++;
                return new Break(t.lineno, t.col, t.endLineno, t.endCol);
            }
            case KW_CONTINUE -> {
                p++;
                return new Continue(t.lineno, t.col, t.endLineno, t.endCol);
            }
            case KW_DEL -> {
                return delStmt();
            }
            case KW_ASSERT -> {
                return assertStmt();
            }
            case KW_GLOBAL, KW_NONLOCAL -> {
                return globalStmt();
            }
            case KW_YIELD -> {
                return assignment();
            }
            case NAME -> {
                if (t.text.equals("type") && kind2() == NAME) {
                    Stmt s = typeAlias();
                    if (s != null) {
                        return s;
                    }
                }
                return assignment();
            }
            default -> {
                return assignment();
            }
        }
    }

    /** type_alias: "type" NAME [type_params] '=' expression */
    private Stmt typeAlias() {
        int m = p;
        Token t = advance();
        Token n = advance();
        List<TypeParam> params = at(LSQB) ? typeParams() : new ArrayList<>();
        if (params == null || !accept(EQUAL)) {
            p = m;
            return null;
        }
        Expr v = expression();
        if (v == null) {
            p = m;
            return null;
        }
        Token e = last();
        Name name = new Name(n.text, ExprContext.Store, n.lineno, n.col, n.endLineno, n.endCol);
        return new TypeAlias(name, params, v, t.lineno, t.col, e.endLineno, e.endCol);
    }

    /** type_params: '[' ','.type_param+ [','] ']' */
    private List<TypeParam> typeParams() {
        int m = p;
        p++;
        List<TypeParam> out = new ArrayList<>();
        while (!at(RSQB)) {
            Token s = tok();
            TypeParam tp;
            if (accept(STAR) || accept(DOUBLESTAR)) {
                Token n = expect(NAME);
                if (n == null) {
                    p = m;
                    return null;
                }
                if (at(COLON)) {
                    int k = p;
                    Token c = advance();
                    Expr bound = expression();
                    if (bound != null) {
                        String what = (bound instanceof Tuple ? "cannot use constraints with " : "cannot use bound with ")
                            + (s.kind == STAR ? "TypeVarTuple" : "ParamSpec");
                        throw errorFrom(what, nameAt(c), last());
                    }
                    p = k;
                }
                tp = s.kind == STAR ? new TypeVarTuple(n.text, s.lineno, s.col, n.endLineno, n.endCol)
                    : new ParamSpec(n.text, s.lineno, s.col, n.endLineno, n.endCol);
            } else {
                Token n = expect(NAME);
                if (n == null) {
                    p = m;
                    return null;
                }
                Expr bound = null;
                if (accept(COLON)) {
                    bound = expression();
                    if (bound == null) {
                        p = m;
                        return null;
                    }
                }
                Token e = last();
                tp = new TypeVar(n.text, bound, n.lineno, n.col, e.endLineno, e.endCol);
            }
            out.add(tp);
            if (!accept(COMMA)) {
                break;
            }
        }
        if (out.isEmpty() || !accept(RSQB)) {
            p = m;
            return null;
        }
        return out;
    }

    /** assignment | star_expressions (as a statement). */
    private Stmt assignment() {
        Token start = tok();
        int m = p;
        if (start.kind == NAME && kind2() == COLON) {
            p++;
            Name target = new Name(start.text, ExprContext.Store, start.lineno, start.col, start.endLineno,
                start.endCol);
            return annotated(m, start, target, 1);
        }
        Expr e = at(KW_YIELD) ? yieldExpr() : starExpressions();
        Stmt s = e == null ? null : assignmentRest(start, e);
        if (s == null && callInvalidRules) {
            p = m;
            invalidAssignment();
            p = m;
        }
        return s;
    }

    /** invalid_assignment: each alternative in CPython's order; throws when one matches. */
    private void invalidAssignment() {
        int m = p;
        Expr target = invalidAnnAssignTarget();
        if (target != null && accept(COLON) && expression() != null) {
            String what = target instanceof Tuple ? "tuple" : "list";
            throw errorAt("only single target (not " + what + ") can be annotated", target);
        }
        p = m;
        Expr a = starNamedExpression();
        if (a != null && accept(COMMA)) {
            starNamedExpressions(new ArrayList<>());
            if (accept(COLON) && expression() != null) {
                throw errorAt("only single target (not tuple) can be annotated", a);
            }
        }
        p = m;
        a = expression();
        if (a != null && accept(COLON) && expression() != null) {
            throw errorAt("illegal target for annotation", a);
        }
        p = m;
        skipTargetsAndEquals();
        a = starExpressions();
        if (a != null && at(EQUAL)) {
            Expr bad = Targets.invalid(a, Targets.Kind.STAR_TARGETS);
            if (bad != null) {
                throw errorAt("cannot assign to " + Targets.exprName(bad), bad);
            }
        }
        p = m;
        skipTargetsAndEquals();
        if (at(KW_YIELD)) {
            a = yieldExpr();
            if (a != null && at(EQUAL)) {
                throw errorAt("assignment to yield expression not possible", a);
            }
        }
        p = m;
        a = starExpressions();
        if (a != null && augOp(kind()) != null) {
            p++;
            Expr v = at(KW_YIELD) ? yieldExpr() : starExpressions();
            if (v != null) {
                throw errorAt("'" + Targets.exprName(a) + "' is an illegal expression for augmented assignment", a);
            }
        }
    }

    /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
    private Expr invalidAnnAssignTarget() {
        int m = p;
        if (!at(LSQB) && !at(LPAR)) {
            return null;
        }
        Token s = tok();
        Expr a = atom();
        if (a instanceof org.sanca.ast.List || (a instanceof Tuple t && t.lineno() == s.lineno && t.col_offset() == s.col)) {
            return a;
        }
        p = m;
        if (accept(LPAR)) {
            Expr inner = invalidAnnAssignTarget();
            if (inner != null && accept(RPAR)) {
                return inner;
            }
        }
        p = m;
        return null;
    }

    /** (star_targets '=')* */
    private void skipTargetsAndEquals() {
        while (true) {
            int k = p;
            Expr t = starTargets();
            if (t == null || !accept(EQUAL)) {
                p = k;
                return;
            }
        }
    }

    private Stmt assignmentRest(Token start, Expr e) {
        int k = kind();
        if (k == COLON) {
            int m = p;
            if (!(e instanceof Name || e instanceof Attribute || e instanceof Subscript)) {
                return null;
            }
            int simple = e instanceof Name && start.kind != LPAR ? 1 : 0;
            return annotated(m, start, Targets.setContext(e, ExprContext.Store), simple);
        }
        if (k == EQUAL) {
            return assign(start, e);
        }
        Operator op = augOp(k);
        if (op != null) {
            if (!(e instanceof Name || e instanceof Attribute || e instanceof Subscript)) {
                return null;
            }
            p++;
            Expr v = at(KW_YIELD) ? yieldExpr() : starExpressions();
            if (v == null) {
                return null;
            }
            Token end = last();
            return new AugAssign(Targets.setContext(e, ExprContext.Store), op, v, start.lineno, start.col,
                end.endLineno, end.endCol);
        }
        Token end = last();
        return new ExprStmt(e, start.lineno, start.col, end.endLineno, end.endCol);
    }

    private Stmt annotated(int m, Token start, Expr target, int simple) {
        p++;
        Expr ann = expression();
        if (ann == null) {
            p = m;
            return null;
        }
        Expr value = null;
        if (accept(EQUAL)) {
            value = at(KW_YIELD) ? yieldExpr() : starExpressions();
            if (value == null) {
                p = m;
                return null;
            }
        }
        Token e = last();
        return new AnnAssign(target, ann, value, simple, start.lineno, start.col, e.endLineno, e.endCol);
    }

    /** (star_targets '=')+ (yield_expr | star_expressions) */
    private Stmt assign(Token start, Expr first) {
        List<Expr> targets = new ArrayList<>();
        Expr e = first;
        while (at(EQUAL)) {
            if (!(e instanceof Yield || e instanceof YieldFrom) && Targets.valid(e, Targets.Kind.STAR_TARGETS)) {
                targets.add(Targets.setContext(e, ExprContext.Store));
            } else {
                return null;
            }
            p++;
            e = at(KW_YIELD) ? yieldExpr() : starExpressions();
            if (e == null) {
                return null;
            }
        }
        Token end = last();
        return new Assign(targets, e, null, start.lineno, start.col, end.endLineno, end.endCol);
    }

    private static Operator augOp(int k) {
        return switch (k) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }

    private Stmt raiseStmt() {
        Token t = advance();
        Expr exc = null;
        Expr cause = null;
        if (!at(NEWLINE) && !at(SEMI)) {
            exc = expression();
            if (exc != null && accept(KW_FROM)) {
                cause = expression();
                if (cause == null) {
                    return null;
                }
            }
        }
        Token e = last();
        return new Raise(exc, cause, t.lineno, t.col, e.endLineno, e.endCol);
    }

    private Stmt delStmt() {
        int m = p;
        Token t = advance();
        Expr e = starExpressions();
        if (e != null && (at(SEMI) || at(NEWLINE)) && Targets.valid(e, Targets.Kind.DEL_TARGETS)) {
            List<Expr> targets = new ArrayList<>();
            if (e instanceof Tuple tu && !(tokenAt(m + 1).kind == LPAR && tu.col_offset() == tokenAt(m + 1).col
                    && tu.lineno() == tokenAt(m + 1).lineno)) {
                for (Expr x : tu.elts()) {
                    targets.add(Targets.setContext(x, ExprContext.Del));
                }
            } else {
                targets.add(Targets.setContext(e, ExprContext.Del));
            }
            Token end = last();
            return new Delete(targets, t.lineno, t.col, end.endLineno, end.endCol);
        }
        if (callInvalidRules && e != null) {
            Expr bad = Targets.invalid(e, Targets.Kind.DEL_TARGETS);
            if (bad != null) {
                throw errorAt("cannot delete " + Targets.exprName(bad), bad);
            }
        }
        p = m;
        return null;
    }

    private Stmt assertStmt() {
        Token t = advance();
        Expr test = expression();
        if (test == null) {
            return null;
        }
        Expr msg = null;
        if (accept(COMMA)) {
            msg = expression();
            if (msg == null) {
                return null;
            }
        }
        Token e = last();
        return new Assert(test, msg, t.lineno, t.col, e.endLineno, e.endCol);
    }

    private Stmt globalStmt() {
        Token t = advance();
        List<String> names = new ArrayList<>();
        do {
            Token n = expect(NAME);
            if (n == null) {
                return null;
            }
            names.add(n.text);
        } while (accept(COMMA));
        Token e = last();
        return t.kind == KW_GLOBAL ? new Global(names, t.lineno, t.col, e.endLineno, e.endCol)
            : new Nonlocal(names, t.lineno, t.col, e.endLineno, e.endCol);
    }

    /** import_name: 'import' dotted_as_names */
    private Stmt importName() {
        Token t = advance();
        List<Alias> names = new ArrayList<>();
        do {
            Token s = tok();
            String name = dottedName();
            if (name == null) {
                return null;
            }
            String as = null;
            if (accept(KW_AS)) {
                Token n = expect(NAME);
                if (n == null) {
                    return null;
                }
                as = n.text;
            }
            Token e = last();
            names.add(new Alias(name, as, s.lineno, s.col, e.endLineno, e.endCol));
        } while (accept(COMMA));
        Token e = last();
        return new Import(names, t.lineno, t.col, e.endLineno, e.endCol);
    }

    private String dottedName() {
        Token n = expect(NAME);
        if (n == null) {
            return null;
        }
        if (!at(DOT)) {
            return n.text;
        }
        StringBuilder sb = new StringBuilder(n.text);
        while (at(DOT)) {
            p++;
            Token m = expect(NAME);
            if (m == null) {
                return null;
            }
            sb.append('.').append(m.text);
        }
        return sb.toString();
    }

    /** import_from: 'from' ('.' | '...')* dotted_name 'import' import_from_targets | ... */
    private Stmt importFrom() {
        Token t = advance();
        int level = 0;
        while (at(DOT) || at(ELLIPSIS)) {
            level += advance().kind == DOT ? 1 : 3;
        }
        String module = null;
        if (at(NAME)) {
            module = dottedName();
            if (module == null) {
                return null;
            }
        } else if (level == 0) {
            return null;
        }
        if (!accept(KW_IMPORT)) {
            return null;
        }
        List<Alias> names = new ArrayList<>();
        if (at(STAR)) {
            Token s = advance();
            names.add(new Alias("*", null, s.lineno, s.col, s.endLineno, s.endCol));
        } else {
            boolean paren = accept(LPAR);
            while (true) {
                Token n = expect(NAME);
                if (n == null) {
                    if (paren && !names.isEmpty() && tokenAt(p - 1).kind == COMMA) {
                        break;
                    }
                    if (callInvalidRules && !paren && !names.isEmpty() && tokenAt(p - 1).kind == COMMA
                            && at(NEWLINE)) {
                        throw syntaxError("trailing comma not allowed without surrounding parentheses", tok());
                    }
                    return null;
                }
                String as = null;
                if (accept(KW_AS)) {
                    Token a = expect(NAME);
                    if (a == null) {
                        return null;
                    }
                    as = a.text;
                }
                Token e = last();
                names.add(new Alias(n.text, as, n.lineno, n.col, e.endLineno, e.endCol));
                if (!accept(COMMA)) {
                    break;
                }
            }
            if (paren && !accept(RPAR)) {
                return null;
            }
        }
        Token e = last();
        return new ImportFrom(module, names, level, t.lineno, t.col, e.endLineno, e.endCol);
    }

    // ---- compound statements ----

    private Stmt compoundStmt() {
        Token t = tok();
        return switch (t.kind) {
            case KW_DEF -> functionDef(new ArrayList<>(), null);
            case AT -> decorated();
            case KW_CLASS -> classDef(new ArrayList<>());
            case KW_IF -> ifStmt(t, "if");
            case KW_WHILE -> whileStmt();
            case KW_FOR -> forStmt(null);
            case KW_WITH -> withStmt(null);
            case KW_TRY -> tryStmt();
            case KW_ASYNC -> asyncStmt();
            case NAME -> matchStmt();
            default -> null;
        };
    }

    private Stmt asyncStmt() {
        Token a = advance();
        Stmt s = switch (kind()) {
            case KW_DEF -> functionDef(new ArrayList<>(), a);
            case KW_FOR -> forStmt(a);
            case KW_WITH -> withStmt(a);
            default -> null;
        };
        if (s == null) {
            p--;
        }
        return s;
    }

    private Stmt decorated() {
        int m = p;
        List<Expr> decorators = new ArrayList<>();
        while (accept(AT)) {
            Expr d = namedExpression();
            if (d == null || !accept(NEWLINE)) {
                p = m;
                return null;
            }
            decorators.add(d);
        }
        Stmt s;
        if (at(KW_DEF)) {
            s = functionDef(decorators, null);
        } else if (at(KW_ASYNC) && kind2() == KW_DEF) {
            Token a = advance();
            s = functionDef(decorators, a);
        } else if (at(KW_CLASS)) {
            s = classDef(decorators);
        } else {
            s = null;
        }
        if (s == null) {
            p = m;
        }
        return s;
    }

    /** function_def_raw: 'def' NAME [type_params] &&'(' [params] ')' ['->' expression] &&':' block */
    private Stmt functionDef(List<Expr> decorators, Token async) {
        int m = p;
        Token def = advance();
        Token start = async != null ? async : def;
        Token n = expect(NAME);
        if (n == null) {
            p = m;
            return null;
        }
        List<TypeParam> tps = at(LSQB) ? typeParams() : new ArrayList<>();
        if (tps == null) {
            tps = new ArrayList<>();
        }
        if (!at(LPAR)) {
            throw syntaxError("expected '('", tok());
        }
        int lparen = p;
        p++;
        Arguments args = at(RPAR) ? new Arguments(new ArrayList<>(), new ArrayList<>(), null, new ArrayList<>(),
            new ArrayList<>(), null, new ArrayList<>()) : parameters(false);
        if (args == null || !accept(RPAR)) {
            if (callInvalidRules) {
                p = lparen + 1;
                new ParameterErrors(this, false).check();
            }
            p = m;
            return null;
        }
        Expr returns = null;
        if (at(RARROW)) {
            int arrow = p;
            p++;
            returns = expression();
            if (returns == null) {
                p = arrow;
            }
        }
        if (!at(COLON)) {
            throw syntaxError("expected ':'", tok());
        }
        p++;
        List<Stmt> body = block("function definition", def);
        if (body == null) {
            p = m;
            return null;
        }
        if (async != null) {
            return new AsyncFunctionDef(n.text, args, body, decorators, returns, null, tps, start.lineno, start.col,
                endTok().endLineno, endTok().endCol);
        }
        return new FunctionDef(n.text, args, body, decorators, returns, null, tps, start.lineno, start.col,
            endTok().endLineno, endTok().endCol);
    }

    /** class_def_raw: 'class' NAME [type_params] ['(' [arguments] ')'] ':' block */
    private Stmt classDef(List<Expr> decorators) {
        int m = p;
        Token c = advance();
        Token n = expect(NAME);
        if (n == null) {
            p = m;
            return null;
        }
        List<TypeParam> tps = at(LSQB) ? typeParams() : new ArrayList<>();
        if (tps == null) {
            p = m;
            return null;
        }
        List<Expr> bases = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (at(LPAR)) {
            Name fake = new Name(n.text, ExprContext.Load, n.lineno, n.col, n.endLineno, n.endCol);
            Expr call = callTrailer(n, fake, false);
            if (call == null) {
                p = m;
                return null;
            }
            Call cl = (Call) call;
            bases = cl.args();
            keywords = cl.keywords();
        }
        if (!colon()) {
            p = m;
            return null;
        }
        List<Stmt> body = block("class definition", c);
        if (body == null) {
            p = m;
            return null;
        }
        return new ClassDef(n.text, bases, keywords, body, decorators, tps, c.lineno, c.col, endTok().endLineno,
            endTok().endCol);
    }

    /** ':' — in the second pass a missing colon before a newline is "expected ':'". */
    private boolean colon() {
        if (accept(COLON)) {
            return true;
        }
        if (callInvalidRules && at(NEWLINE)) {
            throw syntaxError("expected ':'", furthest());
        }
        return false;
    }

    /**
     * block: NEWLINE INDENT statements DEDENT | simple_stmts. In the second pass a header with no
     * indented body is CPython's "expected an indented block after ..." IndentationError.
     */
    private List<Stmt> block(String what, Token kw) {
        int m = p;
        if (at(NEWLINE)) {
            if (kind2() != INDENT) {
                if (callInvalidRules) {
                    Token next = peek2();
                    String msg = "expected an indented block after " + what + " on line " + kw.lineno;
                    throw indentationError(msg, next, next.kind == ENDMARKER);
                }
                return null;
            }
            p += 2;
            List<Stmt> body = statements();
            if (body == null || !accept(DEDENT)) {
                p = m;
                return null;
            }
            return body;
        }
        return simpleStmts();
    }

    private Stmt ifStmt(Token kw, String word) {
        int m = p;
        p++;
        Expr test = namedExpression();
        if (test == null || !colon()) {
            p = m;
            return null;
        }
        List<Stmt> body = block("'" + word + "' statement", kw);
        if (body == null) {
            p = m;
            return null;
        }
        List<Stmt> orelse = new ArrayList<>();
        if (at(KW_ELIF)) {
            Stmt elif = ifStmt(tok(), "elif");
            if (elif == null) {
                p = m;
                return null;
            }
            orelse.add(elif);
        } else if (at(KW_ELSE)) {
            orelse = elseBlock();
            if (orelse == null) {
                p = m;
                return null;
            }
        }
        return new If(test, body, orelse, kw.lineno, kw.col, endTok().endLineno, endTok().endCol);
    }

    /** else_block: 'else' &&':' block */
    private List<Stmt> elseBlock() {
        Token e = advance();
        if (!at(COLON)) {
            throw syntaxError("expected ':'", tok());
        }
        p++;
        return block("'else' statement", e);
    }

    private Stmt whileStmt() {
        int m = p;
        Token kw = advance();
        Expr test = namedExpression();
        if (test == null || !colon()) {
            p = m;
            return null;
        }
        List<Stmt> body = block("'while' statement", kw);
        if (body == null) {
            p = m;
            return null;
        }
        List<Stmt> orelse = new ArrayList<>();
        if (at(KW_ELSE)) {
            orelse = elseBlock();
            if (orelse == null) {
                p = m;
                return null;
            }
        }
        return new While(test, body, orelse, kw.lineno, kw.col, endTok().endLineno, endTok().endCol);
    }

    /** for_stmt: [ASYNC] 'for' star_targets 'in' ~ star_expressions ':' block [else_block] */
    private Stmt forStmt(Token async) {
        int m = p;
        Token kw = advance();
        Token start = async != null ? async : kw;
        Expr target = starTargets();
        if (target == null || !accept(KW_IN)) {
            if (callInvalidRules) {
                invalidForTarget(async != null ? m - 1 : m);
            }
            p = m;
            return null;
        }
        Expr iter = starExpressions();
        if (iter == null) {
            throw cutFailure();
        }
        if (!colon()) {
            throw cutFailure();
        }
        List<Stmt> body = block("'for' statement", kw);
        if (body == null) {
            throw cutFailure();
        }
        List<Stmt> orelse = new ArrayList<>();
        if (at(KW_ELSE)) {
            orelse = elseBlock();
            if (orelse == null) {
                throw cutFailure();
            }
        }
        if (async != null) {
            return new AsyncFor(target, iter, body, orelse, null, start.lineno, start.col, endTok().endLineno,
                endTok().endCol);
        }
        return new For(target, iter, body, orelse, null, start.lineno, start.col, endTok().endLineno,
            endTok().endCol);
    }

    /** with_stmt: [ASYNC] 'with' ( '(' ','.with_item+ ','? ')' | ','.with_item+ ) ':' block */
    private Stmt withStmt(Token async) {
        int m = p;
        Token kw = advance();
        Token start = async != null ? async : kw;
        List<WithItem> items = null;
        if (at(LPAR)) {
            int k = p;
            p++;
            items = withItems(true);
            if (items == null || !accept(RPAR) || !at(COLON)) {
                p = k;
                items = null;
            }
        }
        if (items == null) {
            items = withItems(false);
            if (items == null) {
                if (callInvalidRules) {
                    invalidWithStmt(m + 1);
                }
                p = m;
                return null;
            }
        }
        if (!colon()) {
            if (callInvalidRules) {
                invalidWithStmt(m + 1);
            }
            p = m;
            return null;
        }
        List<Stmt> body = block("'with' statement", kw);
        if (body == null) {
            p = m;
            return null;
        }
        if (async != null) {
            return new AsyncWith(items, body, null, start.lineno, start.col, endTok().endLineno,
                endTok().endCol);
        }
        return new With(items, body, null, start.lineno, start.col, endTok().endLineno, endTok().endCol);
    }

    /** invalid_with_stmt: 'with' ','.(expression ['as' star_target])+ NEWLINE, parenthesized or not. */
    private void invalidWithStmt(int afterWith) {
        for (int paren = 0; paren < 2; paren++) {
            p = afterWith;
            if (paren == 1 && !accept(LPAR)) {
                return;
            }
            boolean ok = true;
            do {
                if ((paren == 1 ? expressions() : expression()) == null) {
                    ok = false;
                    break;
                }
                if (accept(KW_AS) && starTargetSingle() == null) {
                    ok = false;
                    break;
                }
            } while (accept(COMMA) && !(paren == 1 && at(RPAR)));
            if (ok && (paren == 0 || accept(RPAR)) && at(NEWLINE)) {
                throw syntaxError("expected ':'", furthest());
            }
        }
    }

    private List<WithItem> withItems(boolean parenthesized) {
        List<WithItem> items = new ArrayList<>();
        while (true) {
            Expr e = expression();
            if (e == null) {
                return items.isEmpty() || !parenthesized ? null : items;
            }
            Expr vars = null;
            if (at(KW_AS)) {
                int k = p;
                p++;
                vars = starTargetSingle();
                if (vars == null || !(at(COMMA) || at(RPAR) || at(COLON))) {
                    if (callInvalidRules) {
                        p = k + 1;
                        Expr bad = expression();
                        if (bad != null && Targets.invalid(bad, Targets.Kind.STAR_TARGETS) != null) {
                            Expr b = Targets.invalid(bad, Targets.Kind.STAR_TARGETS);
                            throw errorAt("cannot assign to " + Targets.exprName(b), b);
                        }
                    }
                    p = k;
                    vars = null;
                }
            }
            items.add(new WithItem(e, vars));
            if (!accept(COMMA)) {
                return items;
            }
        }
    }

    /** star_target: a single target in Store context. */
    private Expr starTargetSingle() {
        int m = p;
        Expr e = at(STAR) ? starredBitwiseOr() : bitwiseOr();
        if (e == null || !Targets.valid(e, Targets.Kind.STAR_TARGETS)) {
            p = m;
            return null;
        }
        return Targets.setContext(e, ExprContext.Store);
    }

    /** try_stmt with except, except* and finally blocks. */
    private Stmt tryStmt() {
        int m = p;
        Token kw = advance();
        if (!at(COLON)) {
            throw syntaxError("expected ':'", tok());
        }
        p++;
        List<Stmt> body = block("'try' statement", kw);
        if (body == null) {
            p = m;
            return null;
        }
        List<ExceptHandler> handlers = new ArrayList<>();
        boolean star = false;
        boolean plain = false;
        while (at(KW_EXCEPT)) {
            boolean isStar = kind2() == STAR;
            if ((isStar && plain) || (!isStar && star)) {
                if (callInvalidRules) {
                    Token e = tok();
                    throw errorAt("cannot have both 'except' and 'except*' on the same 'try'", e,
                        isStar ? peek2() : e);
                }
                p = m;
                return null;
            }
            ExceptHandler h = exceptBlock(isStar);
            if (h == null) {
                p = m;
                return null;
            }
            handlers.add(h);
            star |= isStar;
            plain |= !isStar;
        }
        List<Stmt> orelse = new ArrayList<>();
        if (!handlers.isEmpty() && at(KW_ELSE)) {
            orelse = elseBlock();
            if (orelse == null) {
                p = m;
                return null;
            }
        }
        List<Stmt> finalbody = new ArrayList<>();
        if (at(KW_FINALLY)) {
            Token f = advance();
            if (!at(COLON)) {
                throw syntaxError("expected ':'", tok());
            }
            p++;
            finalbody = block("'finally' statement", f);
            if (finalbody == null) {
                p = m;
                return null;
            }
        }
        if (handlers.isEmpty() && finalbody.isEmpty()) {
            if (callInvalidRules) {
                throw errorAt("expected 'except' or 'finally' block", tok(), tok());
            }
            p = m;
            return null;
        }
        if (star) {
            return new TryStar(body, handlers, orelse, finalbody, kw.lineno, kw.col, endTok().endLineno,
                endTok().endCol);
        }
        return new Try(body, handlers, orelse, finalbody, kw.lineno, kw.col, endTok().endLineno, endTok().endCol);
    }

    /** except_block: 'except' expression ['as' NAME] ':' block | 'except' ':' block (and except*). */
    private ExceptHandler exceptBlock(boolean star) {
        int m = p;
        Token kw = advance();
        if (star) {
            p++;
        }
        Expr type = null;
        String name = null;
        if (callInvalidRules && !star && at(NEWLINE)) {
            throw syntaxError("expected ':'", furthest());
        }
        if (!at(COLON) || star) {
            type = expression();
            if (type == null) {
                if (callInvalidRules && star && (at(COLON) || at(NEWLINE))) {
                    throw syntaxError("expected one or more exception types", furthest());
                }
                p = m;
                return null;
            }
            if (callInvalidRules && at(COMMA)) {
                p++;
                boolean saved = callInvalidRules;
                callInvalidRules = false;
                Expr rest = expressions();
                callInvalidRules = saved;
                if (rest != null) {
                    Token end = last();
                    if (accept(KW_AS) && at(NAME)) {
                        end = advance();
                    }
                    if (at(COLON)) {
                        throw errorFrom("multiple exception types must be parenthesized", type, end);
                    }
                }
            }
            if (accept(KW_AS)) {
                Token n = expect(NAME);
                if (n == null) {
                    if (callInvalidRules) {
                        Expr bad = expression();
                        if (bad != null) {
                            throw errorAt("cannot use " + Targets.exprName(bad) + " as except target", bad);
                        }
                    }
                    p = m;
                    return null;
                }
                name = n.text;
            }
        }
        if (!colon()) {
            p = m;
            return null;
        }
        List<Stmt> body = block(star ? "'except*' statement" : "'except' statement", kw);
        if (body == null) {
            p = m;
            return null;
        }
        return new ExceptHandler(type, name, body, kw.lineno, kw.col, endTok().endLineno,
            endTok().endCol);
    }

    /** match_stmt: "match" subject_expr ':' NEWLINE INDENT case_block+ DEDENT */
    private Stmt matchStmt() {
        int m = p;
        Token kw = advance();
        Expr subject = subjectExpr();
        if (subject == null) {
            p = m;
            return null;
        }
        if (!at(COLON)) {
            if (callInvalidRules && at(NEWLINE)) {
                throw syntaxError("expected ':'", furthest());
            }
            p = m;
            return null;
        }
        p++;
        if (!at(NEWLINE) || kind2() != INDENT) {
            if (callInvalidRules && at(NEWLINE)) {
                Token next = peek2();
                throw indentationError("expected an indented block after 'match' statement on line " + kw.lineno,
                    next, next.kind == ENDMARKER);
            }
            p = m;
            return null;
        }
        p += 2;
        List<MatchCase> cases = new ArrayList<>();
        while (atSoft("case")) {
            MatchCase c = caseBlock();
            if (c == null) {
                break;
            }
            cases.add(c);
        }
        if (cases.isEmpty() || !accept(DEDENT)) {
            p = m;
            return null;
        }
        return new Match(subject, cases, kw.lineno, kw.col, endTok().endLineno, endTok().endCol);
    }

    /** subject_expr: star_named_expression ',' star_named_expressions? | named_expression */
    private Expr subjectExpr() {
        Token start = tok();
        int m = p;
        Expr a = starNamedExpression();
        if (a == null) {
            return null;
        }
        if (at(COMMA)) {
            List<Expr> elts = new ArrayList<>();
            elts.add(a);
            p++;
            starNamedExpressions(elts);
            Token e = last();
            return new Tuple(elts, ExprContext.Load, start.lineno, start.col, e.endLineno, e.endCol);
        }
        if (a instanceof Starred) {
            p = m;
            return null;
        }
        return a;
    }

    /** case_block: "case" patterns guard? ':' block */
    private MatchCase caseBlock() {
        int m = p;
        Token kw = advance();
        Pattern pat = patterns();
        if (pat == null) {
            p = m;
            return null;
        }
        Expr guard = null;
        if (accept(KW_IF)) {
            guard = namedExpression();
            if (guard == null) {
                p = m;
                return null;
            }
        }
        if (!colon()) {
            p = m;
            return null;
        }
        List<Stmt> body = block("'case' statement", kw);
        if (body == null) {
            p = m;
            return null;
        }
        return new MatchCase(pat, guard, body);
    }
}
