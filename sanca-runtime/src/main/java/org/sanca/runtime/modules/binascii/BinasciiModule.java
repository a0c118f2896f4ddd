package org.sanca.runtime.modules.binascii;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.ModuleErrors;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code binascii} module: CPython's {@code Modules/binascii.c}. Hex, base64 (with
 * {@code strict_mode}), uuencode and quoted-printable codings, CRC-32 and CRC-CCITT, with the
 * {@code binascii.Error} messages CPython gives.
 */
public final class BinasciiModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public BinasciiModule() {
    }

    @Override
    public String name() {
        return "binascii";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(BinasciiModule.class, module)) {
            d.setItem(PyStr.of(f.def.name), f);
        }
        for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(QuotedPrintable.class, module)) {
            d.setItem(PyStr.of(f.def.name), f);
        }
        d.setItem(PyStr.of("Error"), ModuleErrors.newClass("binascii", "Error", PyExc.ValueError));
        d.setItem(PyStr.of("Incomplete"), ModuleErrors.newClass("binascii", "Incomplete", PyExc.Exception));
        d.setItem(PyStr.of("__doc__"), PyStr.of("Conversion between binary data and ASCII"));
    }

    /** binascii.Error with a message. */
    static PyException error(String format, Object... args) {
        return ModuleErrors.raise("binascii", "Error", format, args);
    }

    /** An argument that may be ASCII text or a bytes-like object: CPython's {@code ascii_buffer_converter}. */
    static byte[] asciiData(PyObject o) {
        if (o instanceof PyStr s) {
            if (!s.isascii()) {
                throw PyErr.valueError("string argument should contain only ASCII characters");
            }
            return s.value().getBytes(StandardCharsets.ISO_8859_1);
        }
        byte[] b = Buffers.readOrNull(o);
        if (b == null) {
            throw PyErr.typeError("argument should be bytes, buffer or ASCII string, not '%s'", PyErr.typeName(o));
        }
        return b;
    }

    @PyMethod("($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)")
    static PyObject hexlify(PyObject data, PyObject sep, PyObject bytesPerSep) {
        PyStr hex = new PyBytes(Buffers.read(data)).hex(sep, bytesPerSep);
        return new PyBytes(hex.value().getBytes(StandardCharsets.ISO_8859_1));
    }

    @PyMethod("($module, /, data, sep=<unrepresentable>, bytes_per_sep=1)")
    static PyObject b2a_hex(PyObject data, PyObject sep, PyObject bytesPerSep) {
        return hexlify(data, sep, bytesPerSep);
    }

    @PyMethod("($module, hexstr, /)")
    static PyObject unhexlify(PyObject hexstr) {
        byte[] a = asciiData(hexstr);
        if (a.length % 2 != 0) {
            throw error("Odd-length string");
        }
        byte[] out = new byte[a.length / 2];
        for (int i = 0; i < out.length; i++) {
            int hi = Character.digit(a[2 * i] & 0xff, 16);
            int lo = Character.digit(a[2 * i + 1] & 0xff, 16);
            if (hi < 0 || lo < 0) {
                throw error("Non-hexadecimal digit found");
            }
            out[i] = (byte) (hi << 4 | lo);
        }
        return new PyBytes(out);
    }

    @PyMethod("($module, hexstr, /)")
    static PyObject a2b_hex(PyObject hexstr) {
        return unhexlify(hexstr);
    }

    @PyMethod("($module, data, /, *, newline=True)")
    static PyObject b2a_base64(PyObject data, PyObject newline) {
        byte[] enc = java.util.Base64.getEncoder().encode(Buffers.read(data));
        if (!Abstract.isTrue(newline)) {
            return new PyBytes(enc);
        }
        byte[] out = java.util.Arrays.copyOf(enc, enc.length + 1);
        out[enc.length] = '\n';
        return new PyBytes(out);
    }

    @PyMethod("($module, data, /, *, strict_mode=False)")
    static PyObject a2b_base64(PyObject data, PyObject strictMode) {
        return new PyBytes(Base64Decoder.decode(asciiData(data), Abstract.isTrue(strictMode)));
    }

    @PyMethod("($module, data, crc=0, /)")
    static PyObject crc32(PyObject data, PyObject crc) {
        long start = Abstract.index(crc).bigValue().longValue() & 0xffffffffL;
        return PyInt.of(Crc.crc32(Buffers.read(data), (int) start) & 0xffffffffL);
    }

    @PyMethod("($module, data, crc, /)")
    static PyObject crc_hqx(PyObject data, PyObject crc) {
        int start = (int) (Abstract.index(crc).bigValue().longValue() & 0xffff);
        return PyInt.of(Crc.crcHqx(Buffers.read(data), start));
    }

    @PyMethod("($module, data, /, *, backtick=False)")
    static PyObject b2a_uu(PyObject data, PyObject backtick) {
        byte[] b = Buffers.read(data);
        boolean bt = Abstract.isTrue(backtick);
        if (b.length > 45) {
            throw error("At most 45 bytes at once");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(uuChar(b.length, bt));
        for (int i = 0; i < b.length; i += 3) {
            int v = (b[i] & 0xff) << 16 | (i + 1 < b.length ? (b[i + 1] & 0xff) << 8 : 0) | (i + 2 < b.length ? b[i + 2] & 0xff : 0);
            for (int k = 18; k >= 0; k -= 6) {
                out.write(uuChar(v >> k & 0x3f, bt));
            }
        }
        out.write('\n');
        return new PyBytes(out.toByteArray());
    }

    private static int uuChar(int v, boolean backtick) {
        return v == 0 && backtick ? '`' : ' ' + v;
    }

    @PyMethod("($module, data, /)")
    static PyObject a2b_uu(PyObject data) {
        byte[] a = asciiData(data);
        int i = 0;
        int n = a.length == 0 ? 0 : (a[0] - ' ') & 0x3f;
        byte[] out = new byte[n];
        int have = 0;
        int acc = 0;
        int bits = 0;
        for (i = 1; have < n; i++) {
            int c = i < a.length ? a[i] & 0xff : ' ';
            if (c == '\n' || c == '\r') {
                c = ' ';
                i = a.length;
            } else if (c < ' ' || c > ' ' + 64) {
                throw error("Illegal char");
            }
            acc = acc << 6 | ((c - ' ') & 0x3f);
            bits += 6;
            if (bits >= 8) {
                bits -= 8;
                out[have++] = (byte) (acc >> bits);
                acc &= (1 << bits) - 1;
            }
        }
        for (; i < a.length; i++) {
            int c = a[i] & 0xff;
            if (c != ' ' && c != ' ' + 64 && c != '\n' && c != '\r') {
                throw error("Trailing garbage");
            }
        }
        return new PyBytes(out);
    }
}
