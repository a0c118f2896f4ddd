package org.sanca.parser;

import static org.sanca.parser.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.parser.tokenizer.SourceText;
import org.sanca.parser.tokenizer.Token;

/**
 * Parameter lists of CPython's Grammar/python.gram: parameters (def) and lambda_params, with
 * positional-only, keyword-only, defaults, annotations and star annotations.
 */
abstract class ParameterParser extends FStringParser {

    ParameterParser(SourceText source, WarningSink warnings) {
        super(source, warnings);
    }

    protected abstract Expr starExpression();

    /** lambdef: 'lambda' [lambda_params] ':' expression */
    protected final Expr lambdef() {
        int m = p;
        Token l = advance();
        Arguments args = at(COLON) ? EMPTY_ARGS : parameters(true);
        if (args == null || !accept(COLON)) {
            if (callInvalidRules) {
                p = m + 1;
                new ParameterErrors(this, true).check();
            }
            p = m;
            return null;
        }
        Expr body = expression();
        if (body == null) {
            p = m;
            return null;
        }
        Token e = last();
        return new Lambda(args, body, l.lineno, l.col, e.endLineno, e.endCol);
    }

    /**
     * parameters / lambda_params: positional-only parameters before '/', ordinary ones, then
     * '*' [vararg] keyword-only ones and '**' kwarg; defaults must not be followed by a parameter
     * without one.
     */
    protected final Arguments parameters(boolean lambda) {
        int m = p;
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        Arg kwarg = null;
        int close = lambda ? COLON : RPAR;
        boolean any = false;
        while (at(NAME)) {
            Arg a = param(lambda, false);
            if (a == null) {
                p = m;
                return null;
            }
            Expr d = null;
            if (accept(EQUAL)) {
                d = expression();
                if (d == null) {
                    p = m;
                    return null;
                }
                defaults.add(d);
            } else if (!defaults.isEmpty()) {
                p = m;
                return null;
            }
            args.add(a);
            any = true;
            if (!accept(COMMA)) {
                return finish(m, close, posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
            }
            if (at(SLASH)) {
                if (!posonly.isEmpty()) {
                    p = m;
                    return null;
                }
                p++;
                posonly.addAll(args);
                args.clear();
                if (!accept(COMMA)) {
                    return finish(m, close, posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
                }
            }
        }
        if (at(SLASH) && !any) {
            p = m;
            return null;
        }
        if (at(STAR)) {
            p++;
            if (at(NAME)) {
                vararg = param(lambda, true);
                if (vararg == null) {
                    p = m;
                    return null;
                }
            } else if (!at(COMMA)) {
                p = m;
                return null;
            }
            boolean bareStar = vararg == null;
            while (accept(COMMA)) {
                if (!at(NAME)) {
                    break;
                }
                Arg a = param(lambda, false);
                if (a == null) {
                    p = m;
                    return null;
                }
                Expr d = null;
                if (accept(EQUAL)) {
                    d = expression();
                    if (d == null) {
                        p = m;
                        return null;
                    }
                }
                kwonly.add(a);
                kwDefaults.add(d);
            }
            if (bareStar && kwonly.isEmpty()) {
                p = m;
                return null;
            }
        }
        if (at(DOUBLESTAR)) {
            p++;
            kwarg = param(lambda, false);
            if (kwarg == null || at(EQUAL)) {
                p = m;
                return null;
            }
            accept(COMMA);
        }
        return finish(m, close, posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    private Arguments finish(int m, int close, List<Arg> posonly, List<Arg> args, Arg vararg, List<Arg> kwonly,
                             List<Expr> kwDefaults, Arg kwarg, List<Expr> defaults) {
        if (!at(close)) {
            p = m;
            return null;
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /** param: NAME annotation? (star annotations '*' expr allowed for *args). */
    private Arg param(boolean lambda, boolean star) {
        Token n = expect(NAME);
        if (n == null) {
            return null;
        }
        Expr ann = null;
        if (!lambda && at(COLON)) {
            int m = p;
            p++;
            ann = star && at(STAR) ? starExpression() : expression();
            if (ann == null) {
                p = m;
                return null;
            }
        }
        Token e = last();
        return new Arg(n.text, ann, null, n.lineno, n.col, e.endLineno, e.endCol);
    }
}
