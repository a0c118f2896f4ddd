package org.sanca.parser;

import static org.sanca.parser.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.parser.tokenizer.SourceText;
import org.sanca.parser.tokenizer.Token;

/**
 * The expression rules of CPython's Grammar/python.gram, one method per rule (rule names kept).
 * A rule returns null when it does not match, with the position restored.
 */
abstract class ExpressionParser extends ParameterParser {
    ExpressionParser(SourceText source, WarningSink warnings) {
        super(source, warnings);
    }

    // ---- expressions ----

    /** expressions: expression (',' expression)* [','] */
    protected final Expr expressions() {
        Token start = tok();
        Expr a = expression();
        if (a == null) {
            return null;
        }
        if (!at(COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (accept(COMMA)) {
            Expr b = expression();
            if (b == null) {
                break;
            }
            elts.add(b);
        }
        Token e = last();
        return new Tuple(elts, ExprContext.Load, start.lineno, start.col, e.endLineno, e.endCol);
    }

    /** expression: disjunction 'if' disjunction 'else' expression | disjunction | lambdef */
    protected final Expr expression() {
        int start = p;
        Object memo = memoGet(MEMO_EXPRESSION);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        if (callInvalidRules) {
            invalidExpression();
            invalidLegacyExpression();
        }
        Expr r = expressionWithoutInvalid();
        memoPut(MEMO_EXPRESSION, start, r);
        return r;
    }

    protected final Expr expressionWithoutInvalid() {
        Token start = tok();
        if (at(KW_LAMBDA)) {
            return lambdef();
        }
        Expr a = disjunction();
        if (a == null) {
            return null;
        }
        if (at(KW_IF)) {
            int m = p;
            p++;
            Expr b = disjunction();
            if (b != null && accept(KW_ELSE)) {
                Expr c = expression();
                if (c != null) {
                    Token e = last();
                    return new IfExp(b, a, c, start.lineno, start.col, e.endLineno, e.endCol);
                }
            }
            p = m;
        }
        return a;
    }

    /** yield_expr: 'yield' 'from' expression | 'yield' [star_expressions] */
    protected final Expr yieldExpr() {
        Token y = expect(KW_YIELD);
        if (y == null) {
            return null;
        }
        if (accept(KW_FROM)) {
            Expr a = expression();
            if (a == null) {
                p -= 2;
                return null;
            }
            Token e = last();
            return new YieldFrom(a, y.lineno, y.col, e.endLineno, e.endCol);
        }
        Expr a = starExpressions();
        Token e = last();
        return new Yield(a, y.lineno, y.col, e.endLineno, e.endCol);
    }

    /** star_expressions: star_expression (',' star_expression)* [','] */
    protected final Expr starExpressions() {
        Token start = tok();
        Expr a = starExpression();
        if (a == null) {
            return null;
        }
        if (!at(COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (accept(COMMA)) {
            Expr b = starExpression();
            if (b == null) {
                break;
            }
            elts.add(b);
        }
        Token e = last();
        return new Tuple(elts, ExprContext.Load, start.lineno, start.col, e.endLineno, e.endCol);
    }

    /** star_expression: '*' bitwise_or | expression */
    protected final Expr starExpression() {
        if (at(STAR)) {
            return starredBitwiseOr();
        }
        return expression();
    }

    /** '*' bitwise_or, as a Starred node. */
    protected final Expr starredBitwiseOr() {
        Token s = advance();
        Expr a = bitwiseOr();
        if (a == null) {
            p--;
            return null;
        }
        Token e = last();
        return new Starred(a, ExprContext.Load, s.lineno, s.col, e.endLineno, e.endCol);
    }

    /** star_named_expressions: ','.star_named_expression+ [','] (into {@code out}). */
    protected final void starNamedExpressions(List<Expr> out) {
        while (true) {
            Expr a = starNamedExpression();
            if (a == null) {
                return;
            }
            out.add(a);
            if (!accept(COMMA)) {
                return;
            }
        }
    }

    /** star_named_expression: '*' bitwise_or | named_expression */
    protected final Expr starNamedExpression() {
        if (at(STAR)) {
            return starredBitwiseOr();
        }
        return namedExpression();
    }

    /** assignment_expression: NAME ':=' ~ expression */
    protected final Expr assignmentExpression() {
        if (at(NAME) && kind2() == COLONEQUAL) {
            Token n = advance();
            p++;
            Expr v = expression();
            if (v == null) {
                throw cutFailure();
            }
            Token e = last();
            Name target = new Name(n.text, ExprContext.Store, n.lineno, n.col, n.endLineno, n.endCol);
            return new NamedExpr(target, v, n.lineno, n.col, e.endLineno, e.endCol);
        }
        return null;
    }

    /** A rule failed after a cut ({@code ~}): no alternative may be tried. */
    protected final CutFailure cutFailure() {
        return new CutFailure();
    }

    /** Unwinds the parse after a failed cut; reported as a generic error at the furthest token. */
    static final class CutFailure extends RuntimeException {
        CutFailure() {
            super("cut", null, false, false);
        }
    }

    /** named_expression: assignment_expression | expression !':=' */
    protected final Expr namedExpression() {
        Expr a = assignmentExpression();
        if (a != null) {
            return a;
        }
        if (callInvalidRules) {
            invalidNamedExpression();
        }
        int m = p;
        Expr e = expression();
        if (e != null && at(COLONEQUAL)) {
            p = m;
            return null;
        }
        return e;
    }

    /** disjunction: conjunction ('or' conjunction)+ | conjunction */
    protected final Expr disjunction() {
        int start = p;
        Object memo = memoGet(MEMO_DISJUNCTION);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        Expr r = disjunctionRule();
        memoPut(MEMO_DISJUNCTION, start, r);
        return r;
    }

    private Expr disjunctionRule() {
        Token start = tok();
        Expr a = conjunction();
        if (a == null || !at(KW_OR)) {
            return a;
        }
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (at(KW_OR)) {
            int m = p;
            p++;
            Expr b = conjunction();
            if (b == null) {
                p = m;
                break;
            }
            values.add(b);
        }
        if (values.size() == 1) {
            return a;
        }
        Token e = last();
        return new BoolOp(BoolOperator.Or, values, start.lineno, start.col, e.endLineno, e.endCol);
    }

    /** conjunction: inversion ('and' inversion)+ | inversion */
    protected final Expr conjunction() {
        Token start = tok();
        Expr a = inversion();
        if (a == null || !at(KW_AND)) {
            return a;
        }
        List<Expr> values = new ArrayList<>();
        values.add(a);
        while (at(KW_AND)) {
            int m = p;
            p++;
            Expr b = inversion();
            if (b == null) {
                p = m;
                break;
            }
            values.add(b);
        }
        if (values.size() == 1) {
            return a;
        }
        Token e = last();
        return new BoolOp(BoolOperator.And, values, start.lineno, start.col, e.endLineno, e.endCol);
    }

    /** inversion: 'not' inversion | comparison */
    protected final Expr inversion() {
        if (at(KW_NOT)) {
            Token t = advance();
            Expr a = inversion();
            if (a == null) {
                p--;
                return null;
            }
            Token e = last();
            return new UnaryOp(UnaryOperator.Not, a, t.lineno, t.col, e.endLineno, e.endCol);
        }
        return comparison();
    }

    /** comparison: bitwise_or compare_op_bitwise_or_pair+ | bitwise_or */
    protected final Expr comparison() {
        Token start = tok();
        Expr a = bitwiseOr();
        if (a == null) {
            return null;
        }
        List<CmpOp> ops = null;
        List<Expr> comparators = null;
        while (true) {
            int m = p;
            CmpOp op = compareOp();
            if (op == null) {
                break;
            }
            Expr b = bitwiseOr();
            if (b == null) {
                p = m;
                break;
            }
            if (ops == null) {
                ops = new ArrayList<>(2);
                comparators = new ArrayList<>(2);
            }
            ops.add(op);
            comparators.add(b);
        }
        if (ops == null) {
            return a;
        }
        Token e = last();
        return new Compare(a, ops, comparators, start.lineno, start.col, e.endLineno, e.endCol);
    }

    private CmpOp compareOp() {
        CmpOp op;
        switch (kind()) {
            case EQEQUAL -> op = CmpOp.Eq;
            case NOTEQUAL -> {
                if (tok().text.equals("<>")) {
                    return null;
                }
                op = CmpOp.NotEq;
            }
            case LESSEQUAL -> op = CmpOp.LtE;
            case LESS -> op = CmpOp.Lt;
            case GREATEREQUAL -> op = CmpOp.GtE;
            case GREATER -> op = CmpOp.Gt;
            case KW_IN -> op = CmpOp.In;
            case KW_NOT -> {
                if (kind2() != KW_IN) {
                    return null;
                }
                p += 2;
                return CmpOp.NotIn;
            }
            case KW_IS -> {
                if (kind2() == KW_NOT) {
                    p += 2;
                    return CmpOp.IsNot;
                }
                op = CmpOp.Is;
            }
            default -> {
                return null;
            }
        }
        p++;
        return op;
    }

    /** bitwise_or: bitwise_or '|' bitwise_xor | bitwise_xor */
    protected final Expr bitwiseOr() {
        int start = p;
        Object memo = memoGet(MEMO_BITWISE_OR);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        Expr r = bitwiseOrRule();
        memoPut(MEMO_BITWISE_OR, start, r);
        return r;
    }

    private Expr bitwiseOrRule() {
        return leftAssociative(this::bitwiseXor, k -> k == VBAR ? Operator.BitOr : null);
    }

    /**
     * One left-recursive binary level of the grammar ({@code sum: sum ('+' | '-') term | term}
     * and its kin) as a loop: operands joined by the operators {@code operatorOf} recognises,
     * giving up an operator whose right operand does not parse.
     */
    private Expr leftAssociative(java.util.function.Supplier<Expr> operand,
                                 java.util.function.IntFunction<Operator> operatorOf) {
        Token start = tok();
        Expr a = operand.get();
        while (a != null) {
            Operator op = operatorOf.apply(kind());
            if (op == null) {
                break;
            }
            int m = p;
            p++;
            Expr b = operand.get();
            if (b == null) {
                p = m;
                break;
            }
            a = binOp(start, a, op, b);
        }
        return a;
    }

    private Expr binOp(Token start, Expr a, Operator op, Expr b) {
        Token e = last();
        return new BinOp(a, op, b, start.lineno, start.col, e.endLineno, e.endCol);
    }

    /** bitwise_xor: bitwise_xor '^' bitwise_and | bitwise_and */
    protected final Expr bitwiseXor() {
        return leftAssociative(this::bitwiseAnd, k -> k == CIRCUMFLEX ? Operator.BitXor : null);
    }

    /** bitwise_and: bitwise_and '&' shift_expr | shift_expr */
    protected final Expr bitwiseAnd() {
        return leftAssociative(this::shiftExpr, k -> k == AMPER ? Operator.BitAnd : null);
    }

    /** shift_expr: shift_expr ('<<' | '>>') sum | sum */
    protected final Expr shiftExpr() {
        return leftAssociative(this::sum, k -> switch (k) {
            case LEFTSHIFT -> Operator.LShift;
            case RIGHTSHIFT -> Operator.RShift;
            default -> null;
        });
    }

    /** sum: sum ('+' | '-') term | term */
    protected final Expr sum() {
        return leftAssociative(this::term, k -> switch (k) {
            case PLUS -> Operator.Add;
            case MINUS -> Operator.Sub;
            default -> null;
        });
    }

    /** term: term ('*' | '/' | '//' | '%' | '@') factor | factor */
    protected final Expr term() {
        return leftAssociative(this::factor, k -> switch (k) {
            case STAR -> Operator.Mult;
            case SLASH -> Operator.Div;
            case DOUBLESLASH -> Operator.FloorDiv;
            case PERCENT -> Operator.Mod;
            case AT -> Operator.MatMult;
            default -> null;
        });
    }

    /** factor: '+' factor | '-' factor | '~' factor | power */
    protected final Expr factor() {
        UnaryOperator op = switch (kind()) {
            case PLUS -> UnaryOperator.UAdd;
            case MINUS -> UnaryOperator.USub;
            case TILDE -> UnaryOperator.Invert;
            default -> null;
        };
        if (op == null) {
            return power();
        }
        Token t = advance();
        Expr a = factor();
        if (a == null) {
            p--;
            return null;
        }
        Token e = last();
        return new UnaryOp(op, a, t.lineno, t.col, e.endLineno, e.endCol);
    }

    /** power: await_primary '**' factor | await_primary */
    protected final Expr power() {
        Token start = tok();
        Expr a = awaitPrimary();
        if (a != null && at(DOUBLESTAR)) {
            int m = p;
            p++;
            Expr b = factor();
            if (b == null) {
                p = m;
                return a;
            }
            return binOp(start, a, Operator.Pow, b);
        }
        return a;
    }

    /** await_primary: AWAIT primary | primary */
    protected final Expr awaitPrimary() {
        if (at(KW_AWAIT)) {
            Token t = advance();
            Expr a = primary();
            if (a == null) {
                p--;
                return null;
            }
            Token e = last();
            return new Await(a, t.lineno, t.col, e.endLineno, e.endCol);
        }
        return primary();
    }

    /** primary: primary '.' NAME | primary genexp | primary '(' [arguments] ')' | primary '[' slices ']' | atom */
    protected final Expr primary() {
        Token start = tok();
        Expr a = atom();
        while (a != null) {
            int k = kind();
            if (k == DOT) {
                int m = p;
                p++;
                Token n = expect(NAME);
                if (n == null) {
                    p = m;
                    break;
                }
                a = new Attribute(a, n.text, ExprContext.Load, start.lineno, start.col, n.endLineno, n.endCol);
            } else if (k == LPAR) {
                Expr c = callTrailer(start, a);
                if (c == null) {
                    break;
                }
                a = c;
            } else if (k == LSQB) {
                int m = p;
                p++;
                Expr s = slices();
                if (s == null || !accept(RSQB)) {
                    p = m;
                    break;
                }
                Token e = last();
                a = new Subscript(a, s, ExprContext.Load, start.lineno, start.col, e.endLineno, e.endCol);
            } else {
                break;
            }
        }
        return a;
    }

    /** primary '(' [arguments] ')' and primary genexp. */
    protected final Expr callTrailer(Token start, Expr func) {
        return callTrailer(start, func, true);
    }

    /** The call rule, or with {@code genexp} false the '(' arguments ')' of a class definition. */
    protected final Expr callTrailer(Token start, Expr func, boolean genexp) {
        int m = p;
        Token lp = advance();
        List<Expr> args = new ArrayList<>();
        List<Keyword> keywords = new ArrayList<>();
        if (!at(RPAR) && !arguments(args, keywords, genexp ? lp : null) || !accept(RPAR)) {
            if (callInvalidRules) {
                p = m + 1;
                new ArgumentErrors(this).check();
            }
            p = m;
            return null;
        }
        Token e = last();
        return new Call(func, args, keywords, start.lineno, start.col, e.endLineno, e.endCol);
    }

    /**
     * arguments: args [','] &')' where args are positional and starred arguments, then keywords.
     * A lone generator expression argument keeps the call's parentheses as its position.
     */
    private boolean arguments(List<Expr> args, List<Keyword> keywords, Token lp) {
        boolean sawKeyword = false;
        boolean sawDoubleStar = false;
        while (true) {
            int k = kind();
            if (k == STAR) {
                if (sawDoubleStar) {
                    return false;
                }
                args.add(starredExpression());
            } else if (k == DOUBLESTAR) {
                Token s = advance();
                Expr v = expression();
                if (v == null) {
                    return false;
                }
                Token e = last();
                keywords.add(new Keyword(null, v, s.lineno, s.col, e.endLineno, e.endCol));
                sawDoubleStar = true;
            } else if (k == NAME && kind2() == EQUAL) {
                Token n = advance();
                p++;
                Expr v = expression();
                if (v == null) {
                    return false;
                }
                Token e = last();
                keywords.add(new Keyword(n.text, v, n.lineno, n.col, e.endLineno, e.endCol));
                sawKeyword = true;
            } else {
                if (sawKeyword || sawDoubleStar) {
                    return false;
                }
                Expr v = assignmentExpression();
                if (v == null) {
                    v = expression();
                    if (v == null || at(COLONEQUAL)) {
                        return false;
                    }
                }
                if (at(EQUAL)) {
                    return false;
                }
                if ((at(KW_FOR) || at(KW_ASYNC)) && args.isEmpty() && keywords.isEmpty() && lp != null) {
                    List<Comprehension> gens = forIfClauses();
                    if (gens == null || !at(RPAR)) {
                        return false;
                    }
                    Token rp = tok();
                    args.add(new GeneratorExp(v, gens, lp.lineno, lp.col, rp.endLineno, rp.endCol));
                    return true;
                }
                args.add(v);
            }
            if (!accept(COMMA)) {
                return true;
            }
            if (at(RPAR)) {
                return true;
            }
        }
    }

    /** slices: slice !',' | ','.(slice | starred_expression)+ [','] */
    protected final Expr slices() {
        Token start = tok();
        Expr a = sliceOrStarred();
        if (a == null) {
            return null;
        }
        if (!at(COMMA) && !(a instanceof Starred)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (accept(COMMA)) {
            Expr b = sliceOrStarred();
            if (b == null) {
                break;
            }
            elts.add(b);
        }
        Token e = last();
        return new Tuple(elts, ExprContext.Load, start.lineno, start.col, e.endLineno, e.endCol);
    }

    private Expr sliceOrStarred() {
        return at(STAR) ? starredExpression() : slice();
    }

    /** starred_expression: '*' expression | '*' (CPython's "Invalid star expression", at once). */
    protected final Expr starredExpression() {
        Token s = advance();
        Expr v = expression();
        if (v == null) {
            throw syntaxError("Invalid star expression", furthest());
        }
        Token e = last();
        return new Starred(v, ExprContext.Load, s.lineno, s.col, e.endLineno, e.endCol);
    }

    /** slice: [expression] ':' [expression] [':' [expression]] | named_expression */
    protected final Expr slice() {
        Token start = tok();
        int m = p;
        Expr lower = at(COLON) ? null : expression();
        if (at(COLON)) {
            p++;
            Expr upper = at(COLON) || at(COMMA) || at(RSQB) ? null : expression();
            Expr step = null;
            if (accept(COLON)) {
                step = at(COMMA) || at(RSQB) ? null : expression();
            }
            Token e = last();
            return new Slice(lower, upper, step, start.lineno, start.col, e.endLineno, e.endCol);
        }
        p = m;
        return namedExpression();
    }

    /** atom: NAME | 'True' | 'False' | 'None' | strings | NUMBER | tuple/group/genexp | list | dict/set | '...' */
    protected final Expr atom() {
        int start = p;
        Object memo = memoGet(MEMO_ATOM);
        if (memo != null) {
            return memo == FAILED ? null : (Expr) memo;
        }
        Expr r = atomRule();
        memoPut(MEMO_ATOM, start, r);
        return r;
    }

    private Expr atomRule() {
        Token t = tok();
        switch (t.kind) {
            case NAME -> {
                p++;
                return new Name(t.text, ExprContext.Load, t.lineno, t.col, t.endLineno, t.endCol);
            }
            case NUMBER -> {
                p++;
                return new Constant(Literals.number(t.text), null, t.lineno, t.col, t.endLineno, t.endCol);
            }
            case STRING, FSTRING_START -> {
                return strings();
            }
            case KW_TRUE, KW_FALSE, KW_NONE -> {
                p++;
                Object v = t.kind == KW_NONE ? Singleton.NONE : (Object) (t.kind == KW_TRUE);
                return new Constant(v, null, t.lineno, t.col, t.endLineno, t.endCol);
            }
            case ELLIPSIS -> {
                p++;
                return new Constant(Singleton.ELLIPSIS, null, t.lineno, t.col, t.endLineno, t.endCol);
            }
            case LPAR -> {
                return parenthesized();
            }
            case LSQB -> {
                return listOrComp();
            }
            case LBRACE -> {
                return dictOrSet();
            }
            default -> {
                return null;
            }
        }
    }

    /** tuple | group | genexp */
    private Expr parenthesized() {
        int m = p;
        Token lp = advance();
        if (accept(RPAR)) {
            Token e = last();
            return new Tuple(new ArrayList<>(), ExprContext.Load, lp.lineno, lp.col, e.endLineno, e.endCol);
        }
        if (at(KW_YIELD)) {
            Expr y = yieldExpr();
            if (y != null && accept(RPAR)) {
                return y;
            }
            p = m;
            return null;
        }
        Expr first = starNamedExpression();
        if (first == null) {
            p = m;
            if (callInvalidRules) {
                invalidGroup();
            }
            return null;
        }
        if ((at(KW_FOR) || at(KW_ASYNC)) && !(first instanceof Starred)) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(RPAR)) {
                Token e = last();
                return new GeneratorExp(first, gens, lp.lineno, lp.col, e.endLineno, e.endCol);
            }
            p = m;
            return null;
        }
        if (at(RPAR)) {
            if (first instanceof Starred) {
                p = m;
                if (callInvalidRules) {
                    throw errorAt("cannot use starred expression here", first);
                }
                return null;
            }
            p++;
            return first;
        }
        if (!at(COMMA)) {
            p = m;
            if (callInvalidRules) {
                invalidComprehension();
            }
            return null;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        p++;
        starNamedExpressions(elts);
        if (!accept(RPAR)) {
            p = m;
            return null;
        }
        Token e = last();
        return new Tuple(elts, ExprContext.Load, lp.lineno, lp.col, e.endLineno, e.endCol);
    }

    /** list | listcomp */
    private Expr listOrComp() {
        int m = p;
        Token lb = advance();
        if (accept(RSQB)) {
            Token e = last();
            return new org.sanca.ast.List(new ArrayList<>(), ExprContext.Load, lb.lineno, lb.col, e.endLineno, e.endCol);
        }
        Expr first = starNamedExpression();
        if (first == null) {
            p = m;
            return null;
        }
        if ((at(KW_FOR) || at(KW_ASYNC)) && !(first instanceof Starred)) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(RSQB)) {
                Token e = last();
                return new ListComp(first, gens, lb.lineno, lb.col, e.endLineno, e.endCol);
            }
            p = m;
            if (callInvalidRules) {
                invalidComprehension();
            }
            return null;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (accept(COMMA)) {
            starNamedExpressions(elts);
        }
        if (!accept(RSQB)) {
            p = m;
            if (callInvalidRules) {
                invalidComprehension();
            }
            return null;
        }
        Token e = last();
        return new org.sanca.ast.List(elts, ExprContext.Load, lb.lineno, lb.col, e.endLineno, e.endCol);
    }

    /** dict | set | dictcomp | setcomp */
    private Expr dictOrSet() {
        int m = p;
        Token lb = advance();
        if (accept(RBRACE)) {
            Token e = last();
            return new Dict(new ArrayList<>(), new ArrayList<>(), lb.lineno, lb.col, e.endLineno, e.endCol);
        }
        if (at(DOUBLESTAR)) {
            if (callInvalidRules) {
                invalidDictComprehension();
            }
            return dictRest(m, lb, null, null);
        }
        int k = p;
        Expr first = at(STAR) ? null : expression();
        if (first == null || !at(COLON)) {
            p = k;
            first = starNamedExpression();
        }
        if (first == null) {
            p = m;
            return null;
        }
        if (at(COLON) && !(first instanceof Starred) && !(first instanceof NamedExpr && p == k)) {
            p++;
            Expr value = expression();
            if (value == null) {
                p = m;
                if (callInvalidRules) {
                    invalidDoubleStarredKvpairs(lb);
                }
                return null;
            }
            if (at(KW_FOR) || at(KW_ASYNC)) {
                List<Comprehension> gens = forIfClauses();
                if (gens != null && accept(RBRACE)) {
                    Token e = last();
                    return new DictComp(first, value, gens, lb.lineno, lb.col, e.endLineno, e.endCol);
                }
                p = m;
                return null;
            }
            return dictRest(m, lb, first, value);
        }
        if ((at(KW_FOR) || at(KW_ASYNC)) && !(first instanceof Starred)) {
            List<Comprehension> gens = forIfClauses();
            if (gens != null && accept(RBRACE)) {
                Token e = last();
                return new SetComp(first, gens, lb.lineno, lb.col, e.endLineno, e.endCol);
            }
            p = m;
            return null;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(first);
        if (accept(COMMA)) {
            starNamedExpressions(elts);
        }
        if (!accept(RBRACE)) {
            p = m;
            if (callInvalidRules) {
                invalidComprehension();
            }
            return null;
        }
        Token e = last();
        return new org.sanca.ast.Set(elts, lb.lineno, lb.col, e.endLineno, e.endCol);
    }

    private Expr dictRest(int m, Token lb, Expr key, Expr value) {
        List<Expr> keys = new ArrayList<>();
        List<Expr> values = new ArrayList<>();
        if (key != null) {
            keys.add(key);
            values.add(value);
            if (!accept(COMMA)) {
                return closeDict(m, lb, keys, values);
            }
        }
        while (!at(RBRACE)) {
            if (accept(DOUBLESTAR)) {
                Expr v = bitwiseOr();
                if (v == null) {
                    break;
                }
                keys.add(null);
                values.add(v);
            } else {
                int k = p;
                Expr a = expression();
                if (a == null || !accept(COLON)) {
                    p = k;
                    break;
                }
                Expr b = expression();
                if (b == null) {
                    p = k;
                    break;
                }
                keys.add(a);
                values.add(b);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        return closeDict(m, lb, keys, values);
    }

    private Expr closeDict(int m, Token lb, List<Expr> keys, List<Expr> values) {
        if (!accept(RBRACE)) {
            p = m;
            if (callInvalidRules) {
                invalidDoubleStarredKvpairs(lb);
            }
            return null;
        }
        Token e = last();
        return new Dict(keys, values, lb.lineno, lb.col, e.endLineno, e.endCol);
    }

    /** for_if_clauses: ([ASYNC] 'for' star_targets 'in' ~ disjunction ('if' disjunction)*)+ */
    protected final List<Comprehension> forIfClauses() {
        List<Comprehension> gens = new ArrayList<>();
        while (at(KW_FOR) || (at(KW_ASYNC) && kind2() == KW_FOR)) {
            int m = p;
            int isAsync = accept(KW_ASYNC) ? 1 : 0;
            p++;
            Expr target = starTargets();
            if (target == null || !accept(KW_IN)) {
                if (callInvalidRules) {
                    invalidForTarget(m);
                }
                p = m;
                break;
            }
            Expr iter = disjunction();
            if (iter == null) {
                throw cutFailure();
            }
            List<Expr> ifs = new ArrayList<>();
            while (at(KW_IF)) {
                int k = p;
                p++;
                Expr c = disjunction();
                if (c == null) {
                    p = k;
                    break;
                }
                ifs.add(c);
            }
            gens.add(new Comprehension(target, iter, ifs, isAsync));
        }
        return gens.isEmpty() ? null : gens;
    }

    /** star_targets: star_target !',' | star_target (',' star_target)* [','] (Store context). */
    protected final Expr starTargets() {
        int m = p;
        Expr a = starTargetsLoose();
        if (a == null) {
            return null;
        }
        if (!Targets.valid(a, Targets.Kind.STAR_TARGETS)) {
            p = m;
            return null;
        }
        return Targets.setContext(a, ExprContext.Store);
    }

    /** The star_targets shape, before the check that each element may be assigned. */
    protected final Expr starTargetsLoose() {
        Token start = tok();
        Expr a = starTarget();
        if (a == null) {
            return null;
        }
        if (!at(COMMA)) {
            return a;
        }
        List<Expr> elts = new ArrayList<>();
        elts.add(a);
        while (accept(COMMA)) {
            Expr b = starTarget();
            if (b == null) {
                break;
            }
            elts.add(b);
        }
        Token e = last();
        return new Tuple(elts, ExprContext.Load, start.lineno, start.col, e.endLineno, e.endCol);
    }

    private Expr starTarget() {
        if (at(STAR)) {
            Token s = advance();
            if (at(STAR)) {
                p--;
                return null;
            }
            Expr a = starTarget();
            if (a == null) {
                p--;
                return null;
            }
            Token e = last();
            return new Starred(a, ExprContext.Load, s.lineno, s.col, e.endLineno, e.endCol);
        }
        return bitwiseOr();
    }

    // ---- lambda ----


    // ---- strings ----

}
