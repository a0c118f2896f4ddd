package org.sanca.parser;

import static org.sanca.parser.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.parser.tokenizer.SourceText;
import org.sanca.parser.tokenizer.Token;

/**
 * The invalid_* rules of CPython's Grammar/python.gram for expressions: run in the second pass
 * only, each throws the specialised SyntaxError when its pattern matches and otherwise leaves
 * the position where it found it.
 */
abstract class InvalidExpressionRules extends ParserBase {

    InvalidExpressionRules(SourceText source, WarningSink warnings) {
        super(source, warnings);
    }

    protected static boolean isSoftKeyword(Token t) {
        return t.kind == NAME && (t.text.equals("match") || t.text.equals("case") || t.text.equals("type")
            || t.text.equals("_"));
    }

    // ---- the rules these checks parse with (ExpressionParser) ----

    protected abstract Expr expression();

    protected abstract Expr expressionWithoutInvalid();

    protected abstract Expr starExpressions();

    protected abstract Expr disjunction();

    protected abstract Expr bitwiseOr();

    protected abstract Expr atom();

    protected abstract Expr starNamedExpression();

    protected abstract void starNamedExpressions(List<Expr> out);

    protected abstract Expr yieldExpr();

    protected abstract List<Comprehension> forIfClauses();

    protected abstract Expr starTargetsLoose();

    protected abstract Arguments parameters(boolean lambda);

    protected final void invalidExpression() {
        int m = p;
        boolean guard = (at(NAME) && (kind2() == STRING || kind2() == FSTRING_START)) || isSoftKeyword(tok());
        if (!guard) {
            Expr a = disjunction();
            if (a != null) {
                int m2 = p;
                boolean saved = callInvalidRules;
                callInvalidRules = false;
                Expr b = expressionWithoutInvalid();
                callInvalidRules = saved;
                if (b != null && !isLegacyStmt(a) && last().level != 0) {
                    throw errorAt("invalid syntax. Perhaps you forgot a comma?", a, b);
                }
                p = m2;
            }
        }
        p = m;
        Expr a = disjunction();
        if (a != null && accept(KW_IF)) {
            Expr b = disjunction();
            if (b != null && !at(KW_ELSE) && !at(COLON)) {
                throw errorAt("expected 'else' after 'if' expression", a, b);
            }
        }
        p = m;
    }

    protected static boolean isLegacyStmt(Expr a) {
        return a instanceof Name n && (n.id().equals("print") || n.id().equals("exec"));
    }

    protected final void invalidLegacyExpression() {
        int m = p;
        if (at(NAME) && kind2() != LPAR) {
            Token t = advance();
            Name a = new Name(t.text, ExprContext.Load, t.lineno, t.col, t.endLineno, t.endCol);
            Expr b = starExpressions();
            if (b != null && isLegacyStmt(a)) {
                throw errorAt("Missing parentheses in call to '" + a.id() + "'. Did you mean " + a.id()
                    + "(...)?", a, b);
            }
        }
        p = m;
    }

    /** invalid_named_expression: the three ways an '=' or ':=' is misused in an expression. */
    protected final void invalidNamedExpression() {
        int m = p;
        boolean saved = callInvalidRules;
        try {
            Expr a = expression();
            if (a != null && at(COLONEQUAL)) {
                p++;
                if (expression() != null) {
                    throw errorAt("cannot use assignment expressions with " + Targets.exprName(a), a);
                }
            }
            p = m;
            if (at(NAME) && kind2() == EQUAL) {
                Token n = advance();
                p++;
                Expr b = bitwiseOr();
                if (b != null && !at(EQUAL) && !at(COLONEQUAL)) {
                    throw errorFrom("invalid syntax. Maybe you meant '==' or ':=' instead of '='?",
                        nameAt(n), last());
                }
            }
            p = m;
            if (!startsWithDisplayOrConstant()) {
                p = m;
                Expr b = bitwiseOr();
                if (b != null && accept(EQUAL) && bitwiseOr() != null && !at(EQUAL) && !at(COLONEQUAL)) {
                    throw errorAt("cannot assign to " + Targets.exprName(b)
                        + " here. Maybe you meant '==' instead of '='?", b);
                }
            }
        } finally {
            callInvalidRules = saved;
            p = m;
        }
    }

