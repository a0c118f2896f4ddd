package org.sanca.runtime.modules.zlib;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.ModuleErrors;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.modules.binascii.Crc;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code zlib} module: CPython's {@code Modules/zlibmodule.c} over {@code java.util.zip}.
 * Checksums continue from a given value; compress, decompress and the stream objects take
 * zlib's {@code wbits} (zlib, raw deflate, gzip, or either on input).
 */
public final class ZlibModule implements NativeModule {
    static final int Z_NO_FLUSH = 0;
    static final int Z_FULL_FLUSH = 3;
    static final int Z_FINISH = 4;

    private static final Object[][] CONSTANTS = {
        {"MAX_WBITS", 15}, {"DEFLATED", 8}, {"DEF_MEM_LEVEL", 8}, {"DEF_BUF_SIZE", 16384},
        {"Z_NO_COMPRESSION", 0}, {"Z_BEST_SPEED", 1}, {"Z_BEST_COMPRESSION", 9}, {"Z_DEFAULT_COMPRESSION", -1},
        {"Z_FILTERED", 1}, {"Z_HUFFMAN_ONLY", 2}, {"Z_RLE", 3}, {"Z_FIXED", 4}, {"Z_DEFAULT_STRATEGY", 0},
        {"Z_NO_FLUSH", 0}, {"Z_PARTIAL_FLUSH", 1}, {"Z_SYNC_FLUSH", 2}, {"Z_FULL_FLUSH", 3}, {"Z_FINISH", 4},
        {"Z_BLOCK", 5}, {"Z_TREES", 6},
    };

    /** The instance {@link java.util.ServiceLoader} makes. */
    public ZlibModule() {
    }

    @Override
    public String name() {
        return "zlib";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(ZlibModule.class, module)) {
            d.setItem(PyStr.of(f.def.name), f);
        }
        for (Object[] c : CONSTANTS) {
            d.setItem(PyStr.of((String) c[0]), PyInt.of((Integer) c[1]));
        }
        d.setItem(PyStr.of("ZLIB_VERSION"), PyStr.of("1.2.13"));
        d.setItem(PyStr.of("ZLIB_RUNTIME_VERSION"), PyStr.of("1.2.13"));
        d.setItem(PyStr.of("__version__"), PyStr.of("1.0"));
        d.setItem(PyStr.of("error"), ModuleErrors.newClass("zlib", "error", PyExc.Exception));
        d.setItem(PyStr.of("__doc__"), PyStr.of("The functions in this module allow compression and decompression using the\n"
                + "zlib library, which is based on GNU zip."));
    }

    /** zlib.error with a message. */
    static PyException error(String format, Object... args) {
        return ModuleErrors.raise("zlib", "error", format, args);
    }

    static int intArg(PyObject o) {
        return Abstract.index(o).intValue();
    }

    @PyMethod("($module, data, value=0, /)")
    static PyObject crc32(PyObject data, PyObject value) {
        int start = (int) Abstract.index(value).bigValue().longValue();
        return PyInt.of(Crc.crc32(Buffers.read(data), start) & 0xffffffffL);
    }

    @PyMethod("($module, data, value=1, /)")
    static PyObject adler32(PyObject data, PyObject value) {
        int start = (int) Abstract.index(value).bigValue().longValue();
        return PyInt.of(Crc.adler32(Buffers.read(data), start) & 0xffffffffL);
    }

    @PyMethod("($module, data, /, level=-1, wbits=15)")
    static PyObject compress(PyObject data, PyObject level, PyObject wbits) {
        byte[] in = Buffers.read(data);
        DeflateStream s = DeflateStream.open(intArg(level), intArg(wbits), 0, null);
        if (s == null) {
            throw error("Bad compression level");
        }
        byte[] a = s.compress(in);
        byte[] b = s.flush(Z_FINISH);
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return new PyBytes(out);
    }

    @PyMethod("($module, data, /, wbits=15, bufsize=16384)")
    static PyObject decompress(PyObject data, PyObject wbits, PyObject bufsize) {
        byte[] in = Buffers.read(data);
        if (intArg(bufsize) < 0) {
            throw PyErr.valueError("bufsize must be non-negative");
        }
        InflateStream s = InflateStream.open(intArg(wbits), null);
        if (s == null) {
            throw error("Error -2 while preparing to decompress data: inconsistent stream state");
        }
        byte[] out = s.feed(in, 0);
        if (!s.eof()) {
            throw error("Error -5 while decompressing data: incomplete or truncated stream");
        }
        return new PyBytes(out);
    }

    @PyMethod("($module, /, level=-1, method=8, wbits=15, memLevel=8, strategy=0, zdict=<unrepresentable>)")
    static PyObject compressobj(PyObject level, PyObject method, PyObject wbits, PyObject memLevel, PyObject strategy, PyObject zdict) {
        byte[] dict = zdict == null ? null : Buffers.read(zdict);
        int mem = intArg(memLevel);
        DeflateStream s = intArg(method) != 8 || mem < 1 || mem > 9 ? null
                : DeflateStream.open(intArg(level), intArg(wbits), intArg(strategy), dict);
        if (s == null) {
            throw PyErr.valueError("Invalid initialization option");
        }
        return new PyCompress(s);
    }

    @PyMethod("($module, /, wbits=15, zdict=<unrepresentable>)")
    static PyObject decompressobj(PyObject wbits, PyObject zdict) {
        byte[] dict = zdict == null || zdict == PyNone.NONE ? null : Buffers.read(zdict);
        InflateStream s = InflateStream.open(intArg(wbits), dict == null || dict.length == 0 ? null : dict);
        if (s == null) {
            throw PyErr.valueError("Invalid initialization option");
        }
        return new PyDecompress(s);
    }
}
