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
        Arguments a = parameterList(lambda);
        if (a == null || !at(lambda ? COLON : RPAR)) {
            p = m;
            return null;
        }
        return a;
    }

    private Arguments parameterList(boolean lambda) {
        List<Arg> posonly = new ArrayList<>();
        List<Arg> args = new ArrayList<>();
        List<Expr> defaults = new ArrayList<>();
        while (at(NAME)) {
            Arg a = param(lambda, false);
            int before = defaults.size();
            if (a == null || !defaultInto(defaults, false) || (defaults.size() == before && before > 0)) {
                return null;
            }
            args.add(a);
            if (!accept(COMMA)) {
                return new Arguments(posonly, args, null, new ArrayList<>(), new ArrayList<>(), null, defaults);
            }
            if (at(SLASH)) {
                if (!posonly.isEmpty()) {
                    return null;
                }
                p++;
                posonly.addAll(args);
                args.clear();
                if (!accept(COMMA)) {
                    return new Arguments(posonly, args, null, new ArrayList<>(), new ArrayList<>(), null, defaults);
                }
            }
        }
        return starParameters(lambda, posonly, args, defaults);
    }

    /** star_etc: '*' [vararg] (',' keyword-only parameter)* [',' '**' kwarg] | '**' kwarg */
    private Arguments starParameters(boolean lambda, List<Arg> posonly, List<Arg> args, List<Expr> defaults) {
        Arg vararg = null;
        List<Arg> kwonly = new ArrayList<>();
        List<Expr> kwDefaults = new ArrayList<>();
        if (accept(STAR)) {
            if (at(NAME)) {
                vararg = param(lambda, true);
                if (vararg == null) {
                    return null;
                }
            } else if (!at(COMMA)) {
                return null;
            }
            while (accept(COMMA) && at(NAME)) {
                Arg a = param(lambda, false);
                if (a == null || !defaultInto(kwDefaults, true)) {
                    return null;
                }
                kwonly.add(a);
            }
            if (vararg == null && kwonly.isEmpty()) {
                return null;
            }
        }
        Arg kwarg = null;
        if (accept(DOUBLESTAR)) {
            kwarg = param(lambda, false);
            if (kwarg == null || at(EQUAL)) {
                return null;
            }
            accept(COMMA);
        }
        return new Arguments(posonly, args, vararg, kwonly, kwDefaults, kwarg, defaults);
    }

    /**
     * An optional default ('=' expression) added to {@code out}; with {@code keepMissing} a
     * missing default adds null. False when '=' has no expression after it.
     */
    private boolean defaultInto(List<Expr> out, boolean keepMissing) {
        if (!accept(EQUAL)) {
            if (keepMissing) {
                out.add(null);
            }
            return true;
        }
        Expr d = expression();
        if (d == null) {
            return false;
        }
        out.add(d);
        return true;
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
