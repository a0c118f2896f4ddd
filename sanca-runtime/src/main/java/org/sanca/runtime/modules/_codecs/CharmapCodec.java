package org.sanca.runtime.modules._codecs;

import java.io.ByteArrayOutputStream;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.codecs.CodecRegistry;
import org.sanca.runtime.objects.codecs.Codecs;

/**
 * The {@code charmap} codec ({@code PyUnicode_DecodeCharmap}/{@code PyUnicode_EncodeCharmap}):
 * bytes to characters through a decoding table (a 256-character str) or a mapping, and back
 * through the mapping {@code charmap_build} makes or any mapping of code points.
 */
final class CharmapCodec {
    private static final String UNDEFINED = "character maps to <undefined>";

    private CharmapCodec() {
    }

    static String decode(byte[] b, String errors, PyObject mapping) {
        StringBuilder out = new StringBuilder(b.length);
        String table = mapping instanceof PyStr s ? s.value() : null;
        int i = 0;
        while (i < b.length) {
            int v = b[i] & 0xff;
            if (table != null) {
                char c = v < table.length() ? table.charAt(v) : '\ufffe';
                if (c != '\ufffe') {
                    out.append(c);
                    i++;
                    continue;
                }
            } else if (mapped(out, mapping, v)) {
                i++;
                continue;
            }
            i = Codecs.decodeError(out, b, i, i + 1, "charmap", errors, UNDEFINED);
        }
        return out.toString();
    }

    private static boolean mapped(StringBuilder out, PyObject mapping, int v) {
        PyObject r;
        try {
            r = Abstract.getItem(mapping, PyInt.of(v));
        } catch (PyException e) {
            if (e.matches(PyExc.LookupError)) {
                return false;
            }
            throw e;
        }
        if (r == PyNone.NONE) {
            return false;
        }
        if (r instanceof PyInt n) {
            if (n.big != null || n.value < 0 || n.value > 0x10ffff) {
                throw PyErr.typeError("character mapping must be in range(0x110000)");
            }
            if (n.value == 0xfffe) {
                return false;
            }
            out.appendCodePoint((int) n.value);
            return true;
        }
        if (r instanceof PyStr s) {
            if (s.value().equals("\ufffe")) {
                return false;
            }
            out.append(s.value());
            return true;
        }
        throw PyErr.typeError("character mapping must return integer, None or str");
    }

    /** {@code charmap_build}: the reverse of a 256-character decoding table. */
    static PyDict build(String table) {
        PyDict map = new PyDict();
        for (int i = 0; i < table.length(); i++) {
            map.setItem(PyInt.of(table.charAt(i)), PyInt.of(i));
        }
        return map;
    }

    static byte[] encode(String s, String errors, PyObject mapping) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
        int[] cps = s.codePoints().toArray();
        int i = 0;
        while (i < cps.length) {
            if (put(out, mapping, cps[i])) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < cps.length && !mappable(mapping, cps[j])) {
                j++;
            }
            i = handle(out, s, cps, i, j, errors, mapping);
        }
        return out.toByteArray();
    }

    private static boolean mappable(PyObject mapping, int cp) {
        return put(new ByteArrayOutputStream(), mapping, cp);
    }

    private static boolean put(ByteArrayOutputStream out, PyObject mapping, int cp) {
        PyObject r;
        try {
            r = Abstract.getItem(mapping, PyInt.of(cp));
        } catch (PyException e) {
            if (e.matches(PyExc.LookupError)) {
                return false;
            }
            throw e;
        }
        if (r == PyNone.NONE) {
            return false;
        }
        if (r instanceof PyInt n) {
            if (n.big != null || n.value < 0 || n.value > 255) {
                throw PyErr.typeError("character mapping must be in range(256)");
            }
            out.write((int) n.value);
            return true;
        }
        if (r instanceof PyBytes b) {
            out.writeBytes(b.value());
            return true;
        }
        throw PyErr.typeError("character mapping must return integer, bytes or None, not %s", PyErr.typeName(r));
    }

    private static int handle(ByteArrayOutputStream out, String s, int[] cps, int start, int end, String errors,
                              PyObject mapping) {
        String name = errors == null ? "strict" : errors;
        PyBaseException exc = (PyBaseException) Abstract.call(PyExc.UnicodeEncodeError, PyStr.of("charmap"), PyStr.of(s),
                PyInt.of(start), PyInt.of(end), PyStr.of(UNDEFINED));
        switch (name) {
            case "strict" -> throw exc.toJava();
            case "ignore" -> {
                return end;
            }
            default -> {
                PyObject r = Abstract.call(CodecRegistry.current().lookupError(name), exc);
                if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(1) instanceof PyInt pos)) {
                    throw PyErr.typeError("encoding error handler must return (str/bytes, int) tuple");
                }
                if (t.get(0) instanceof PyBytes b) {
                    out.writeBytes(b.value());
                } else if (t.get(0) instanceof PyStr rep) {
                    for (int cp : rep.value().codePoints().toArray()) {
                        if (!put(out, mapping, cp)) {
                            throw exc.toJava();
                        }
                    }
                } else {
                    throw PyErr.typeError("encoding error handler must return (str/bytes, int) tuple");
                }
                long p = pos.value < 0 ? pos.value + cps.length : pos.value;
                if (p < 0 || p > cps.length) {
                    throw PyErr.format(PyExc.IndexError, "position %d from error handler out of bounds", pos.value);
                }
                return (int) p;
            }
        }
    }
}
