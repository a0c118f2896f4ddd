package org.sanca.parser;

import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import org.sanca.ast.Imaginary;

/**
 * Decodes literal tokens into constant values, after CPython's Parser/string_parser.c (escape
 * sequences) and Parser/pegen.c (numbers).
 */
final class Literals {
    /** Why a literal was rejected; the parser turns it into a SyntaxError at the token. */
    static final class LiteralError extends RuntimeException {
        LiteralError(String msg) {
            super(msg, null, false, false);
        }
    }

    /** Where warnings about one literal go. */
    interface Warn {
        void warn(String msg);
    }

    private Literals() {
    }

    static Object number(String text) {
        int len = text.length();
        char last = text.charAt(len - 1);
        String s = text.indexOf('_') >= 0 ? text.replace("_", "") : text;
        if (last == 'j' || last == 'J') {
            return new Imaginary(Double.parseDouble(s.substring(0, s.length() - 1)));
        }
        if (s.length() > 1 && s.charAt(0) == '0') {
            char x = s.charAt(1);
            int radix = x == 'x' || x == 'X' ? 16 : x == 'o' || x == 'O' ? 8 : x == 'b' || x == 'B' ? 2 : 0;
            if (radix != 0) {
                return integer(s.substring(2), radix);
            }
        }
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '.' || c == 'e' || c == 'E') {
                return Double.parseDouble(s);
            }
        }
        return integer(s, 10);
    }

    private static Object integer(String digits, int radix) {
        if (digits.length() <= (radix == 10 ? 18 : radix == 16 ? 15 : radix == 8 ? 20 : 62)) {
            return Long.parseLong(digits, radix);
        }
        BigInteger b = new BigInteger(digits, radix);
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** Decodes the body of a str literal (between the quotes). */
    static String decodeStr(String body, boolean raw, Warn warn) {
        if (raw || body.indexOf('\\') < 0) {
            return body;
        }
        StringBuilder sb = new StringBuilder(body.length());
        int n = body.length();
        int i = 0;
        while (i < n) {
            char c = body.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            i = escape(body, i, sb, false, warn);
        }
        return sb.toString();
    }

    /** Decodes the body of a bytes literal; every char must be ASCII. */
    static byte[] decodeBytes(String body, boolean raw, Warn warn) {
        for (int i = 0; i < body.length(); i++) {
            if (body.charAt(i) >= 0x80) {
                throw new LiteralError("bytes can only contain ASCII literal characters");
            }
        }
        if (raw || body.indexOf('\\') < 0) {
            return body.getBytes(StandardCharsets.ISO_8859_1);
        }
        StringBuilder sb = new StringBuilder(body.length());
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c != '\\') {
                sb.append(c);
                i++;
                continue;
            }
            i = escape(body, i, sb, true, warn);
        }
        return sb.toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    /** Decodes the escape at {@code body[i]} (a backslash) into sb; returns the index after it. */
    private static int escape(String body, int i, StringBuilder sb, boolean bytes, Warn warn) {
        int n = body.length();
        if (i + 1 >= n) {
            sb.append('\\');
            return i + 1;
        }
        char e = body.charAt(i + 1);
        switch (e) {
            case '\n' -> {
                return i + 2;
            }
            case '\r' -> {
                return i + 2 < n && body.charAt(i + 2) == '\n' ? i + 3 : i + 2;
            }
            case '\\', '\'', '"' -> sb.append(e);
            case 'a' -> sb.append('\007');
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'v' -> sb.append('\013');
            case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                int v = 0;
                int j = i + 1;
                while (j < n && j < i + 4 && body.charAt(j) >= '0' && body.charAt(j) <= '7') {
                    v = v * 8 + (body.charAt(j) - '0');
                    j++;
                }
                if (v > 0377) {
                    warn.warn("invalid octal escape sequence '" + body.substring(i, j) + "'");
                    if (bytes) {
                        v &= 0xff;
                    }
                }
                sb.append((char) v);
                return j;
            }
            case 'x' -> {
                return hexEscape(body, i, 2, sb, bytes);
            }
            case 'u', 'U', 'N' -> {
                if (bytes) {
                    warn.warn("invalid escape sequence '\\" + e + "'");
                    sb.append('\\').append(e);
                    return i + 2;
                }
                return e == 'N' ? namedEscape(body, i, sb) : hexEscape(body, i, e == 'u' ? 4 : 8, sb, false);
            }
            default -> {
                int cp = body.codePointAt(i + 1);
                warn.warn("invalid escape sequence '\\" + new String(Character.toChars(cp)) + "'");
                sb.append('\\');
                return i + 1;
            }
        }
        return i + 2;
    }

    private static int hexEscape(String body, int i, int digits, StringBuilder sb, boolean bytes) {
        long v = 0;
        int j = i + 2;
        int n = body.length();
        for (int k = 0; k < digits; k++, j++) {
            int d = j < n ? Character.digit(body.charAt(j), 16) : -1;
            if (d < 0 || body.charAt(j) >= 0x80) {
                if (bytes) {
                    throw new LiteralError("(value error) invalid \\x escape at position " + bytePos(body, i));
                }
                String kind = digits == 2 ? "\\xXX" : digits == 4 ? "\\uXXXX" : "\\UXXXXXXXX";
                throw unicodeError(body, i, j - 1, "truncated " + kind + " escape");
            }
            v = v * 16 + d;
        }
        if (v > 0x10FFFF) {
            throw unicodeError(body, i, j - 1, "illegal Unicode character");
        }
        sb.appendCodePoint((int) v);
        return j;
    }

    private static int namedEscape(String body, int i, StringBuilder sb) {
        int n = body.length();
        if (i + 2 >= n || body.charAt(i + 2) != '{') {
            throw unicodeError(body, i, Math.min(i + 1, n - 1), "malformed \\N character escape");
        }
        int close = body.indexOf('}', i + 3);
        if (close < 0) {
            throw unicodeError(body, i, n - 1, "malformed \\N character escape");
        }
        if (close == i + 3) {
            throw unicodeError(body, i, i + 2, "malformed \\N character escape");
        }
        String name = body.substring(i + 3, close);
        int cp;
        try {
            cp = Character.codePointOf(name);
        } catch (IllegalArgumentException ex) {
            cp = -1;
        }
        if (cp < 0) {
            throw unicodeError(body, i, close, "unknown Unicode character name");
        }
        sb.appendCodePoint(cp);
        return close + 1;
    }

    private static int bytePos(String body, int i) {
        return org.sanca.parser.tokenizer.Utf8.length(body, 0, i);
    }

    private static LiteralError unicodeError(String body, int from, int to, String what) {
        return new LiteralError("(unicode error) 'unicodeescape' codec can't decode bytes in position "
            + bytePos(body, from) + "-" + (bytePos(body, to + 1) - 1) + ": " + what);
    }
}
