package org.sanca.parser;

import static org.sanca.parser.tokenizer.TokenKind.*;

import java.util.List;
import org.sanca.ast.Comprehension;
import org.sanca.ast.Expr;
import org.sanca.parser.tokenizer.Token;

/**
 * The second-pass checks of a call's argument list that failed to parse: CPython's
 * invalid_kwarg and invalid_arguments rules (Grammar/python.gram), in their order.
 */
final class ArgumentErrors {
    private final ExpressionParser p;

    ArgumentErrors(ExpressionParser parser) {
        this.p = parser;
    }

    /** Called with the position just after '('; throws the specific error, or returns. */
    void check() {
        int start = p.p;
        boolean saved = p.callInvalidRules;
        try {
            invalidKwargs();
            p.p = start;
            genexpFirst();
            p.p = start;
            argumentOrder();
        } finally {
            p.callInvalidRules = saved;
            p.p = start;
        }
    }

    /** invalid_kwarg, met where the args rule reaches keyword arguments. */
    private void invalidKwargs() {
        while (!p.at(RPAR)) {
            Token t = p.tok();
            if (t.kind == KW_TRUE || t.kind == KW_FALSE || t.kind == KW_NONE) {
                if (p.kind2() == EQUAL) {
                    Token eq = p.peek2();
                    throw p.errorAt("cannot assign to " + t.text, t, eq);
                }
            }
            if (p.at(DOUBLESTAR)) {
                p.p++;
                if (p.expression() == null) {
                    return;
                }
                if (p.at(EQUAL)) {
                    p.p++;
                    Expr b = p.expression();
                    if (b != null) {
                        throw p.errorFrom("cannot assign to keyword argument unpacking", ExpressionParser.nameAt(t),
                            p.last());
                    }
                }
            } else if (p.at(STAR)) {
                p.starredExpression();
            } else if (p.at(NAME) && p.kind2() == EQUAL) {
                p.p += 2;
                Token eq = p.last();
                if (p.expression() == null) {
                    return;
                }
                if ((p.at(KW_FOR) || p.at(KW_ASYNC)) && p.forIfClauses() != null) {
                    throw p.errorAt("invalid syntax. Maybe you meant '==' or ':=' instead of '='?", t, eq);
                }
            } else {
                Expr a = positional();
                if (a == null) {
                    return;
                }
                if (p.at(EQUAL)) {
                    throw p.errorFrom("expression cannot contain assignment, perhaps you meant \"==\"?", a, p.tok());
                }
                if (p.at(KW_FOR) || p.at(KW_ASYNC)) {
                    if (p.forIfClauses() == null) {
                        return;
                    }
                }
            }
            if (!p.accept(COMMA)) {
                return;
            }
        }
    }

    /** assignment_expression | expression !':=' */
    private Expr positional() {
        Expr a = p.assignmentExpression();
        if (a != null) {
            return a;
        }
        a = p.expression();
        return a == null || p.at(COLONEQUAL) ? null : a;
    }

    /** expression for_if_clauses ',' ...: an unparenthesized generator among other arguments. */
    private void genexpFirst() {
        if (p.at(STAR) || p.at(DOUBLESTAR) || (p.at(NAME) && p.kind2() == EQUAL)) {
            return;
        }
        Expr a = p.expression();
        if (a == null || !(p.at(KW_FOR) || p.at(KW_ASYNC))) {
            return;
        }
        List<Comprehension> gens = p.forIfClauses();
        if (gens != null && p.at(COMMA)) {
            throw p.errorAt("Generator expression must be parenthesized", a, lastItem(gens));
        }
    }

    private static Expr lastItem(List<Comprehension> gens) {
        Comprehension c = gens.get(gens.size() - 1);
        return c.ifs().isEmpty() ? c.iter() : c.ifs().get(c.ifs().size() - 1);
    }

    /** The rest of invalid_arguments: missing values, late generators, misplaced positionals. */
    private void argumentOrder() {
        boolean keyword = false;
        boolean doubleStar = false;
        int count = 0;
        while (!p.at(RPAR)) {
            Token t = p.tok();
            Token comma = count > 0 ? p.last() : null;
            if (p.at(DOUBLESTAR)) {
                p.p++;
                if (p.expression() == null) {
                    return;
                }
                doubleStar = true;
            } else if (p.at(STAR)) {
                p.starredExpression();
                if (doubleStar && comma != null) {
                    throw p.errorAt("iterable argument unpacking follows keyword argument unpacking", comma, p.last());
                }
            } else if (p.at(NAME) && p.kind2() == EQUAL) {
                p.p += 2;
                if (p.at(COMMA) || p.at(RPAR)) {
                    throw p.errorAt("expected argument value expression", t, p.last());
                }
                if (p.expression() == null) {
                    return;
                }
                keyword = true;
            } else {
                Expr a = positional();
                if (a == null) {
                    return;
                }
                if (p.at(KW_FOR) || p.at(KW_ASYNC)) {
                    List<Comprehension> gens = p.forIfClauses();
                    if (gens == null) {
                        return;
                    }
                    if (count > 0 || p.at(COMMA)) {
                        throw p.errorAt("Generator expression must be parenthesized", a, lastItem(gens));
                    }
                }
                if (keyword || doubleStar) {
                    throw p.syntaxError(doubleStar ? "positional argument follows keyword argument unpacking"
                        : "positional argument follows keyword argument", p.furthest());
                }
            }
            count++;
            if (!p.accept(COMMA)) {
                return;
            }
        }
    }
}