    /** !(list | tuple | genexp | 'True' | 'None' | 'False'), as invalid_named_expression checks. */
    protected final boolean startsWithDisplayOrConstant() {
        int k = kind();
        if (k == KW_TRUE || k == KW_NONE || k == KW_FALSE) {
            return true;
        }
        if (k != LSQB && k != LPAR) {
            return false;
        }
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        Token start = tok();
        Expr a = atom();
        callInvalidRules = saved;
        if (a instanceof org.sanca.ast.List || a instanceof GeneratorExp) {
            return true;
        }
        return a instanceof Tuple t && t.col_offset() == start.col && t.lineno() == start.lineno;
    }

    protected static Name nameAt(Token t) {
        return new Name(t.text, ExprContext.Load, t.lineno, t.col, t.endLineno, t.endCol);
    }

    protected final void invalidGroup() {
        int m = p;
        p++;
        if (at(DOUBLESTAR)) {
            Token s = advance();
            Expr a = expression();
            if (a != null && at(RPAR)) {
                throw errorAt("cannot use double starred expression here", s, s);
            }
        }
        p = m;
    }

    protected final void invalidComprehension() {
        int m = p;
        p++;
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        try {
            if (at(STAR) || at(DOUBLESTAR)) {
                Token s = tok();
                Expr a = starNamedExpression();
                if (a == null && at(DOUBLESTAR)) {
                    p++;
                    a = bitwiseOr();
                }
                if (a != null && (at(KW_FOR) || at(KW_ASYNC))) {
                    throw errorAt(s.kind == STAR ? "iterable unpacking cannot be used in comprehension"
                        : "dict unpacking cannot be used in dict comprehension", s, last());
                }
                return;
            }
            Expr a = starNamedExpression();
            if (a != null && at(COMMA) && tokenAt(m).kind != LPAR) {
                p++;
                List<Expr> rest = new ArrayList<>();
                starNamedExpressions(rest);
                if (!rest.isEmpty() && (at(KW_FOR) || at(KW_ASYNC))) {
                    throw errorAt("did you forget parentheses around the comprehension target?", a,
                        rest.get(rest.size() - 1));
                }
                if (rest.isEmpty() && (at(KW_FOR) || at(KW_ASYNC))) {
                    throw errorFrom("did you forget parentheses around the comprehension target?", a, tokenAt(p - 1));
                }
            }
        } finally {
            callInvalidRules = saved;
            p = m;
        }
    }

    /** invalid_dict_comprehension: '{' '**' bitwise_or for_if_clauses '}' */
    protected final void invalidDictComprehension() {
        int m = p;
        Token s = advance();
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        Expr a = bitwiseOr();
        List<Comprehension> gens = a != null && (at(KW_FOR) || at(KW_ASYNC)) ? forIfClauses() : null;
        callInvalidRules = saved;
        if (gens != null && at(RBRACE)) {
            throw errorAt("dict unpacking cannot be used in dict comprehension", s, s);
        }
        p = m;
    }

    protected final void invalidDoubleStarredKvpairs(Token lb) {
        int m = p;
        p++;
        boolean saved = callInvalidRules;
        callInvalidRules = false;
        try {
            while (true) {
                if (accept(DOUBLESTAR)) {
                    if (bitwiseOr() == null) {
                        return;
                    }
                } else {
                    Expr a = expression();
                    if (a == null) {
                        return;
                    }
                    if (at(COLON)) {
                        Token colon = advance();
                        if (at(STAR)) {
                            Token s = advance();
                            if (bitwiseOr() != null) {
                                throw errorAt("cannot use a starred expression in a dictionary value", s, last());
                            }
                            return;
                        }
                        Expr b = expression();
                        if (b == null) {
                            if (at(RBRACE) || at(COMMA)) {
                                throw errorAt("expression expected after dictionary key and ':'", colon, colon);
                            }
                            return;
                        }
                    } else {
                        if (at(RBRACE) || at(COMMA)) {
                            throw source.errorAtBytes("SyntaxError", "':' expected after dictionary key", a.lineno(),
                                a.col_offset(), a.end_lineno(), -1, false);
                        }
                        return;
                    }
                }
                if (!accept(COMMA)) {
                    return;
                }
            }
        } finally {
            callInvalidRules = saved;
            p = m;
        }
    }

    /** invalid_for_target: ASYNC? 'for' a=star_expressions → "cannot assign to ..." */
    protected final void invalidForTarget(int m) {
        p = m;
        accept(KW_ASYNC);
        p++;
        Expr a = starExpressions();
        if (a != null) {
            Expr bad = Targets.invalid(a, Targets.Kind.FOR_TARGETS);
            if (bad != null) {
                throw errorAt("cannot assign to " + Targets.exprName(bad), bad);
            }
        }
        p = m;
    }
}
