package org.sanca.parser;

import static org.sanca.parser.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.parser.tokenizer.Token;

/**
 * The second-pass checks of a parameter list that failed to parse: CPython's invalid_parameters,
 * invalid_default, invalid_star_etc and invalid_kwds rules (and their lambda forms).
 */
final class ParameterErrors {
    private enum Kind { SLASH, STAR, DOUBLESTAR, PARAM, PARENS }

    /** One comma-separated entry of the list as written. */
    private record Item(Kind kind, Token first, Token last, boolean named, Token equals, boolean hasDefault,
                        boolean commaAfter, Token next) {
    }

    private final ParameterParser p;
    private final boolean lambda;

    ParameterErrors(ParameterParser parser, boolean lambda) {
        this.p = parser;
        this.lambda = lambda;
    }

    /** Called with the position just after '(' or 'lambda'; throws the specific error, or returns. */
    void check() {
        int start = p.p;
        boolean saved = p.callInvalidRules;
        try {
            List<Item> items = scan();
            wholeList(items);
            eachItem(items);
        } finally {
            p.callInvalidRules = saved;
            p.p = start;
        }
    }

    private List<Item> scan() {
        List<Item> items = new ArrayList<>();
        int close = lambda ? COLON : RPAR;
        while (!p.at(close)) {
            Token first = p.tok();
            Kind kind;
            boolean named = false;
            if (p.accept(SLASH)) {
                kind = Kind.SLASH;
            } else if (p.accept(LPAR)) {
                kind = Kind.PARENS;
                while (p.accept(NAME) && p.accept(COMMA)) {
                    // names inside the parentheses
                }
                if (!p.accept(RPAR)) {
                    return items;
                }
            } else {
                kind = p.accept(STAR) ? Kind.STAR : p.accept(DOUBLESTAR) ? Kind.DOUBLESTAR : Kind.PARAM;
                if (p.at(NAME)) {
                    p.p++;
                    named = true;
                    if (!lambda && p.at(COLON)) {
                        p.p++;
                        if ((p.at(STAR) ? p.starExpression() : p.expression()) == null) {
                            return items;
                        }
                    }
                } else if (kind == Kind.PARAM) {
                    return items;
                }
            }
            Token last = p.last();
            Token equals = null;
            boolean hasDefault = false;
            if (kind != Kind.SLASH && kind != Kind.PARENS && p.at(EQUAL)) {
                equals = p.advance();
                hasDefault = !(p.at(COMMA) || p.at(close)) && p.expression() != null;
            }
            boolean comma = p.accept(COMMA);
            items.add(new Item(kind, first, last, named, equals, hasDefault, comma, p.tok()));
            if (!comma) {
                break;
            }
        }
        return items;
    }

    /** invalid_parameters: patterns over the whole list, checked before the parameters rule. */
    private void wholeList(List<Item> items) {
        if (!items.isEmpty() && items.get(0).kind == Kind.SLASH && items.get(0).commaAfter) {
            throw p.errorAt("at least one argument must precede /", items.get(0).first, items.get(0).first);
        }
        int slash = -1;
        boolean star = false;
        boolean sawDefault = false;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            switch (it.kind) {
                case SLASH -> {
                    if (slash >= 0 && !star) {
                        throw p.errorAt("/ may appear only once", it.first, it.first);
                    }
                    if (star) {
                        throw p.errorAt("/ must be ahead of *", it.first, it.first);
                    }
                    if (!it.commaAfter && it.next.kind == STAR && i > 0) {
                        throw p.errorAt("expected comma between / and *", it.next, it.next);
                    }
                    slash = i;
                }
                case PARAM -> {
                    if (it.equals != null && !it.hasDefault) {
                        throw p.errorAt("expected default value expression", it.equals, it.equals);
                    }
                    if (!star && sawDefault && !it.hasDefault && it.equals == null) {
                        throw p.errorAt("parameter without a default follows parameter with a default", it.first,
                            it.last);
                    }
                    sawDefault |= it.hasDefault || it.equals != null;
                }
                case PARENS -> {
                    if (!star && !sawDefault) {
                        throw p.errorAt(lambda ? "Lambda expression parameters cannot be parenthesized"
                            : "Function parameters cannot be parenthesized", it.first, it.last);
                    }
                }
                case STAR -> star = true;
                case DOUBLESTAR -> {
                    return;
                }
            }
        }
    }

    /** invalid_default, invalid_star_etc and invalid_kwds, met from left to right. */
    private void eachItem(List<Item> items) {
        boolean star = false;
        for (int i = 0; i < items.size(); i++) {
            Item it = items.get(i);
            if (it.equals != null && !it.hasDefault && it.kind == Kind.PARAM) {
                throw p.errorAt("expected default value expression", it.equals, it.equals);
            }
            if (it.kind == Kind.STAR) {
                if (star) {
                    throw p.errorAt("* argument may appear only once", it.first, it.first);
                }
                star = true;
                if (!it.named) {
                    Token nx = it.next;
                    int close = lambda ? COLON : RPAR;
                    boolean bare = it.commaAfter ? nx.kind == close || nx.kind == DOUBLESTAR : nx.kind == close;
                    if (bare) {
                        throw lambda ? p.syntaxError("named arguments must follow bare *", nx)
                            : p.errorAt("named arguments must follow bare *", it.first, it.first);
                    }
                }
                if (it.equals != null) {
                    throw p.errorAt("var-positional argument cannot have default value", it.equals, it.equals);
                }
            }
            if (it.kind == Kind.DOUBLESTAR && it.named) {
                if (it.equals != null) {
                    throw p.errorAt("var-keyword argument cannot have default value", it.equals, it.equals);
                }
                if (it.commaAfter && i + 1 < items.size()) {
                    Item nx = items.get(i + 1);
                    Token end = nx.kind == Kind.PARAM ? nx.last : nx.first;
                    throw p.errorAt("arguments cannot follow var-keyword argument", nx.first, end);
                }
            }
        }
    }
}
