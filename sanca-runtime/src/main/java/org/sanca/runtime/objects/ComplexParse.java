package org.sanca.runtime.objects;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code complex(str)}: CPython's {@code complex_from_string_inner}. */
final class ComplexParse {
    private static final String NUM = "(?:(?:\\d(?:_?\\d)*)?\\.?\\d(?:_?\\d)*(?:[eE][+-]?\\d(?:_?\\d)*)?|\\d(?:_?\\d)*\\.|inf|infinity|nan)";
    private static final Pattern FORM = Pattern.compile(
            "(?i)([+-]?" + NUM + ")?(?:([+-]" + NUM + "?)[jJ]|([+-]?" + NUM + "?)[jJ])?");

    private ComplexParse() {
    }

    static PyComplex parse(String text) {
        String s = StrCase.stripSpace(StrCase.asciiNumeric(text));
        if (s.indexOf('_') >= 0) {
            s = withoutUnderscores(s, text);
        }
        if (s.startsWith("(") && s.endsWith(")")) {
            s = StrCase.stripSpace(s.substring(1, s.length() - 1));
        }
        Matcher m = FORM.matcher(s);
        if (s.isEmpty() || !m.matches()) {
            throw PyErr.valueError("complex() arg is a malformed string");
        }
        String re = m.group(1);
        String im = m.group(2) != null ? m.group(2) : m.group(3);
        boolean hasImag = m.group(2) != null || s.endsWith("j") || s.endsWith("J");
        if (!hasImag) {
            return new PyComplex(num(re), 0);
        }
        if (m.group(3) != null && re != null) {
            if (!m.group(3).isEmpty()) {
                throw PyErr.valueError("complex() arg is a malformed string");
            }
            im = re;
            re = null;
        }
        return new PyComplex(re == null ? 0 : num(re), imagValue(im));
    }

    /** {@code s} without its underscores, each of which must stand between two digits. */
    private static String withoutUnderscores(String s, String original) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == '_' && (i == 0 || i + 1 == s.length() || !isDigit(s.charAt(i - 1)) || !isDigit(s.charAt(i + 1)))) {
                throw PyErr.valueError("could not convert string to complex: %s", StrRepr.repr(original));
            }
        }
        return s.replace("_", "");
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static double imagValue(String im) {
        if (im == null || im.isEmpty() || im.equals("+")) {
            return 1;
        }
        if (im.equals("-")) {
            return -1;
        }
        return num(im);
    }

    private static double num(String s) {
        return FloatParse.parse(s.replace("_", ""), s);
    }
}
