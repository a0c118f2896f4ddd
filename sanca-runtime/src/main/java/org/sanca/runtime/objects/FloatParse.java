package org.sanca.runtime.objects;

import java.util.Locale;

/** {@code float(str)}: CPython's {@code PyOS_string_to_double} with {@code _Py_string_to_number_with_underscores}. */
final class FloatParse {
    private FloatParse() {
    }

    /** The value of {@code text} (already stripped, underscores removed); ValueError quoting {@code original}. */
    static double parse(String text, String original) {
        String s = text;
        String low = s.toLowerCase(Locale.ROOT);
        int signLen = low.startsWith("+") || low.startsWith("-") ? 1 : 0;
        String body = low.substring(signLen);
        boolean neg = low.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return neg ? -Double.NaN : Double.NaN;
        }
        if (!body.matches("(\\d+\\.?\\d*|\\.\\d+)(e[+-]?\\d+)?")) {
            throw PyErr.valueError("could not convert string to float: %s", StrRepr.repr(original));
        }
        return Double.parseDouble(s);
    }

    /** {@code float(x)} for a str: whitespace stripped, underscores allowed only between digits. */
    static double fromString(String original) {
        String s = StrCase.stripSpace(StrCase.asciiNumeric(original));
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (i == 0 || i + 1 >= s.length() || !isDigit(s.charAt(i - 1)) || !isDigit(s.charAt(i + 1))) {
                    throw PyErr.valueError("could not convert string to float: %s", StrRepr.repr(original));
                }
                continue;
            }
            if (c >= 128 && Character.isDigit(c)) {
                c = (char) ('0' + Character.digit(c, 10));
            } else if (c >= 128 || StrCase.isSpace(c)) {
                throw PyErr.valueError("could not convert string to float: %s", StrRepr.repr(original));
            }
            b.append(c);
        }
        return parse(b.toString(), original);
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
