package org.sanca.compiler;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.BinOp;
import org.sanca.ast.Constant;
import org.sanca.ast.Expr;
import org.sanca.ast.FormattedValue;
import org.sanca.ast.JoinedStr;

/**
 * CPython's {@code optimize_format} (Python/ast_opt.c): {@code 'literal %s' % (a, b)} with
 * only {@code %s}, {@code %r} and {@code %a} units becomes the f-string it means.
 */
final class PercentFormat {
    private static final int MAXDIGITS = 3;

    private final String fmt;
    private int pos;

    private PercentFormat(String fmt) {
        this.fmt = fmt;
    }

    /** The f-string {@code fmt % (items)} stands for, or null when the format is not that simple. */
    static JoinedStr toJoinedStr(String fmt, List<Expr> items, BinOp node) {
        PercentFormat p = new PercentFormat(fmt);
        List<Expr> values = new ArrayList<>();
        int cnt = 0;
        while (true) {
            Constant lit = p.literal();
            if (lit != null) {
                values.add(lit);
            }
            if (p.pos >= fmt.length()) {
                break;
            }
            if (cnt >= items.size()) {
                return null;
            }
            p.pos++;
            Expr value = p.unit(items.get(cnt));
            cnt++;
            if (value == null) {
                return null;
            }
            values.add(value);
        }
        if (cnt < items.size()) {
            return null;
        }
        return new JoinedStr(values, node.lineno(), node.col_offset(), node.end_lineno(), node.end_col_offset());
    }

    private Constant literal() {
        int start = pos;
        boolean percents = false;
        while (pos < fmt.length()) {
            if (fmt.charAt(pos) != '%') {
                pos++;
            } else if (pos + 1 < fmt.length() && fmt.charAt(pos + 1) == '%') {
                percents = true;
                pos += 2;
            } else {
                break;
            }
        }
        if (pos == start) {
            return null;
        }
        String s = fmt.substring(start, pos);
        if (percents) {
            s = s.replace("%%", "%");
        }
        return new Constant(s, null, -1, -1, -1, -1);
    }

    private Expr unit(Expr arg) {
        int ch;
        boolean ljust = false;
        while (true) {
            if (pos >= fmt.length()) {
                return null;
            }
            ch = fmt.charAt(pos++);
            if (ch == '-') {
                ljust = true;
            } else if (ch != '+' && ch != ' ' && ch != '#' && ch != '0') {
                break;
            }
        }
        int width = -1;
        int prec = -1;
        if (ch >= '0' && ch <= '9') {
            width = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                width = width * 10 + (ch - '0');
                if (pos >= fmt.length()) {
                    return null;
                }
                ch = fmt.charAt(pos++);
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        if (ch == '.') {
            if (pos >= fmt.length()) {
                return null;
            }
            ch = fmt.charAt(pos++);
            prec = 0;
            int digits = 0;
            while (ch >= '0' && ch <= '9') {
                prec = prec * 10 + (ch - '0');
                if (pos >= fmt.length()) {
                    return null;
                }
                ch = fmt.charAt(pos++);
                if (++digits >= MAXDIGITS) {
                    return null;
                }
            }
        }
        if (ch != 's' && ch != 'r' && ch != 'a') {
            return null;
        }
        StringBuilder spec = new StringBuilder();
        if (!ljust && width > 0) {
            spec.append('>');
        }
        if (width >= 0) {
            spec.append(width);
        }
        if (prec >= 0) {
            spec.append('.').append(prec);
        }
        Expr formatSpec = spec.isEmpty() ? null : new Constant(spec.toString(), null, -1, -1, -1, -1);
        return new FormattedValue(arg, ch, formatSpec, arg.lineno(), arg.col_offset(), arg.end_lineno(),
            arg.end_col_offset());
    }
}
