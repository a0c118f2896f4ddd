package org.sanca.parser;

import static org.sanca.parser.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.parser.tokenizer.SourceText;
import org.sanca.parser.tokenizer.Token;

/**
 * The simple statements of CPython's Grammar/python.gram (simple_stmts): assignments of every
 * kind, type aliases, return, raise, del, assert, global, nonlocal and imports.
 */
abstract class SimpleStatementParser extends InvalidStatementRules {

    SimpleStatementParser(SourceText source, WarningSink warnings) {
        super(source, warnings);
    }

    /** simple_stmts: simple_stmt !';' NEWLINE | ';'.simple_stmt+ [';'] NEWLINE */
    protected final List<Stmt> simpleStmts() {
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

    protected final Stmt simpleStmt() {
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
    protected final Stmt typeAlias() {
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
    protected final List<TypeParam> typeParams() {
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
    protected final Stmt assignment() {
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

    protected final Stmt assignmentRest(Token start, Expr e) {
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

    protected final Stmt annotated(int m, Token start, Expr target, int simple) {
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
    protected final Stmt assign(Token start, Expr first) {
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

    protected final Stmt raiseStmt() {
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

    protected final Stmt delStmt() {
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

    protected final Stmt assertStmt() {
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

    protected final Stmt globalStmt() {
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
    protected final Stmt importName() {
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

    protected final String dottedName() {
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
    protected final Stmt importFrom() {
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
}
