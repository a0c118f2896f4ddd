package org.sanca.runtime.modules._decimal;

import java.math.BigInteger;

/**
 * Decimal numbers to and from text: the numeric-string syntax of the specification (with the
 * surrounding whitespace, underscores and non-ASCII decimal digits Python accepts) and the
 * scientific and engineering notations ({@code mpd_qset_string}, {@code mpd_to_sci},
 * {@code mpd_to_eng}).
 */
public final class DecText {
    private DecText() {
    }

    /** The number {@code text} spells, or null when it is not a numeric string. */
    public static DecNum parse(String text) {
        String s = normalize(text);
        if (s == null || s.isEmpty()) {
            return null;
        }
        int i = 0;
        boolean neg = false;
        if (s.charAt(0) == '+' || s.charAt(0) == '-') {
            neg = s.charAt(0) == '-';
            i = 1;
        }
        String rest = s.substring(i).toLowerCase(java.util.Locale.ROOT);
        if (rest.equals("inf") || rest.equals("infinity")) {
            return DecNum.infinity(neg);
        }
        if (rest.startsWith("nan") || rest.startsWith("snan")) {
            boolean signaling = rest.charAt(0) == 's';
            String payload = rest.substring(signaling ? 4 : 3);
            if (!allDigits(payload)) {
                return null;
            }
            BigInteger p = payload.isEmpty() ? BigInteger.ZERO : new BigInteger(payload);
            return new DecNum(neg, p, 0, signaling ? DecNum.SNAN : DecNum.NAN);
        }
        return parseFinite(neg, rest);
    }

    private static DecNum parseFinite(boolean neg, String s) {
        int e = s.indexOf('e');
        String mant = e < 0 ? s : s.substring(0, e);
        long exp = 0;
        if (e >= 0) {
            String es = s.substring(e + 1);
            int j = es.startsWith("+") || es.startsWith("-") ? 1 : 0;
            if (!allDigits(es.substring(j)) || es.length() == j) {
                return null;
            }
            BigInteger big = new BigInteger(es);
            if (big.bitLength() > 62) {
                return null;
            }
            exp = big.longValue();
        }
        int dot = mant.indexOf('.');
        String intPart = dot < 0 ? mant : mant.substring(0, dot);
        String frac = dot < 0 ? "" : mant.substring(dot + 1);
        if (!allDigits(intPart) || !allDigits(frac) || intPart.isEmpty() && frac.isEmpty()) {
            return null;
        }
        BigInteger coeff = new BigInteger(intPart + frac);
        return DecNum.finite(neg, coeff, exp - frac.length());
    }

    private static boolean allDigits(String s) {
        for (int i = 0; i < s.length(); i++) {
            char ch = s.charAt(i);
            if (ch < '0' || ch > '9') {
                return false;
            }
        }
        return true;
    }

    /** {@code text} stripped of whitespace and underscores, non-ASCII digits made ASCII; null if a character is not ASCII otherwise. */
    private static String normalize(String text) {
        StringBuilder b = new StringBuilder(text.length());
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && isSpace(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        for (int i = start; i < end; ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == '_') {
                continue;
            }
            if (cp < 128) {
                b.append((char) cp);
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                b.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                return null;
            }
        }
        return b.toString();
    }

    private static boolean isSpace(int cp) {
        return Character.isWhitespace(cp) || Character.isSpaceChar(cp) || cp == 0x85;
    }

    /** {@code to_sci_string}; {@code capitals} chooses 'E' over 'e'. */
    public static String toSci(DecNum x, boolean capitals) {
        return toText(x, false, capitals);
    }

    /** {@code to_eng_string}: an exponent that is a multiple of three. */
    public static String toEng(DecNum x, boolean capitals) {
        return toText(x, true, capitals);
    }

    private static String toText(DecNum x, boolean eng, boolean capitals) {
        String sign = x.neg ? "-" : "";
        switch (x.kind) {
            case DecNum.INF:
                return sign + "Infinity";
            case DecNum.NAN:
            case DecNum.SNAN:
                String payload = x.coeff.signum() == 0 ? "" : x.coeff.toString();
                return sign + (x.isSNaN() ? "sNaN" : "NaN") + payload;
            default:
                break;
        }
        String digits = x.coeff.toString();
        long left = x.exp + digits.length();
        long dot;
        if (x.exp <= 0 && left > -6) {
            dot = left;
        } else if (!eng) {
            dot = 1;
        } else if (x.coeff.signum() == 0) {
            dot = Math.floorMod(left + 1, 3) - 1;
        } else {
            dot = Math.floorMod(left - 1, 3) + 1;
        }
        StringBuilder b = new StringBuilder(sign);
        if (dot <= 0) {
            b.append("0.").append("0".repeat((int) -dot)).append(digits);
        } else if (dot >= digits.length()) {
            b.append(digits).append("0".repeat((int) (dot - digits.length())));
        } else {
            b.append(digits, 0, (int) dot).append('.').append(digits, (int) dot, digits.length());
        }
        if (left != dot) {
            long e = left - dot;
            b.append(capitals ? 'E' : 'e').append(e >= 0 ? "+" : "").append(e);
        }
        return b.toString();
    }
}
