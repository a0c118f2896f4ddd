package org.sanca.parser;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.Bytes;
import org.sanca.ast.Constant;
import org.sanca.ast.Expr;
import org.sanca.ast.JoinedStr;
import org.sanca.parser.tokenizer.Token;

/**
 * Collects the pieces of adjacent string literals and f-strings and joins them, as CPython's
 * _PyPegen_concatenate_strings does: consecutive constant parts merge into one Constant spanning
 * them, empty parts vanish next to f-strings, and bytes may not mix with str.
 */
final class StringParts {
    private final FStringParser parser;
    private final List<Expr> values = new ArrayList<>();
    private boolean sawFString;
    private boolean sawBytes;
    private boolean sawStr;
    private String kind;
    private boolean first = true;
    private boolean raw;

    StringParts(FStringParser parser) {
        this.parser = parser;
    }

    List<Expr> out() {
        return values;
    }

    void addString(Token t) {
        String text = t.text;
        int i = 0;
        boolean r = false;
        boolean b = false;
        boolean u = false;
        while (text.charAt(i) != '\'' && text.charAt(i) != '"') {
            char c = text.charAt(i++);
            r |= c == 'r' || c == 'R';
            b |= c == 'b' || c == 'B';
            u |= c == 'u';
        }
        if (first) {
            kind = u ? "u" : null;
            first = false;
        }
        int q = text.length() - i >= 6 && text.charAt(i) == text.charAt(i + 1) && text.charAt(i) == text.charAt(i + 2)
            ? 3 : 1;
        String body = text.substring(i + q, text.length() - q);
        checkMix(b, t);
        Object value;
        try {
            if (b) {
                value = new Bytes(Literals.decodeBytes(body, r, msg -> parser.literalWarning(msg, t)));
            } else {
                value = Literals.decodeStr(body, r, msg -> parser.literalWarning(msg, t));
            }
        } catch (Literals.LiteralError e) {
            throw parser.literalError(e.getMessage(), t);
        }
        values.add(new Constant(value, null, t.lineno, t.col, t.endLineno, t.endCol));
    }

    private void checkMix(boolean bytes, Token t) {
        if (bytes) {
            sawBytes = true;
        } else {
            sawStr = true;
        }
    }

    void beginFString(Token start) {
        sawFString = true;
        if (first) {
            kind = null;
            first = false;
        }
        checkMix(false, start);
        String text = start.text;
        raw = text.indexOf('r') >= 0 || text.indexOf('R') >= 0;
    }

    /** An FSTRING_MIDDLE token: literal text with doubled braces and escapes. */
    void addMiddle(Token t, List<Expr> into) {
        String body = t.text;
        if (body.indexOf('{') >= 0 || body.indexOf('}') >= 0) {
            body = undouble(body);
        }
        String value;
        try {
            value = Literals.decodeStr(body, raw, msg -> parser.literalWarning(msg, t));
        } catch (Literals.LiteralError e) {
            // CPython decodes the parts when the whole f-string is read, and reports there.
            parser.deferLiteralError(e.getMessage());
            value = "";
        }
        into.add(new Constant(value, null, t.lineno, t.col, t.endLineno, t.endCol));
    }

    private static String undouble(String s) {
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            sb.append(c);
            if ((c == '{' || c == '}') && i + 1 < s.length() && s.charAt(i + 1) == c) {
                i++;
            }
        }
        return sb.toString();
    }

    void addConstant(Constant c, List<Expr> into) {
        into.add(c);
    }

    Expr build(Token start, Token end) {
        if (sawBytes && sawStr) {
            throw parser.literalError("cannot mix bytes and nonbytes literals", parser.furthest());
        }
        if (!sawFString) {
            return joinConstants(start, end);
        }
        List<Expr> merged = new ArrayList<>();
        Constant firstConst = null;
        Constant lastConst = null;
        StringBuilder sb = null;
        for (Expr v : values) {
            if (v instanceof Constant c && c.value() instanceof String s) {
                if (s.isEmpty()) {
                    continue;
                }
                if (firstConst == null) {
                    firstConst = c;
                    sb = new StringBuilder();
                }
                sb.append(s);
                lastConst = c;
            } else {
                if (firstConst != null) {
                    merged.add(mergedConstant(firstConst, lastConst, sb.toString()));
                    firstConst = null;
                }
                merged.add(v);
            }
        }
        if (firstConst != null) {
            merged.add(mergedConstant(firstConst, lastConst, sb.toString()));
        }
        return new JoinedStr(merged, start.lineno, start.col, end.endLineno, end.endCol);
    }

    private Constant mergedConstant(Constant a, Constant b, String s) {
        String k = a == values.get(0) ? kind : null;
        return new Constant(s, k, a.lineno(), a.col_offset(), b.end_lineno(), b.end_col_offset());
    }

    private Expr joinConstants(Token start, Token end) {
        Object value;
        if (values.size() == 1) {
            value = ((Constant) values.get(0)).value();
        } else if (sawBytes) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (Expr v : values) {
                out.writeBytes(((Bytes) ((Constant) v).value()).value());
            }
            value = new Bytes(out.toByteArray());
        } else {
            StringBuilder sb = new StringBuilder();
            for (Expr v : values) {
                sb.append((String) ((Constant) v).value());
            }
            value = sb.toString();
        }
        return new Constant(value, kind, start.lineno, start.col, end.endLineno, end.endCol);
    }
}
