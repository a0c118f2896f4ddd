package org.sanca.runtime.objects.codecs;

import java.io.ByteArrayOutputStream;

import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.StrRepr;

/**
 * The standard codec error handlers ({@code Python/codecs.c}): {@code strict}, {@code ignore},
 * {@code replace}, {@code backslashreplace}, {@code xmlcharrefreplace}, {@code namereplace},
 * {@code surrogateescape}, {@code surrogatepass}.
 */
final class ErrorHandlers {
    private ErrorHandlers() {
    }

    private static RuntimeException unknown(String errors) {
        return PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", errors);
    }

    /** Handles the unencodable chars {@code s[start:end]} (char offsets); returns where encoding resumes. */
    static int encodeError(ByteArrayOutputStream out, String s, int start, int end, String enc, String errors, String reason) {
        switch (errors) {
            case "strict" -> throw strict(s, start, end, enc, reason);
            case "ignore" -> {
                return end;
            }
            case "replace", "backslashreplace", "xmlcharrefreplace", "namereplace" -> {
                for (int i = start; i < end; ) {
                    int cp = s.codePointAt(i);
                    i += Character.charCount(cp);
                    String r = switch (errors) {
                        case "replace" -> "?";
                        case "xmlcharrefreplace" -> "&#" + cp + ";";
                        case "namereplace" -> unicodeName(cp) != null ? "\\N{" + unicodeName(cp) + "}" : StrRepr.escape(cp);
                        default -> StrRepr.escape(cp);
                    };
                    for (int k = 0; k < r.length(); k++) {
                        Codecs.put(out, r.charAt(k), enc);
                    }
                }
                return end;
            }
            case "surrogateescape" -> {
                boolean wide = enc.startsWith("utf-16") || enc.startsWith("utf-32");
                for (int i = start; i < end; i++) {
                    char c = s.charAt(i);
                    if (c < 0xdc80 || c > 0xdcff || wide) {
                        throw strict(s, start, end, enc, reason);
                    }
                }
                for (int i = start; i < end; i++) {
                    out.write(s.charAt(i) - 0xdc00);
                }
                return end;
            }
            case "surrogatepass" -> {
                for (int i = start; i < end; i++) {
                    if (!Character.isSurrogate(s.charAt(i)) || enc.equals("ascii") || enc.equals("latin-1")) {
                        throw strict(s, start, end, enc, reason);
                    }
                }
                for (int i = start; i < end; i++) {
                    Codecs.put(out, s.charAt(i), enc);
                }
                return end;
            }
            default -> throw unknown(errors);
        }
    }

    /** The Unicode name {@code \N{...}} uses, or null for characters without one (controls, surrogates, private use). */
    private static String unicodeName(int cp) {
        switch (Character.getType(cp)) {
            case Character.CONTROL, Character.SURROGATE, Character.PRIVATE_USE, Character.UNASSIGNED -> {
                return null;
            }
            default -> {
                String n = Character.getName(cp);
                if (n != null && n.startsWith("CJK UNIFIED IDEOGRAPHS ")) {
                    return "CJK UNIFIED IDEOGRAPH-" + Integer.toHexString(cp).toUpperCase();
                }
                return n;
            }
        }
    }

    private static RuntimeException strict(String s, int start, int end, String enc, String reason) {
        int a = s.codePointCount(0, start);
        int b = a + s.codePointCount(start, end);
        return Codecs.unicodeError(true, enc, PyStr.of(s), a, b, reason).toJava();
    }

    /** Handles the undecodable bytes {@code b[start:end]}; appends the replacement to {@code out}. */
    static void decodeError(StringBuilder out, byte[] b, int off, int len, int start, int end, String enc, String errors,
                            String reason) {
        switch (errors) {
            case "strict" -> throw Codecs.unicodeError(false, enc, new PyBytes(java.util.Arrays.copyOfRange(b, off, off + len)),
                    start - off, end - off, reason).toJava();
            case "ignore" -> {
            }
            case "replace" -> out.append('\ufffd');
            case "backslashreplace" -> {
                for (int i = start; i < end; i++) {
                    out.append(String.format("\\x%02x", b[i] & 0xff));
                }
            }
            case "surrogateescape" -> {
                for (int i = start; i < end; i++) {
                    int v = b[i] & 0xff;
                    if (v < 128) {
                        decodeError(out, b, off, len, i, i + 1, enc, "strict", reason);
                    }
                    out.append((char) (0xdc00 + v));
                }
            }
            case "surrogatepass", "xmlcharrefreplace", "namereplace" -> decodeError(out, b, off, len, start, end, enc, "strict", reason);
            default -> throw unknown(errors);
        }
    }
}
