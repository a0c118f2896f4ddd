package org.sanca.parser;

import static org.sanca.parser.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.parser.tokenizer.SourceText;
import org.sanca.parser.tokenizer.Token;

/**
 * String literals and f-strings (PEP 701) from CPython's Grammar/python.gram: strings,
 * fstring, fstring_replacement_field and, in the second pass, invalid_replacement_field.
 */
abstract class FStringParser extends InvalidExpressionRules {
    protected static final Arguments EMPTY_ARGS = new Arguments(List.of(), List.of(), null, List.of(), List.of(),
        null, List.of());

    /** The first escape error met in an f-string's literal parts, reported when the f-string ends. */
    private String deferredLiteralError;

    final void deferLiteralError(String msg) {
        if (deferredLiteralError == null) {
            deferredLiteralError = msg;
        }
    }

    FStringParser(SourceText source, WarningSink warnings) {
        super(source, warnings);
    }

    /** strings: (fstring | string)+, concatenated as _PyPegen_concatenate_strings does. */
    protected final Expr strings() {
        StringParts parts = new StringParts(this);
        Token first = tok();
        int m = p;
        while (true) {
            int k = kind();
            if (k == STRING) {
                parts.addString(advance());
            } else if (k == FSTRING_START) {
                if (!fstring(parts)) {
                    p = m;
                    return null;
                }
            } else {
                break;
            }
        }
        Token e = last();
        return parts.build(first, e);
    }

    /** fstring: FSTRING_START fstring_middle* FSTRING_END */
    protected final boolean fstring(StringParts parts) {
        Token start = advance();
        parts.beginFString(start);
        while (true) {
            int k = kind();
            if (k == FSTRING_MIDDLE) {
                parts.addMiddle(advance(), parts.out());
            } else if (k == LBRACE) {
                if (!replacementField(parts, parts.out())) {
                    return false;
                }
            } else if (k == FSTRING_END) {
                p++;
                if (deferredLiteralError != null) {
                    throw literalError(deferredLiteralError, furthest());
                }
                return true;
            } else {
                return false;
            }
        }
    }

    /**
     * fstring_replacement_field: '{' (yield_expr | star_expressions) '='? [conversion] [format spec] '}'.
     * Adds the field (and its '=' text) to {@code out}; on failure the second pass says why.
     */
    protected final boolean replacementField(StringParts parts, List<Expr> out) {
        int m = p;
        Token lb = advance();
        Expr value = at(KW_YIELD) ? yieldExpr() : starExpressions();
        if (value == null) {
            return fieldFailed(m);
        }
        Constant debug = null;
        if (at(EQUAL)) {
            advance();
            Token next = tok();
            String text = source.src().substring(lb.end, next.start);
            debug = new Constant(text, null, lb.endLineno, lb.endCol, next.lineno, next.col);
        }
        int conversion = -1;
        if (at(EXCLAMATION) && kind2() == NAME) {
            Token bang = advance();
            Token name = advance();
            if (name.start != bang.end) {
                throw errorAt("f-string: conversion type must come right after the exclamanation mark", bang, name);
            }
            String c = name.text;
            if (!(c.equals("s") || c.equals("r") || c.equals("a"))) {
                throw errorAt("f-string: invalid conversion character '" + c + "': expected 's', 'r', or 'a'",
                    name, name);
            }
            conversion = c.charAt(0);
        }
        Expr spec = null;
        if (at(COLON)) {
            Token colon = advance();
            List<Expr> specParts = new ArrayList<>();
            StringParts sp = new StringParts(this);
            while (true) {
                if (at(FSTRING_MIDDLE)) {
                    sp.addMiddle(advance(), specParts);
                } else if (at(LBRACE)) {
                    if (!replacementField(sp, specParts)) {
                        return fieldFailed(m);
                    }
                } else {
                    break;
                }
            }
            Token e = last();
            spec = new JoinedStr(specParts, colon.lineno, colon.col, e.endLineno, e.endCol);
        }
        if (!at(RBRACE)) {
            return fieldFailed(m);
        }
        Token rb = advance();
        if (debug != null && conversion == -1 && spec == null) {
            conversion = 'r';
        }
        FormattedValue fv = new FormattedValue(value, conversion, spec, lb.lineno, lb.col, rb.endLineno, rb.endCol);
        if (debug != null) {
            parts.addConstant(debug, out);
        }
        out.add(fv);
        return true;
    }

    /** In the second pass, invalid_replacement_field: says what the field at {@code m} lacks. */
    protected final boolean fieldFailed(int m) {
        if (!callInvalidRules) {
            p = m;
            return false;
        }
        p = m + 1;
        Token t = tok();
        if (t.kind == EQUAL || t.kind == EXCLAMATION || t.kind == COLON || t.kind == RBRACE) {
            throw errorAt("f-string: valid expression required before '" + t.text + "'", t, t);
        }
        if (at(KW_LAMBDA)) {
            Token l = advance();
            boolean saved = callInvalidRules;
            callInvalidRules = false;
            Arguments args = at(COLON) ? EMPTY_ARGS : parameters(true);
            callInvalidRules = saved;
            if (args != null && at(COLON)) {
                Token colon = advance();
                if (at(FSTRING_MIDDLE) || at(LBRACE)) {
                    throw errorAt("f-string: lambda expressions are not allowed without parentheses", l, colon);
                }
            }
            p = m + 1;
        }
        Expr value = at(KW_YIELD) ? yieldExpr() : starExpressions();
        if (value == null) {
            throw syntaxError("f-string: expecting a valid expression after '{'", tok());
        }
        int k = kind();
        if (k != EQUAL && k != EXCLAMATION && k != COLON && k != RBRACE) {
            throw syntaxError("f-string: expecting '=', or '!', or ':', or '}'", tok());
        }
        if (accept(EQUAL)) {
            k = kind();
            if (k != EXCLAMATION && k != COLON && k != RBRACE) {
                throw syntaxError("f-string: expecting '!', or ':', or '}'", tok());
            }
        }
        if (at(EXCLAMATION)) {
            p++;
            if (at(COLON) || at(RBRACE)) {
                throw syntaxError("f-string: missing conversion character", tok());
            }
            if (!at(NAME)) {
                throw syntaxError("f-string: invalid conversion character", tok());
            }
            p++;
        }
        if (!at(COLON) && !at(RBRACE)) {
            throw syntaxError("f-string: expecting ':' or '}'", tok());
        }
        if (accept(COLON)) {
            while (at(FSTRING_MIDDLE) || at(LBRACE)) {
                if (at(FSTRING_MIDDLE)) {
                    p++;
                } else if (!replacementField(new StringParts(this), new ArrayList<>())) {
                    break;
                }
            }
            if (!at(RBRACE)) {
                throw syntaxError("f-string: expecting '}', or format specs", tok());
            }
        }
        if (!at(RBRACE)) {
            throw syntaxError("f-string: expecting '}'", tok());
        }
        p = m;
        return false;
    }

    /** Decodes a literal, reporting bad escapes as CPython does (SyntaxError at the token). */
    final PySyntaxError literalError(String msg, Token t) {
        return syntaxError(msg, t);
    }

    final void literalWarning(String msg, Token t) {
        warn("SyntaxWarning", msg, t);
    }
}
