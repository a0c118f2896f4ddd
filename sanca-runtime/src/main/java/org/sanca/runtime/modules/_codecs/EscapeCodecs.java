package org.sanca.runtime.modules._codecs;

import java.io.ByteArrayOutputStream;

import org.sanca.runtime.modules.unicodedata.UnicodeNames;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.codecs.Codecs;

/**
 * The escape codecs: {@code unicode_escape}, {@code raw_unicode_escape} and the bytes
 * {@code escape_encode}/{@code escape_decode} ({@code Objects/unicodeobject.c},
 * {@code Objects/bytesobject.c}), which read and write the backslash escapes of Python literals.
 */
final class EscapeCodecs {
    private EscapeCodecs() {
    }

    private static void ascii(ByteArrayOutputStream out, String s) {
        for (int i = 0; i < s.length(); i++) {
            out.write(s.charAt(i));
        }
    }

    private static void hex(ByteArrayOutputStream out, char kind, int cp, int digits) {
        out.write('\\');
        out.write(kind);
        ascii(out, String.format("%0" + digits + "x", cp));
    }

    static byte[] unicodeEscapeEncode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        s.codePoints().forEach(cp -> {
            if (cp == '\\') {
                ascii(out, "\\\\");
            } else if (cp == '\t') {
                ascii(out, "\\t");
            } else if (cp == '\n') {
                ascii(out, "\\n");
            } else if (cp == '\r') {
                ascii(out, "\\r");
            } else if (cp >= 0x20 && cp < 0x7f) {
                out.write(cp);
            } else if (cp < 0x100) {
                hex(out, 'x', cp, 2);
            } else if (cp < 0x10000) {
                hex(out, 'u', cp, 4);
            } else {
                hex(out, 'U', cp, 8);
            }
        });
        return out.toByteArray();
    }

    static byte[] rawUnicodeEscapeEncode(String s) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        s.codePoints().forEach(cp -> {
            if (cp < 0x100) {
                out.write(cp);
            } else if (cp < 0x10000) {
                hex(out, 'u', cp, 4);
            } else {
                hex(out, 'U', cp, 8);
            }
        });
        return out.toByteArray();
    }

    /** A decoded text, how many bytes it consumed, and the warning its first invalid escape deserves (or null). */
    record Decoded(String text, int consumed, String warning) {
    }

    /** The DeprecationWarning text for an escape the decoders keep as it is, or for an octal escape above 0o377. */
    private static String invalid(byte[] b, int at, boolean octal) {
        String seq = new String(b, at, octal ? Math.min(3, b.length - at) : 1, java.nio.charset.StandardCharsets.ISO_8859_1);
        return octal ? "invalid octal escape sequence '\\" + seq + "'" : "invalid escape sequence '\\" + seq + "'";
    }

    /**
     * {@code unicode_escape} (raw: {@code raw_unicode_escape}, which knows only \\u and \\U)
     * decoding; when not {@code fin}, an escape cut short at the end is left for the next call.
     */
    static Decoded unicodeEscapeDecode(byte[] b, String errors, boolean fin, boolean raw) {
        String enc = raw ? "rawunicodeescape" : "unicodeescape";
        StringBuilder out = new StringBuilder(b.length);
        String warning = null;
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                out.append((char) c);
                i++;
                continue;
            }
            int start = i;
            if (i + 1 >= n) {
                if (!fin) {
                    return new Decoded(out.toString(), start, warning);
                }
                if (raw) {
                    out.append('\\');
                    i++;
                } else {
                    i = Codecs.decodeError(out, b, start, n, enc, errors, "\\ at end of string");
                }
                continue;
            }
            int e = b[i + 1] & 0xff;
            if (raw && e != 'u' && e != 'U') {
                out.append('\\').append((char) e);
                i += 2;
                continue;
            }
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\' -> out.append('\\');
                case '\'' -> out.append('\'');
                case '"' -> out.append('"');
                case 'a' -> out.append('\u0007');
                case 'b' -> out.append('\b');
                case 'f' -> out.append('\f');
                case 'n' -> out.append('\n');
                case 'r' -> out.append('\r');
                case 't' -> out.append('\t');
                case 'v' -> out.append('\u000b');
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) {
                        v = v * 8 + b[i++] - '0';
                    }
                    if (v > 0377 && warning == null) {
                        warning = invalid(b, start + 1, true);
                    }
                    out.append((char) v);
                }
                case 'x', 'u', 'U' -> {
                    int digits = e == 'x' ? 2 : e == 'u' ? 4 : 8;
                    int v = 0;
                    int k = 0;
                    for (; k < digits && i < n && Character.digit(b[i], 16) >= 0; k++) {
                        v = v << 4 | Character.digit(b[i++], 16);
                    }
                    if (k < digits) {
                        if (!fin && i >= n) {
                            return new Decoded(out.toString(), start, warning);
                        }
                        String what = e == 'x' ? "\\xXX" : e == 'u' ? "\\uXXXX" : "\\UXXXXXXXX";
                        i = Codecs.decodeError(out, b, start, i, enc, errors, "truncated " + what + " escape");
                    } else if (v < 0 || v > 0x10ffff) {
                        i = Codecs.decodeError(out, b, start, i, enc, errors, "illegal Unicode character");
                    } else {
                        out.appendCodePoint(v);
                    }
                }
                case 'N' -> i = namedEscape(out, b, start, i, errors, fin);
                default -> {
                    if (warning == null) {
                        warning = invalid(b, start + 1, false);
                    }
                    out.append('\\').append((char) e);
                }
            }
            if (i < 0) {
                return new Decoded(out.toString(), start, warning);
            }
        }
        return new Decoded(out.toString(), n, warning);
    }

    /** A \\N{NAME} escape whose name starts at {@code i}; returns where decoding resumes, -1 to wait for more data. */
    private static int namedEscape(StringBuilder out, byte[] b, int start, int i, String errors, boolean fin) {
        int n = b.length;
        if (i < n && b[i] == '{') {
            int close = i + 1;
            while (close < n && b[close] != '}') {
                close++;
            }
            if (close < n && close > i + 1) {
                String name = new String(b, i + 1, close - i - 1, java.nio.charset.StandardCharsets.ISO_8859_1);
                int cp = UnicodeNames.lookup(name);
                if (cp >= 0) {
                    out.appendCodePoint(cp);
                    return close + 1;
                }
                return Codecs.decodeError(out, b, start, close + 1, "unicodeescape", errors, "unknown Unicode character name");
            }
            if (close >= n && !fin) {
                return -1;
            }
            return Codecs.decodeError(out, b, start, close >= n ? n : close + 1, "unicodeescape", errors,
                    "malformed \\N character escape");
        }
        if (i >= n && !fin) {
            return -1;
        }
        return Codecs.decodeError(out, b, start, Math.min(i, n), "unicodeescape", errors, "malformed \\N character escape");
    }

    static byte[] escapeEncode(byte[] b) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length + 8);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == '\\' || c == '\'') {
                out.write('\\');
                out.write(c);
            } else if (c == '\t') {
                ascii(out, "\\t");
            } else if (c == '\n') {
                ascii(out, "\\n");
            } else if (c == '\r') {
                ascii(out, "\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                hex(out, 'x', c, 2);
            } else {
                out.write(c);
            }
        }
        return out.toByteArray();
    }

    static Decoded escapeDecode(byte[] b, String errors) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        String warning = null;
        int n = b.length;
        int i = 0;
        while (i < n) {
            int c = b[i] & 0xff;
            if (c != '\\') {
                out.write(c);
                i++;
                continue;
            }
            if (i + 1 >= n) {
                throw PyErr.valueError("Trailing \\ in string");
            }
            int e = b[i + 1] & 0xff;
            i += 2;
            switch (e) {
                case '\n' -> {
                }
                case '\\', '\'', '"' -> out.write(e);
                case 'a' -> out.write(7);
                case 'b' -> out.write(8);
                case 'f' -> out.write(12);
                case 'n' -> out.write(10);
                case 'r' -> out.write(13);
                case 't' -> out.write(9);
                case 'v' -> out.write(11);
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = e - '0';
                    for (int k = 0; k < 2 && i < n && b[i] >= '0' && b[i] <= '7'; k++) {
                        v = v * 8 + b[i++] - '0';
                    }
                    if (v > 0377 && warning == null) {
                        warning = invalid(b, i - 3, true);
                    }
                    out.write(v & 0xff);
                }
                case 'x' -> {
                    if (i + 1 < n && Character.digit(b[i], 16) >= 0 && Character.digit(b[i + 1], 16) >= 0) {
                        out.write(Character.digit(b[i], 16) << 4 | Character.digit(b[i + 1], 16));
                        i += 2;
                    } else if (errors == null || errors.equals("strict")) {
                        throw PyErr.valueError("invalid \\x escape at position %d", i - 2);
                    } else if (errors.equals("replace")) {
                        out.write('?');
                        i = skipHex(b, i);
                    } else if (errors.equals("ignore")) {
                        i = skipHex(b, i);
                    } else {
                        throw PyErr.valueError("decoding error; unknown error handling code: %s", errors);
                    }
                }
                default -> {
                    if (warning == null) {
                        warning = invalid(b, i - 1, false);
                    }
                    out.write('\\');
                    out.write(e);
                }
            }
        }
        return new Decoded(new String(out.toByteArray(), java.nio.charset.StandardCharsets.ISO_8859_1), n, warning);
    }

    private static int skipHex(byte[] b, int i) {
        return i < b.length && Character.digit(b[i], 16) >= 0 ? i + 1 : i;
    }
}
