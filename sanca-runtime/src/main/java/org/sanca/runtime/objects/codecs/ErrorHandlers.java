package org.sanca.runtime.objects.codecs;

import java.io.ByteArrayOutputStream;

import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyObject;
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
                        case "namereplace" -> nameEscape(cp);
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
            default -> {
                PyObject handler = custom(errors);
                int a = s.codePointCount(0, start);
                PyBaseException exc = Codecs.unicodeError(true, enc, PyStr.of(s), a, a + s.codePointCount(start, end), reason);
                int resume = ErrorCallbacks.encode(handler, exc, out, enc, s.codePointCount(0, s.length()));
                return s.offsetByCodePoints(0, resume);
            }
        }
    }

    private static PyObject custom(String errors) {
        PyObject handler = CodecRegistry.current().registered(errors);
        if (handler == null) {
            throw unknown(errors);
        }
        return handler;
    }

    /** {@code \N{NAME}} for a named character, else its backslash escape. */
    static String nameEscape(int cp) {
        String n = org.sanca.runtime.modules.unicodedata.UnicodeNames.name(cp);
        return n != null ? "\\N{" + n + "}" : StrRepr.escape(cp);
    }

    private static RuntimeException strict(String s, int start, int end, String enc, String reason) {
        int a = s.codePointCount(0, start);
        int b = a + s.codePointCount(start, end);
        return Codecs.unicodeError(true, enc, PyStr.of(s), a, b, reason).toJava();
    }

    /**
     * Handles the undecodable bytes {@code b[start:end]}: appends the replacement to {@code out}
     * and returns the index in {@code b} where decoding resumes.
     */
    static int decodeError(StringBuilder out, byte[] b, int off, int len, int start, int end, String enc, String errors,
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
            case "surrogatepass" -> {
                int cp = Decoder.surrogateAt(b, start, enc);
                if (cp < 0 || start + width(enc) > off + len) {
                    decodeError(out, b, off, len, start, end, enc, "strict", reason);
                }
                out.append((char) cp);
                return start + width(enc);
            }
            case "xmlcharrefreplace", "namereplace" -> decodeError(out, b, off, len, start, end, enc, "strict", reason);
            default -> {
                PyObject handler = custom(errors);
                PyBaseException exc = Codecs.unicodeError(false, enc, new PyBytes(java.util.Arrays.copyOfRange(b, off, off + len)),
                        start - off, end - off, reason);
                return off + ErrorCallbacks.decode(handler, exc, out, len);
            }
        }
        return end;
    }

    private static int width(String enc) {
        return enc.startsWith("utf-16") ? 2 : enc.startsWith("utf-32") ? 4 : 3;
    }
}
