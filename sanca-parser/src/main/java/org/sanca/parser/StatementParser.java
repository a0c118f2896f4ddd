package org.sanca.parser;

import static org.sanca.parser.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.ast.Module;
import org.sanca.parser.tokenizer.SourceText;
import org.sanca.parser.tokenizer.Token;

/** The statement rules and start rules of CPython's Grammar/python.gram. */
final class StatementParser extends SimpleStatementParser {

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
                if (!accept(NEWLINE) || !at(ENDMARKER)) {
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
                    throw indentationError(msg, next, atEndOfInput(next, source));
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
                    next, atEndOfInput(next, source));
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
