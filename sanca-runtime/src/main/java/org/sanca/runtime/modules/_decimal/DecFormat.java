package org.sanca.runtime.modules._decimal;

import java.math.BigInteger;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.format.FormatSpec;
import org.sanca.runtime.objects.format.Padding;

/**
 * {@code Decimal.__format__}: the format mini-language over a decimal's own digits
 * ({@code mpd_qformat_spec}). Without a precision a number shows all its digits; with one it is
 * rounded by the context's rounding mode.
 */
final class DecFormat {
    private DecFormat() {
    }

    static String format(DecNum x, String text, PyDecContext ctx) {
        FormatSpec spec = FormatSpec.parse(text, "decimal.Decimal");
        int type = spec.type();
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
            }
            default -> throw PyErr.valueError("invalid format string");
        }
        if (!x.isFinite()) {
            return special(x, spec);
        }
        if (type == 0) {
            type = ctx.capitals == 1 ? 'G' : 'g';
        } else if (type == 'n') {
            type = 'g';
        }
        return finite(x, spec, (char) type, ctx.rounding);
    }

    private static String special(DecNum x, FormatSpec spec) {
        String body = x.isInfinite() ? "Infinity" : DecText.toSci(x.withSign(false), true);
        if (spec.type() == '%') {
            body += "%";
        }
        FormatSpec plain = new FormatSpec(spec.zeroPad() ? ' ' : spec.fill(), spec.zeroPad() && spec.align() == '=' ? '>' : spec.align(),
                spec.sign(), false, false, false, spec.width(), (char) 0, -1, 0);
        return Padding.number(sign(x.neg, spec), "", "", body, plain, 3);
    }

    private static String sign(boolean neg, FormatSpec spec) {
        if (neg) {
            return "-";
        }
        return spec.sign() == '+' ? "+" : spec.sign() == ' ' ? " " : "";
    }

    private static String finite(DecNum x0, FormatSpec spec, char type, Rounding rounding) {
        DecNum x = type == '%' ? DecNum.finite(x0.neg, x0.coeff, x0.exp + 2) : x0;
        int prec = spec.precision();
        if (prec >= 0) {
            switch (type) {
                case 'e', 'E' -> x = x.isZero() ? x : roundDigits(x, prec + 1, rounding);
                case 'f', 'F', '%' -> x = rescale(x, -prec, rounding);
                default -> {
                    int p = Math.max(prec, 1);
                    if (x.digits() > p) {
                        x = roundDigits(x, p, rounding);
                    }
                }
            }
        }
        if (x.isZero() && x.exp > 0 && (type == 'f' || type == 'F' || type == '%')) {
            x = DecNum.finite(x.neg, BigInteger.ZERO, 0);
        }
        boolean neg = x.neg && !(spec.noNegZero() && x.isZero());
        String digits = x.coeff.toString();
        long left = x.exp + digits.length();
        long dot;
        if (type == 'e' || type == 'E') {
            if (x.isZero() && prec > 0) {
                digits = "0".repeat(prec + 1);
                left = x.exp + prec + 1;
            }
            dot = 1;
        } else if (type == 'g' || type == 'G') {
            dot = x.exp <= 0 && left > -6 ? left : 1;
        } else {
            dot = left;
        }
        String intPart;
        String frac;
        if (dot <= 0) {
            intPart = "0";
            frac = "0".repeat((int) -dot) + digits;
        } else if (dot >= digits.length()) {
            intPart = digits + "0".repeat((int) (dot - digits.length()));
            frac = "";
        } else {
            intPart = digits.substring(0, (int) dot);
            frac = digits.substring((int) dot);
        }
        long exp = left - dot;
        StringBuilder rest = new StringBuilder();
        if (!frac.isEmpty() || spec.alternate()) {
            rest.append('.').append(frac);
        }
        if (exp != 0 || type == 'e' || type == 'E') {
            rest.append(type == 'E' || type == 'G' ? 'E' : 'e').append(exp >= 0 ? "+" : "").append(exp);
        }
        if (type == '%') {
            rest.append('%');
        }
        return Padding.number(neg ? "-" : sign(false, spec), "", intPart, rest.toString(), spec, 3);
    }

    /** {@code x} rounded (or padded) to exactly {@code n} significant digits. */
    private static DecNum roundDigits(DecNum x, int n, Rounding r) {
        DecNum y = rescale(x, x.adjusted() + 1 - n, r);
        if (y.digits() > n && !y.isZero()) {
            y = rescale(y, y.exp + 1, r);
        }
        return y;
    }

    /** {@code x} at exponent {@code exp}, rounded by {@code r} or padded with zeros. */
    private static DecNum rescale(DecNum x, long exp, Rounding r) {
        Rescale rs = Rescale.drop(x.coeff, x.digits(), exp - x.exp, r, x.neg);
        return DecNum.finite(x.neg, rs.coeff(), exp);
    }
}
