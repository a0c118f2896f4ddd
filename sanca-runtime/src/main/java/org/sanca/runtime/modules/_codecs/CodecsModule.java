package org.sanca.runtime.modules._codecs;

import java.nio.charset.StandardCharsets;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.codecs.CodecRegistry;
import org.sanca.runtime.objects.codecs.Codecs;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code _codecs} module ({@code Modules/_codecsmodule.c}): the codec registry and error
 * handlers, and the encoders and decoders of the builtin codecs in the form the
 * {@code encodings} package calls them, returning the result and the length consumed.
 */
public final class CodecsModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public CodecsModule() {
    }

    @Override
    public String name() {
        return "_codecs";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(CodecsModule.class, module)) {
            module.getDict().setItem(PyStr.of(f.def.name), f);
        }
    }

    private static String str(PyObject o, String func, int n) {
        if (o instanceof PyStr s) {
            return s.value();
        }
        throw PyErr.typeError("%s() argument %d must be str, not %s", func, n, PyStr.argTypeName(o));
    }

    private static String errors(PyObject o, String func) {
        if (o == null || o == PyNone.NONE) {
            return null;
        }
        return str(o, func, 2);
    }

    private static String strict(String errors) {
        return errors == null ? "strict" : errors;
    }

    private static byte[] data(PyObject o) {
        byte[] b = PyBytes.bufferOrNull(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", PyErr.typeName(o));
        }
        return b;
    }

    /** Data for the escape decoders, which also take str (as its UTF-8 bytes). */
    private static byte[] dataOrStr(PyObject o) {
        return o instanceof PyStr s ? s.value().getBytes(StandardCharsets.UTF_8) : data(o);
    }

    private static PyTuple pair(PyObject value, int consumed) {
        return PyTuple.of(value, PyInt.of(consumed));
    }

    private static PyTuple encoded(byte[] b, String s) {
        return pair(new PyBytes(b), s.codePointCount(0, s.length()));
    }

    private static PyTuple decoded(byte[] b, String enc, PyObject errors, PyObject fin, String func) {
        boolean last = fin != null && Abstract.isTrue(fin);
        Object[] r = Codecs.decodeStateful(b, enc, errors(errors, func), last);
        return pair(PyStr.of((String) r[0]), (Integer) r[1]);
    }

    private static PyTuple encodeWith(PyObject str, PyObject errors, String enc, String func) {
        String s = str(str, func, 1);
        return encoded(Codecs.encode(s, enc, strict(errors(errors, func))), s);
    }

    /** Issues the DeprecationWarning of an invalid escape, attributed to the Python code that called the decoder. */
    private static void deprecated(String message) {
        if (message != null) {
            org.sanca.runtime.objects.Warnings.deprecated(message);
        }
    }

    // ---- the registry ----

    @PyMethod("($module, search_function, /)")
    static PyObject register(PyObject search) {
        CodecRegistry.current().register(search);
        return PyNone.NONE;
    }

    @PyMethod("($module, search_function, /)")
    static PyObject unregister(PyObject search) {
        CodecRegistry.current().unregister(search);
        return PyNone.NONE;
    }

    @PyMethod("($module, encoding, /)")
    static PyObject lookup(PyObject encoding) {
        String name = str(encoding, "lookup", 1);
        if (name.indexOf('\0') >= 0) {
            throw PyErr.valueError("embedded null character");
        }
        return CodecRegistry.current().lookup(name);
    }

    @PyMethod("($module, encoding, /)")
    static PyObject _forget_codec(PyObject encoding) {
        CodecRegistry.current().forget(str(encoding, "_forget_codec", 1));
        return PyNone.NONE;
    }

    private static PyObject convert(PyObject obj, PyObject encoding, PyObject errors, boolean encode) {
        String func = encode ? "encode" : "decode";
        String enc = encoding == null ? "utf-8" : PyStr.arg(encoding, func + "() argument 'encoding'");
        String err = errors == null ? "strict" : PyStr.arg(errors, func + "() argument 'errors'");
        return Codecs.run(CodecRegistry.current().lookup(enc), obj, err, encode);
    }

    @PyMethod("($module, /, obj, encoding='utf-8', errors='strict')")
    static PyObject encode(PyObject obj, PyObject encoding, PyObject errors) {
        return convert(obj, encoding, errors, true);
    }

    @PyMethod("($module, /, obj, encoding='utf-8', errors='strict')")
    static PyObject decode(PyObject obj, PyObject encoding, PyObject errors) {
        return convert(obj, encoding, errors, false);
    }

    @PyMethod("($module, errors, handler, /)")
    static PyObject register_error(PyObject errors, PyObject handler) {
        CodecRegistry.current().registerError(str(errors, "register_error", 1), handler);
        return PyNone.NONE;
    }

    @PyMethod("($module, name, /)")
    static PyObject lookup_error(PyObject name) {
        return CodecRegistry.current().lookupError(str(name, "lookup_error", 1));
    }

    // ---- UTF-8, Latin-1, ASCII ----

    @PyMethod("($module, str, errors=None, /)")
    static PyObject utf_8_encode(PyObject str, PyObject errors) {
        return encodeWith(str, errors, "utf-8", "utf_8_encode");
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    static PyObject utf_8_decode(PyObject data, PyObject errors, PyObject fin) {
        return decoded(data(data), "utf-8", errors, fin, "utf_8_decode");
    }

    @PyMethod("($module, str, errors=None, /)")
    static PyObject latin_1_encode(PyObject str, PyObject errors) {
        return encodeWith(str, errors, "latin-1", "latin_1_encode");
    }

    @PyMethod("($module, data, errors=None, /)")
    static PyObject latin_1_decode(PyObject data, PyObject errors) {
        return decoded(data(data), "latin-1", errors, PyBool.TRUE, "latin_1_decode");
    }

    @PyMethod("($module, str, errors=None, /)")
    static PyObject ascii_encode(PyObject str, PyObject errors) {
        return encodeWith(str, errors, "ascii", "ascii_encode");
    }

    @PyMethod("($module, data, errors=None, /)")
    static PyObject ascii_decode(PyObject data, PyObject errors) {
        return decoded(data(data), "ascii", errors, PyBool.TRUE, "ascii_decode");
    }

    // ---- UTF-16 and UTF-32 ----

    private static String order(String base, PyObject byteorder) {
        long bo = byteorder == null ? 0 : Abstract.index(byteorder).value;
        return bo == 0 ? base : bo < 0 ? base + "-le" : base + "-be";
    }

    @PyMethod("($module, str, errors=None, byteorder=0, /)")
    static PyObject utf_16_encode(PyObject str, PyObject errors, PyObject byteorder) {
        return encodeWith(str, errors, order("utf-16", byteorder), "utf_16_encode");
    }

    @PyMethod("($module, str, errors=None, /)")
    static PyObject utf_16_le_encode(PyObject str, PyObject errors) {
        return encodeWith(str, errors, "utf-16-le", "utf_16_le_encode");
    }

    @PyMethod("($module, str, errors=None, /)")
    static PyObject utf_16_be_encode(PyObject str, PyObject errors) {
        return encodeWith(str, errors, "utf-16-be", "utf_16_be_encode");
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    static PyObject utf_16_decode(PyObject data, PyObject errors, PyObject fin) {
        PyTuple r = exDecode(data(data), "utf-16", errors, 0, fin, "utf_16_decode");
        return PyTuple.of(r.get(0), r.get(1));
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    static PyObject utf_16_le_decode(PyObject data, PyObject errors, PyObject fin) {
        return decoded(data(data), "utf-16-le", errors, fin, "utf_16_le_decode");
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    static PyObject utf_16_be_decode(PyObject data, PyObject errors, PyObject fin) {
        return decoded(data(data), "utf-16-be", errors, fin, "utf_16_be_decode");
    }

    @PyMethod("($module, data, errors=None, byteorder=0, final=False, /)")
    static PyObject utf_16_ex_decode(PyObject data, PyObject errors, PyObject byteorder, PyObject fin) {
        return exDecode(data(data), "utf-16", errors, (int) Abstract.index(byteorder == null ? PyInt.of(0) : byteorder).value,
                fin, "utf_16_ex_decode");
    }

    @PyMethod("($module, str, errors=None, byteorder=0, /)")
    static PyObject utf_32_encode(PyObject str, PyObject errors, PyObject byteorder) {
        return encodeWith(str, errors, order("utf-32", byteorder), "utf_32_encode");
    }

    @PyMethod("($module, str, errors=None, /)")
    static PyObject utf_32_le_encode(PyObject str, PyObject errors) {
        return encodeWith(str, errors, "utf-32-le", "utf_32_le_encode");
    }

    @PyMethod("($module, str, errors=None, /)")
    static PyObject utf_32_be_encode(PyObject str, PyObject errors) {
        return encodeWith(str, errors, "utf-32-be", "utf_32_be_encode");
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    static PyObject utf_32_decode(PyObject data, PyObject errors, PyObject fin) {
        PyTuple r = exDecode(data(data), "utf-32", errors, 0, fin, "utf_32_decode");
        return PyTuple.of(r.get(0), r.get(1));
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    static PyObject utf_32_le_decode(PyObject data, PyObject errors, PyObject fin) {
        return decoded(data(data), "utf-32-le", errors, fin, "utf_32_le_decode");
    }

    @PyMethod("($module, data, errors=None, final=False, /)")
    static PyObject utf_32_be_decode(PyObject data, PyObject errors, PyObject fin) {
        return decoded(data(data), "utf-32-be", errors, fin, "utf_32_be_decode");
    }

    @PyMethod("($module, data, errors=None, byteorder=0, final=False, /)")
    static PyObject utf_32_ex_decode(PyObject data, PyObject errors, PyObject byteorder, PyObject fin) {
        return exDecode(data(data), "utf-32", errors, (int) Abstract.index(byteorder == null ? PyInt.of(0) : byteorder).value,
                fin, "utf_32_ex_decode");
    }

    /**
     * UTF-16/32 decoding that reads a byte order mark when {@code byteorder} is 0: (text,
     * consumed, byte order found: -1 little-endian, 1 big-endian, 0 none yet).
     */
    private static PyTuple exDecode(byte[] b, String base, PyObject errors, int byteorder, PyObject fin, String func) {
        int width = base.equals("utf-16") ? 2 : 4;
        int skip = 0;
        int bo = byteorder;
        if (bo == 0) {
            if (b.length < width && !(fin != null && Abstract.isTrue(fin))) {
                return PyTuple.of(PyStr.of(""), PyInt.of(0), PyInt.of(0));
            }
            if (b.length >= width) {
                boolean le = width == 2 ? (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe
                        : (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xfe && b[2] == 0 && b[3] == 0;
                boolean be = width == 2 ? (b[0] & 0xff) == 0xfe && (b[1] & 0xff) == 0xff
                        : b[0] == 0 && b[1] == 0 && (b[2] & 0xff) == 0xfe && (b[3] & 0xff) == 0xff;
                bo = le ? -1 : be ? 1 : 0;
                skip = le || be ? width : 0;
            }
        }
        byte[] rest = skip == 0 ? b : java.util.Arrays.copyOfRange(b, skip, b.length);
        PyTuple r = decoded(rest, bo > 0 ? base + "-be" : base + "-le", errors, fin, func);
        return PyTuple.of(r.get(0), PyInt.of(((PyInt) r.get(1)).value + skip), PyInt.of(bo));
    }

    // ---- charmap ----

    @PyMethod("($module, str, errors=None, mapping=None, /)")
    static PyObject charmap_encode(PyObject str, PyObject errors, PyObject mapping) {
        String s = str(str, "charmap_encode", 1);
        if (mapping == null || mapping == PyNone.NONE) {
            return encoded(Codecs.encode(s, "latin-1", strict(errors(errors, "charmap_encode"))), s);
        }
        return encoded(CharmapCodec.encode(s, errors(errors, "charmap_encode"), mapping), s);
    }

    @PyMethod("($module, data, errors=None, mapping=None, /)")
    static PyObject charmap_decode(PyObject data, PyObject errors, PyObject mapping) {
        byte[] b = data(data);
        if (mapping == null || mapping == PyNone.NONE) {
            return decoded(b, "latin-1", errors, PyBool.TRUE, "charmap_decode");
        }
        return pair(PyStr.of(CharmapCodec.decode(b, errors(errors, "charmap_decode"), mapping)), b.length);
    }

    @PyMethod("($module, map, /)")
    static PyObject charmap_build(PyObject map) {
        return CharmapCodec.build(str(map, "charmap_build", 1));
    }

    // ---- the escape codecs ----

    @PyMethod("($module, str, errors=None, /)")
    static PyObject unicode_escape_encode(PyObject str, PyObject errors) {
        String s = str(str, "unicode_escape_encode", 1);
        return encoded(EscapeCodecs.unicodeEscapeEncode(s), s);
    }

    @PyMethod("($module, data, errors=None, final=True, /)")
    static PyObject unicode_escape_decode(PyObject data, PyObject errors, PyObject fin) {
        EscapeCodecs.Decoded d = EscapeCodecs.unicodeEscapeDecode(dataOrStr(data), errors(errors, "unicode_escape_decode"),
                fin == null || Abstract.isTrue(fin), false);
        deprecated(d.warning());
        return pair(PyStr.of(d.text()), d.consumed());
    }

    @PyMethod("($module, str, errors=None, /)")
    static PyObject raw_unicode_escape_encode(PyObject str, PyObject errors) {
        String s = str(str, "raw_unicode_escape_encode", 1);
        return encoded(EscapeCodecs.rawUnicodeEscapeEncode(s), s);
    }

    @PyMethod("($module, data, errors=None, final=True, /)")
    static PyObject raw_unicode_escape_decode(PyObject data, PyObject errors, PyObject fin) {
        EscapeCodecs.Decoded d = EscapeCodecs.unicodeEscapeDecode(dataOrStr(data), errors(errors, "raw_unicode_escape_decode"),
                fin == null || Abstract.isTrue(fin), true);
        return pair(PyStr.of(d.text()), d.consumed());
    }

    @PyMethod("($module, data, errors=None, /)")
    static PyObject escape_encode(PyObject data, PyObject errors) {
        if (!(data instanceof PyBytes b)) {
            throw PyErr.typeError("escape_encode() argument 1 must be bytes, not %s", PyStr.argTypeName(data));
        }
        return pair(new PyBytes(EscapeCodecs.escapeEncode(b.value())), b.value().length);
    }

    @PyMethod("($module, data, errors=None, /)")
    static PyObject escape_decode(PyObject data, PyObject errors) {
        EscapeCodecs.Decoded d = EscapeCodecs.escapeDecode(dataOrStr(data), errors(errors, "escape_decode"));
        deprecated(d.warning());
        return pair(new PyBytes(d.text().getBytes(StandardCharsets.ISO_8859_1)), d.consumed());
    }

    @PyMethod("($module, data, errors=None, /)")
    static PyObject readbuffer_encode(PyObject data, PyObject errors) {
        byte[] b = dataOrStr(data);
        return pair(new PyBytes(b), b.length);
    }

    /** The 256-character decoding table of Java charset {@code name} ('\ufffe' for unmapped bytes), for the code pages. */
    @PyMethod("($module, name, /)")
    static PyObject _charset_table(PyObject name) {
        java.nio.charset.Charset cs = java.nio.charset.Charset.forName(str(name, "_charset_table", 1));
        StringBuilder table = new StringBuilder(256);
        for (int i = 0; i < 256; i++) {
            java.nio.charset.CharsetDecoder d = cs.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT);
            try {
                String c = d.decode(java.nio.ByteBuffer.wrap(new byte[] {(byte) i})).toString();
                table.append(c.length() == 1 ? c.charAt(0) : '\ufffe');
            } catch (java.nio.charset.CharacterCodingException e) {
                table.append('\ufffe');
            }
        }
        return PyStr.of(table.toString());
    }
}
