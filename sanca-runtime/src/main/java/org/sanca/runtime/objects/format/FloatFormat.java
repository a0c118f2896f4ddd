package org.sanca.runtime.objects.format;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

import org.sanca.runtime.objects.FloatRepr;

/**
 * {@code float.__format__}: CPython's {@code format_float_internal}
 * ({@code Python/formatter_unicode.c}) with {@code PyOS_double_to_string}'s layouts. Digits are
 * rounded exactly (half-even on the exact binary value), as CPython's dtoa does.
 */
public final class FloatFormat {
    private FloatFormat() {
    }

    /** Formats {@code v} by {@code spec} (already parsed; not empty); {@code typeName} for messages. */
    public static String format(double v, FormatSpec spec, String typeName) {
        int type = spec.type();
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n', '%' -> {
            }
            default -> throw FormatSpec.unknownCode(type, typeName);
        }
        boolean neg = v < 0 || (v == 0 && 1 / v < 0);
        String[] parts = formatAbs(Math.abs(v), type, spec.precision(), spec.alternate());
        if (neg && spec.noNegZero() && isZero(parts)) {
            neg = false;
        }
        return Padding.number(sign(neg, spec.sign()), "", parts[0], parts[1], spec, 3);
    }

    /** The sign text of a number: "-" when negative, else what the sign option asks for. */
    public static String sign(boolean negative, char option) {
        if (negative) {
            return "-";
        }
        return option == '+' ? "+" : option == ' ' ? " " : "";
    }

    private static boolean isZero(String[] parts) {
        for (String p : parts) {
            for (int i = 0; i < p.length(); i++) {
                char c = p.charAt(i);
                if (c >= '1' && c <= '9') {
                    return false;
                }
                if (c == 'e' || c == 'E') {
                    break;
                }
                if (Character.isLetter(c)) {
                    return false;
                }
            }
        }
        return true;
    }

    /**
     * The integer digits and the rest (point, fraction, exponent, percent sign) of {@code abs}
     * (not negative) laid out as presentation {@code type} with precision {@code prec} (-1: none).
     */
    public static String[] formatAbs(double abs, int type, int prec, boolean alt) {
        boolean upper = type == 'E' || type == 'F' || type == 'G';
        if (Double.isNaN(abs) || Double.isInfinite(abs)) {
            String s = Double.isNaN(abs) ? "nan" : "inf";
            return new String[] {upper ? s.toUpperCase() : s, type == '%' ? "%" : ""};
        }
        return switch (type) {
            case 'f', 'F' -> fixed(abs, prec < 0 ? 6 : prec, alt, "");
            case '%' -> fixed(abs * 100, prec < 0 ? 6 : prec, alt, "%");
            case 'e', 'E' -> exp(abs, prec < 0 ? 6 : prec, alt, upper ? 'E' : 'e');
            case 'g', 'G', 'n' -> general(abs, prec < 0 ? 6 : Math.max(prec, 1), alt, upper ? 'E' : 'e', false);
            default -> prec < 0 ? shortest(abs, alt) : general(abs, Math.max(prec, 1), alt, 'e', true);
        };
    }

    private static String[] fixed(double abs, int prec, boolean alt, String suffix) {
        String s = new BigDecimal(abs).setScale(prec, RoundingMode.HALF_EVEN).toPlainString();
        int dot = s.indexOf('.');
        if (dot < 0) {
            return new String[] {s, (alt ? "." : "") + suffix};
        }
        return new String[] {s.substring(0, dot), s.substring(dot) + suffix};
    }

    /** {@code abs} rounded to {@code n} significant digits: the digits (exactly n) and the decimal exponent of the first. */
    private static Object[] round(double abs, int n) {
        if (abs == 0) {
            return new Object[] {"0".repeat(n), 0};
        }
        BigDecimal r = new BigDecimal(abs).round(new MathContext(n, RoundingMode.HALF_EVEN));
        String digits = r.unscaledValue().toString();
        int exp = r.precision() - r.scale() - 1;
        if (digits.length() < n) {
            digits = digits + "0".repeat(n - digits.length());
        } else if (digits.length() > n) {
            digits = digits.substring(0, n);
        }
        return new Object[] {digits, exp};
    }

    private static String[] exp(double abs, int prec, boolean alt, char e) {
        Object[] r = round(abs, prec + 1);
        String d = (String) r[0];
        String frac = d.length() > 1 || alt ? "." + d.substring(1) : "";
        return new String[] {d.substring(0, 1), frac + FloatRepr.exponent(e, (int) r[1])};
    }

    /**
     * The 'g' layout with {@code p} significant digits; {@code addDotZero} is the layout of
     * no presentation type with a precision (fixed notation keeps one fractional digit, and
     * exponent notation starts one power of ten earlier).
     */
    private static String[] general(double abs, int p, boolean alt, char e, boolean addDotZero) {
        Object[] r = round(abs, p);
        String d = (String) r[0];
        int x = (int) r[1];
        int limit = addDotZero ? p - 1 : p;
        if (x >= -4 && x < limit) {
            String ip;
            String frac;
            if (x >= 0) {
                ip = d.substring(0, x + 1);
                frac = d.substring(x + 1);
            } else {
                ip = "0";
                frac = "0".repeat(-x - 1) + d;
            }
            if (!alt) {
                frac = stripZeros(frac);
            }
            if (frac.isEmpty()) {
                return new String[] {ip, addDotZero ? ".0" : alt ? "." : ""};
            }
            return new String[] {ip, "." + frac};
        }
        String frac = d.substring(1);
        if (!alt) {
            frac = stripZeros(frac);
        }
        return new String[] {d.substring(0, 1), (frac.isEmpty() && !alt ? "" : "." + frac) + FloatRepr.exponent(e, x)};
    }

    private static String[] shortest(double abs, boolean alt) {
        if (abs == 0) {
            return new String[] {"0", ".0"};
        }
        FloatRepr.Digits sd = FloatRepr.shortest(abs);
        String d = sd.digits();
        int decpt = sd.decpt();
        if (decpt > -4 && decpt <= 16) {
            if (decpt <= 0) {
                return new String[] {"0", "." + "0".repeat(-decpt) + d};
            }
            if (decpt >= d.length()) {
                return new String[] {d + "0".repeat(decpt - d.length()), ".0"};
            }
            return new String[] {d.substring(0, decpt), "." + d.substring(decpt)};
        }
        String frac = d.length() > 1 ? "." + d.substring(1) : alt ? "." : "";
        return new String[] {d.substring(0, 1), frac + FloatRepr.exponent('e', decpt - 1)};
    }

    private static String stripZeros(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '0') {
            end--;
        }
        return s.substring(0, end);
    }
}
