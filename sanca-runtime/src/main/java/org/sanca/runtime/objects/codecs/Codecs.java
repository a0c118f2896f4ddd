package org.sanca.runtime.objects.codecs;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * The builtin codecs {@code utf-8}, {@code ascii}, {@code latin-1}, {@code utf-16} and
 * {@code utf-32} (with their {@code -le}/{@code -be} forms) and the standard error handlers:
 * CPython's {@code Objects/unicodeobject.c} codecs and {@code Python/codecs.c} handlers.
 */
public final class Codecs {
    private Codecs() {
    }

    /** The canonical name of a builtin codec's encoding, or null for the others (found through the registry). */
    public static String canonical(String encoding) {
        String e = encoding.toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
        return switch (e) {
            case "utf_8", "utf8", "u8", "utf", "cp65001" -> "utf-8";
            case "utf_8_sig", "utf8_sig" -> "utf-8-sig";
            case "ascii", "us_ascii", "646" -> "ascii";
            case "latin_1", "latin1", "latin", "l1", "iso_8859_1", "iso8859_1", "8859", "cp819", "iso_ir_100" -> "latin-1";
            case "utf_16", "utf16", "u16" -> "utf-16";
            case "utf_16_le", "utf_16le" -> "utf-16-le";
            case "utf_16_be", "utf_16be" -> "utf-16-be";
            case "utf_32", "utf32", "u32" -> "utf-32";
            case "utf_32_le", "utf_32le" -> "utf-32-le";
            case "utf_32_be", "utf_32be" -> "utf-32-be";
            default -> null;
        };
    }

    /** The canonical name of a builtin codec's encoding, or LookupError for any other. */
    public static String normalize(String encoding) {
        String c = canonical(encoding);
        if (c == null) {
            throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
        }
        return c;
    }

