package org.sanca.parser;

import static org.sanca.parser.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.parser.tokenizer.SourceText;
import org.sanca.parser.tokenizer.Token;

/** The pattern rules of the match statement (PEP 634) from CPython's Grammar/python.gram. */
abstract class PatternParser extends ExpressionParser {

    PatternParser(SourceText source, WarningSink warnings) {
        super(source, warnings);
    }

    /** patterns: open_sequence_pattern | pattern */
    protected final Pattern patterns() {
        Token start = tok();
        int m = p;
        Pattern a = maybeStarPattern();
        if (a == null) {
            return null;
        }
        if (!at(COMMA)) {
            if (a instanceof MatchStar) {
                p = m;
                return null;
            }
            return a;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(a);
        while (accept(COMMA)) {
            Pattern b = maybeStarPattern();
            if (b == null) {
                break;
            }
            items.add(b);
        }
        Token e = last();
        return new MatchSequence(items, start.lineno, start.col, e.endLineno, e.endCol);
    }

    /** pattern: as_pattern | or_pattern */
    protected final Pattern pattern() {
        Token start = tok();
        Pattern a = orPattern();
        if (a == null) {
            return null;
        }
        if (at(KW_AS)) {
            int m = p;
            p++;
            Token n = tok();
            if (n.kind == NAME && !n.text.equals("_") && !followsCaptureTarget(kind2())) {
                p++;
                return new MatchAs(a, n.text, start.lineno, start.col, n.endLineno, n.endCol);
            }
            if (callInvalidRules) {
                if (n.kind == NAME && n.text.equals("_")) {
                    throw syntaxError("cannot use '_' as a target", n);
                }
                Expr bad = n.kind == NAME ? null : expression();
                if (bad != null) {
                    throw errorAt("invalid pattern target", bad);
                }
            }
            p = m;
        }
        return a;
    }

    private static boolean followsCaptureTarget(int k) {
        return k == DOT || k == LPAR || k == EQUAL;
    }

    private Pattern orPattern() {
        Token start = tok();
        Pattern a = closedPattern();
        if (a == null || !at(VBAR)) {
            return a;
        }
        List<Pattern> alts = new ArrayList<>();
        alts.add(a);
        while (at(VBAR)) {
            int m = p;
            p++;
            Pattern b = closedPattern();
            if (b == null) {
                p = m;
                break;
            }
            alts.add(b);
        }
        Token e = last();
        return new MatchOr(alts, start.lineno, start.col, e.endLineno, e.endCol);
    }

    private Pattern closedPattern() {
        Token t = tok();
        switch (t.kind) {
            case NUMBER, MINUS, STRING, FSTRING_START -> {
                Expr v = literalExpr();
                return v == null ? null : new MatchValue(v, v.lineno(), v.col_offset(), v.end_lineno(), v.end_col_offset());
            }
            case KW_NONE, KW_TRUE, KW_FALSE -> {
                p++;
                Object v = t.kind == KW_NONE ? Singleton.NONE : (Object) (t.kind == KW_TRUE);
                return new MatchSingleton(v, t.lineno, t.col, t.endLineno, t.endCol);
            }
            case NAME -> {
                return namePattern(t);
            }
            case LPAR -> {
                return groupOrSequence();
            }
            case LSQB -> {
                int m = p;
                p++;
                List<Pattern> items = new ArrayList<>();
                if (!sequenceItems(items) || !accept(RSQB)) {
                    p = m;
                    return null;
                }
                Token e = last();
                return new MatchSequence(items, t.lineno, t.col, e.endLineno, e.endCol);
            }
            case LBRACE -> {
                return mappingPattern();
            }
            default -> {
                return null;
            }
        }
    }

    /** capture_pattern | wildcard_pattern | value_pattern | class_pattern */
    private Pattern namePattern(Token t) {
        int m = p;
        p++;
        Expr target = new Name(t.text, ExprContext.Load, t.lineno, t.col, t.endLineno, t.endCol);
        boolean dotted = false;
        while (at(DOT)) {
            p++;
            Token n = expect(NAME);
            if (n == null) {
                p = m;
                return null;
            }
            target = new Attribute(target, n.text, ExprContext.Load, t.lineno, t.col, n.endLineno, n.endCol);
            dotted = true;
        }
        if (at(LPAR)) {
            return classPattern(m, target);
        }
        if (dotted) {
            return new MatchValue(target, t.lineno, t.col, target.end_lineno(), target.end_col_offset());
        }
        if (at(EQUAL)) {
            p = m;
            return null;
        }
        String name = t.text.equals("_") ? null : t.text;
        return new MatchAs(null, name, t.lineno, t.col, t.endLineno, t.endCol);
    }

    private Pattern classPattern(int m, Expr cls) {
        p++;
        List<Pattern> patterns = new ArrayList<>();
        List<String> kwdAttrs = new ArrayList<>();
        List<Pattern> kwdPatterns = new ArrayList<>();
        while (!at(RPAR)) {
            if (at(NAME) && kind2() == EQUAL) {
                Token n = advance();
                p++;
                Pattern v = pattern();
                if (v == null) {
                    p = m;
                    return null;
                }
                kwdAttrs.add(n.text);
                kwdPatterns.add(v);
            } else {
                Token s = tok();
                Pattern v = pattern();
                if (v == null) {
                    p = m;
                    return null;
                }
                if (!kwdAttrs.isEmpty()) {
                    if (callInvalidRules) {
                        throw errorAt("positional patterns follow keyword patterns", v);
                    }
                    p = m;
                    return null;
                }
                patterns.add(v);
            }
            if (!accept(COMMA)) {
                break;
            }
        }
        if (!accept(RPAR)) {
            p = m;
            return null;
        }
        Token e = last();
        return new MatchClass(cls, patterns, kwdAttrs, kwdPatterns, cls.lineno(), cls.col_offset(), e.endLineno,
            e.endCol);
    }

    /** group_pattern: '(' pattern ')' | sequence_pattern: '(' open_sequence_pattern? ')' */
    private Pattern groupOrSequence() {
        int m = p;
        Token lp = advance();
        if (accept(RPAR)) {
            Token e = last();
            return new MatchSequence(new ArrayList<>(), lp.lineno, lp.col, e.endLineno, e.endCol);
        }
        Pattern a = maybeStarPattern();
        if (a == null) {
            p = m;
            return null;
        }
        if (at(RPAR) && !(a instanceof MatchStar)) {
            p++;
            return a;
        }
        if (!accept(COMMA)) {
            p = m;
            return null;
        }
        List<Pattern> items = new ArrayList<>();
        items.add(a);
        if (!sequenceItems(items) || !accept(RPAR)) {
            p = m;
            return null;
        }
        Token e = last();
        return new MatchSequence(items, lp.lineno, lp.col, e.endLineno, e.endCol);
    }

    private boolean sequenceItems(List<Pattern> items) {
        while (!at(RSQB) && !at(RPAR)) {
            Pattern a = maybeStarPattern();
            if (a == null) {
                return false;
            }
            items.add(a);
            if (!accept(COMMA)) {
                break;
            }
        }
        return true;
    }

    /** maybe_star_pattern: star_pattern | pattern */
    private Pattern maybeStarPattern() {
        if (at(STAR)) {
            Token s = advance();
            Token n = expect(NAME);
            if (n == null) {
                p--;
                return null;
            }
            String name = n.text.equals("_") ? null : n.text;
            return new MatchStar(name, s.lineno, s.col, n.endLineno, n.endCol);
        }
        return pattern();
    }

    private Pattern mappingPattern() {
        int m = p;
        Token lb = advance();
        List<Expr> keys = new ArrayList<>();
        List<Pattern> values = new ArrayList<>();
        String rest = null;
        while (!at(RBRACE)) {
            if (at(DOUBLESTAR)) {
                p++;
                Token n = expect(NAME);
                if (n == null || n.text.equals("_")) {
                    p = m;
                    return null;
                }
                rest = n.text;
                accept(COMMA);
                break;
            }
            Expr key;
            if (at(NAME)) {
                key = attr();
                if (!(key instanceof Attribute)) {
                    p = m;
                    return null;
                }
            } else {
                key = literalExpr();
            }
            if (key == null || !accept(COLON)) {
                p = m;
                return null;
            }
            Pattern v = pattern();
            if (v == null) {
                p = m;
                return null;
            }
            keys.add(key);
            values.add(v);
            if (!accept(COMMA)) {
                break;
            }
        }
        if (!accept(RBRACE)) {
            p = m;
            return null;
        }
        Token e = last();
        return new MatchMapping(keys, values, rest, lb.lineno, lb.col, e.endLineno, e.endCol);
    }

    private Expr attr() {
        Token t = advance();
        Expr target = new Name(t.text, ExprContext.Load, t.lineno, t.col, t.endLineno, t.endCol);
        while (at(DOT)) {
            p++;
            Token n = expect(NAME);
            if (n == null) {
                return null;
            }
            target = new Attribute(target, n.text, ExprContext.Load, t.lineno, t.col, n.endLineno, n.endCol);
        }
        return target;
    }

    /** literal_expr: signed_number | complex_number | strings | None/True/False (as expressions). */
    private Expr literalExpr() {
        Token t = tok();
        switch (t.kind) {
            case STRING, FSTRING_START -> {
                return strings();
            }
            case KW_NONE, KW_TRUE, KW_FALSE -> {
                return atom();
            }
            case NUMBER, MINUS -> {
                return complexNumber();
            }
            default -> {
                return null;
            }
        }
    }

    /** complex_number: signed_real_number ('+' | '-') imaginary_number | signed_number */
    private Expr complexNumber() {
        int m = p;
        Expr real = signedNumber();
        if (real == null) {
            return null;
        }
        if (at(PLUS) || at(MINUS)) {
            Operator op = at(PLUS) ? Operator.Add : Operator.Sub;
            p++;
            Token n = expect(NUMBER);
            if (n == null) {
                p = m;
                return null;
            }
            Object v = Literals.number(n.text);
            if (!(v instanceof Imaginary)) {
                if (callInvalidRules) {
                    throw syntaxError("imaginary number required in complex literal", n);
                }
                p = m;
                return null;
            }
            Expr imag = new Constant(v, null, n.lineno, n.col, n.endLineno, n.endCol);
            return new BinOp(real, op, imag, real.lineno(), real.col_offset(), n.endLineno, n.endCol);
        }
        return real;
    }

    private Expr signedNumber() {
        if (at(MINUS)) {
            Token s = advance();
            Token n = expect(NUMBER);
            if (n == null) {
                p--;
                return null;
            }
            Expr c = new Constant(Literals.number(n.text), null, n.lineno, n.col, n.endLineno, n.endCol);
            return new UnaryOp(UnaryOperator.USub, c, s.lineno, s.col, n.endLineno, n.endCol);
        }
        Token n = expect(NUMBER);
        if (n == null) {
            return null;
        }
        return new Constant(Literals.number(n.text), null, n.lineno, n.col, n.endLineno, n.endCol);
    }
}
