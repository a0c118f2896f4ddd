package org.sanca.runtime.objects;

import java.math.BigInteger;

/** {@code int(str, base)}: CPython's {@code PyLong_FromString}, with the int/str conversion digit limit. */
public final class IntParse {
    /** CPython's default {@code sys.get_int_max_str_digits()}. */
    public static final int DEFAULT_MAX_STR_DIGITS = 4300;
    /** {@code sys.int_info.str_digits_check_threshold}: the lowest limit that may be set (other than 0). */
    public static final int MAX_STR_DIGITS_THRESHOLD = 640;

    /**
     * Reads the running interpreter's {@code sys.get_int_max_str_digits()} (0: no limit). The
     * interpreter installs a reader of its own per-program state here; this default serves
     * code running outside any interpreter.
     */
    public static volatile java.util.function.IntSupplier maxStrDigits = () -> DEFAULT_MAX_STR_DIGITS;

    private IntParse() {
    }

    static PyInt parse(String original, int base) {
        String s = StrCase.stripSpace(StrCase.asciiNumeric(original));
        int i = 0;
        boolean neg = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            neg = s.charAt(i) == '-';
            i++;
        }
        int b = base;
        if (i + 1 < s.length() && s.charAt(i) == '0') {
            char p = Character.toLowerCase(s.charAt(i + 1));
            int prefixBase = p == 'x' ? 16 : p == 'o' ? 8 : p == 'b' ? 2 : 0;
            if (prefixBase != 0 && (base == 0 || base == prefixBase)) {
                b = prefixBase;
                i += 2;
                if (i < s.length() && s.charAt(i) == '_') {
                    i++;
                }
            }
        }
        if (b == 0) {
            b = 10;
            if (isZeroPrefixed(s, i)) {
                throw invalid(original, base);
            }
        }
        StringBuilder digits = new StringBuilder(s.length());
        boolean lastUnderscore = true;
        for (; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '_') {
                if (lastUnderscore) {
                    throw invalid(original, base);
                }
                lastUnderscore = true;
                continue;
            }
            int d = Character.digit(c, b);
            if (d < 0 || (c >= 128 && !Character.isDigit(c))) {
                throw invalid(original, base);
            }
            digits.append(Character.forDigit(d, b));
            lastUnderscore = false;
        }
        if (digits.isEmpty() || lastUnderscore) {
            throw invalid(original, base);
        }
        int limit = maxStrDigits.getAsInt();
        if ((b & (b - 1)) != 0 && limit > 0 && digits.length() > limit) {
            throw PyErr.valueError("Exceeds the limit (%d digits) for integer string conversion: value has %d digits; "
                    + "use sys.set_int_max_str_digits() to increase the limit", limit, digits.length());
        }
        if (digits.length() <= 18 && b <= 10 || digits.length() <= 15) {
            long v = Long.parseLong(digits.toString(), b);
            return PyInt.of(neg ? -v : v);
        }
        BigInteger v = new BigInteger(digits.toString(), b);
        return PyInt.of(neg ? v.negate() : v);
    }

    private static boolean isZeroPrefixed(String s, int i) {
        if (i >= s.length() || s.charAt(i) != '0') {
            return false;
        }
        for (int j = i; j < s.length(); j++) {
            if (s.charAt(j) != '0' && s.charAt(j) != '_') {
                return true;
            }
        }
        return false;
    }

    private static PyException invalid(String original, int base) {
        String shown = original.length() > 200 ? original.substring(0, 200) : original;
        return PyErr.valueError("invalid literal for int() with base %d: %s", base, StrRepr.repr(shown));
    }

    /** {@code str(i)}, subject to the conversion digit limit. */
    public static String toDecimal(PyInt i) {
        if (i.big == null) {
            return Long.toString(i.value);
        }
        int limit = maxStrDigits.getAsInt();
        if (limit > 0 && i.big.bitLength() > limit * 3) {
            String s = i.big.toString();
            if (s.length() - (i.big.signum() < 0 ? 1 : 0) > limit) {
                throw PyErr.valueError("Exceeds the limit (%d digits) for integer string conversion; "
                        + "use sys.set_int_max_str_digits() to increase the limit", limit);
            }
            return s;
        }
        return i.big.toString();
    }
}