    private static String text(PyObject o, String what, String dflt) {
        if (o == null) {
            return dflt;
        }
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("%s() argument '%s' must be str, not %s", what.split(":")[0], what.split(":")[1],
                    PyStr.argTypeName(o));
        }
        return s.value();
    }

    /** {@code str.encode(encoding, errors)}. */
    public static PyBytes encode(PyStr s, PyObject encoding, PyObject errors) {
        String name = text(encoding, "encode:encoding", "utf-8");
        String err = text(errors, "encode:errors", "strict");
        String enc = canonical(name);
        if (enc != null) {
            return new PyBytes(encode(s.value(), enc, err));
        }
        PyObject r = viaRegistry(s, name, err, true);
        if (!(r instanceof PyBytes b)) {
            throw PyErr.typeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() to encode to arbitrary types",
                    name, PyErr.typeName(r));
        }
        return b;
    }

    /** {@code bytes.decode(encoding, errors)}. */
    public static PyStr decode(byte[] b, int off, int len, PyObject encoding, PyObject errors) {
        String name = text(encoding, "decode:encoding", "utf-8");
        String err = text(errors, "decode:errors", "strict");
        return decodeText(b, off, len, name, err);
    }

    private static PyStr decodeText(byte[] b, int off, int len, String name, String err) {
        String enc = canonical(name);
        if (enc != null) {
            return PyStr.of(Decoder.decode(b, off, len, enc, err));
        }
        PyObject data = new PyBytes(off == 0 && len == b.length ? b : java.util.Arrays.copyOfRange(b, off, off + len));
        PyObject r = viaRegistry(data, name, err, false);
        if (!(r instanceof PyStr s)) {
            throw PyErr.typeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() to decode to arbitrary types",
                    name, PyErr.typeName(r));
        }
        return s;
    }

    /** Runs a text codec found through the registry: {@code _PyCodec_EncodeText}/{@code _PyCodec_DecodeText}. */
    private static PyObject viaRegistry(PyObject value, String name, String errors, boolean encode) {
        PyObject info = CodecRegistry.current().lookup(name);
        PyObject isText = Abstract.lookupAttr(info, PyStr.of("_is_text_encoding"));
        if (isText != null && !Abstract.isTrue(isText)) {
            throw PyErr.format(PyExc.LookupError, "'%s' is not a text encoding; use %s() to handle arbitrary codecs", name,
                    encode ? "codecs.encode" : "codecs.decode");
        }
        return run(info, value, errors, encode);
    }

    /** Calls the encoder or decoder of CodecInfo {@code info} and returns the first item of its result. */
    public static PyObject run(PyObject info, PyObject value, String errors, boolean encode) {
        PyObject f = Abstract.getItem(info, PyInt.of(encode ? 0 : 1));
        PyObject r = errors == null ? Abstract.call(f, value) : Abstract.call(f, value, PyStr.of(errors));
        if (!(r instanceof org.sanca.runtime.objects.PyTuple t) || t.size() != 2) {
            throw PyErr.typeError(encode ? "encoder must return a tuple (object, integer)"
                    : "decoder must return a tuple (object,integer)");
        }
        return t.get(0);
    }

    /** Reports undecodable {@code b[start:end]} to handler {@code errors}; returns where decoding resumes. */
    public static int decodeError(StringBuilder out, byte[] b, int start, int end, String enc, String errors, String reason) {
        return ErrorHandlers.decodeError(out, b, 0, b.length, start, end, enc, errors == null ? "strict" : errors, reason);
    }

    /** A builtin codec's decoding of {@code b}, and the bytes it consumed (fewer when not {@code fin}). */
    public static Object[] decodeStateful(byte[] b, String enc, String errors, boolean fin) {
        int tail = fin ? 0 : Decoder.incompleteTail(b, 0, b.length, enc);
        String text = Decoder.decode(b, 0, b.length - tail, enc, errors == null ? "strict" : errors);
        return new Object[] {text, b.length - tail};
    }

    /** {@code str(obj, encoding, errors)}: obj must be bytes-like. */
    public static PyStr decodeToStr(PyObject obj, PyObject encoding, PyObject errors) {
        if (obj instanceof PyStr) {
            throw PyErr.typeError("decoding str is not supported");
        }
        String encName = text(encoding, "str:encoding", "utf-8");
        String err = text(errors, "str:errors", "strict");
        byte[] b = PyBytes.bufferOrNull(obj);
        if (b == null) {
            throw PyErr.typeError("decoding to str: need a bytes-like object, %s found", PyErr.typeName(obj));
        }
        return decodeText(b, 0, b.length, encName, err);
    }

    /** Encodes {@code s} with canonical encoding {@code enc} and error handler {@code errors}. */
    public static byte[] encode(String s, String enc, String errors) {
        if (enc.equals("utf-8-sig")) {
            byte[] body = encode(s, "utf-8", errors);
            byte[] out = new byte[body.length + 3];
            out[0] = (byte) 0xef;
            out[1] = (byte) 0xbb;
            out[2] = (byte) 0xbf;
            System.arraycopy(body, 0, out, 3, body.length);
            return out;
        }
        byte[] fast = encodeFast(s, enc);
        if (fast != null) {
            return fast;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length() + 8);
        int limit = enc.equals("ascii") ? 128 : enc.equals("latin-1") ? 256 : Integer.MAX_VALUE;
        if (enc.equals("utf-16")) {
            unit(out, 0xfeff, 2, false);
        } else if (enc.equals("utf-32")) {
            unit(out, 0xfeff, 4, false);
        }
        int n = s.length();
        int i = 0;
        while (i < n) {
            int cp = s.codePointAt(i);
            int len = Character.charCount(cp);
            boolean surrogate = cp >= 0xd800 && cp <= 0xdfff;
            if (cp < limit && !surrogate) {
                put(out, cp, enc);
                i += len;
                continue;
            }
            int end = i + len;
            while (end < n) {
                int c2 = s.codePointAt(end);
                boolean bad2 = limit == Integer.MAX_VALUE ? c2 >= 0xd800 && c2 <= 0xdfff : c2 >= limit || (c2 >= 0xd800 && c2 <= 0xdfff);
                if (!bad2) {
                    break;
                }
                end += Character.charCount(c2);
            }
            String reason = limit == Integer.MAX_VALUE ? "surrogates not allowed" : "ordinal not in range(" + limit + ")";
            i = ErrorHandlers.encodeError(out, s, i, end, enc, errors, reason);
        }
        return out.toByteArray();
    }

    /** The encoding of text that has nothing to report (no lone surrogates, nothing out of range), or null. */
    private static byte[] encodeFast(String s, String enc) {
        switch (enc) {
            case "utf-8" -> {
                for (int i = 0; i < s.length(); i++) {
                    char c = s.charAt(i);
                    if (Character.isSurrogate(c) && !(Character.isHighSurrogate(c) && i + 1 < s.length()
                            && Character.isLowSurrogate(s.charAt(++i)))) {
                        return null;
                    }
                }
                return s.getBytes(java.nio.charset.StandardCharsets.UTF_8);
            }
            case "ascii", "latin-1" -> {
                int limit = enc.equals("ascii") ? 128 : 256;
                byte[] out = new byte[s.length()];
                for (int i = 0; i < out.length; i++) {
                    char c = s.charAt(i);
                    if (c >= limit) {
                        return null;
                    }
                    out[i] = (byte) c;
                }
                return out;
            }
            default -> {
                return null;
            }
        }
    }

    /** Writes code point {@code cp} in the byte form of {@code enc}. */
    static void put(ByteArrayOutputStream out, int cp, String enc) {
        switch (enc) {
            case "utf-8" -> utf8(out, cp);
            case "ascii", "latin-1" -> out.write(cp);
            case "utf-16", "utf-16-le", "utf-16-be" -> {
                boolean be = enc.equals("utf-16-be");
                if (cp >= 0x10000) {
                    unit(out, Character.highSurrogate(cp), 2, be);
                    unit(out, Character.lowSurrogate(cp), 2, be);
                } else {
                    unit(out, cp, 2, be);
                }
            }
            default -> unit(out, cp, 4, enc.equals("utf-32-be"));
        }
    }

    static void utf8(ByteArrayOutputStream out, int cp) {
        if (cp < 0x80) {
            out.write(cp);
        } else if (cp < 0x800) {
            out.write(0xc0 | cp >> 6);
            out.write(0x80 | cp & 0x3f);
        } else if (cp < 0x10000) {
            out.write(0xe0 | cp >> 12);
            out.write(0x80 | cp >> 6 & 0x3f);
            out.write(0x80 | cp & 0x3f);
        } else {
            out.write(0xf0 | cp >> 18);
            out.write(0x80 | cp >> 12 & 0x3f);
            out.write(0x80 | cp >> 6 & 0x3f);
            out.write(0x80 | cp & 0x3f);
        }
    }

    private static void unit(ByteArrayOutputStream out, int v, int size, boolean bigEndian) {
        for (int k = 0; k < size; k++) {
            int shift = bigEndian ? (size - 1 - k) * 8 : k * 8;
            out.write(v >> shift & 0xff);
        }
    }

    /** A UnicodeEncodeError/UnicodeDecodeError with CPython's arguments, made by calling its type so its members are set. */
    static PyBaseException unicodeError(boolean encode, String enc, PyObject object, int start, int end, String reason) {
        return (PyBaseException) Abstract.call(encode ? PyExc.UnicodeEncodeError : PyExc.UnicodeDecodeError,
                PyStr.of(enc), object, PyInt.of(start), PyInt.of(end), PyStr.of(reason));
    }
}
