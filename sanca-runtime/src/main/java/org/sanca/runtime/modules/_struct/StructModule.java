package org.sanca.runtime.modules._struct;

import java.util.concurrent.ConcurrentHashMap;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.ModuleErrors;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code _struct} module: CPython's {@code Modules/_struct.c}, the module-level functions
 * over a cache of compiled formats, and the {@code struct.error} exception.
 */
public final class StructModule implements NativeModule {
    /** Compiled formats by their text; formats are immutable, so every interpreter shares them. */
    private static final ConcurrentHashMap<String, StructFormat> CACHE = new ConcurrentHashMap<>();
    private static final int CACHE_LIMIT = 100;

    /** The instance {@link java.util.ServiceLoader} makes. */
    public StructModule() {
    }

    @Override
    public String name() {
        return "_struct";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(StructModule.class, module)) {
            d.setItem(PyStr.of(f.def.name), f);
        }
        d.setItem(PyStr.of("error"), ModuleErrors.newClass("struct", "error", PyExc.Exception));
        d.setItem(PyStr.of("Struct"), PyStruct.TYPE);
        d.setItem(PyStr.of("__doc__"), PyStr.of("Functions to convert between Python values and C structs."));
    }

    /** struct.error with a message. */
    static PyException error(String format, Object... args) {
        return ModuleErrors.raise("_struct", "error", format, args);
    }

    /** The compiled form of a format argument (str or bytes). */
    static StructFormat compiled(PyObject format) {
        String text;
        if (format instanceof PyStr s) {
            text = s.value();
        } else if (format instanceof PyBytes b) {
            text = new String(b.value(), java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            throw PyErr.typeError("Struct() argument 1 must be a str or bytes object, not %s", PyErr.typeName(format));
        }
        StructFormat f = CACHE.get(text);
        if (f == null) {
            f = StructFormat.compile(text);
            if (CACHE.size() >= CACHE_LIMIT) {
                CACHE.clear();
            }
            CACHE.put(text, f);
        }
        return f;
    }

    private static PyStruct struct(PyObject format) {
        return new PyStruct(compiled(format));
    }

    @PyMethod("($module, /)")
    static void _clearcache() {
        CACHE.clear();
    }

    @PyMethod("($module, format, /)")
    static int calcsize(PyObject format) {
        return compiled(format).size;
    }

    @PyMethod("($module, format, /, *values)")
    static PyObject pack(PyObject format, PyTuple values) {
        return new PyBytes(struct(format).packValues(values.items(), 0, "pack"));
    }

    @PyMethod("($module, format, buffer, offset, /, *values)")
    static void pack_into(PyObject format, PyObject buffer, PyObject offset, PyTuple values) {
        struct(format).packInto(buffer, offset, values.items(), 0);
    }

    @PyMethod("($module, format, buffer, /)")
    static PyObject unpack(PyObject format, PyObject buffer) {
        return struct(format).unpack(buffer);
    }

    @PyMethod("($module, format, /, buffer, offset=0)")
    static PyObject unpack_from(PyObject format, PyObject buffer, PyObject offset) {
        return struct(format).unpack_from(buffer, offset);
    }

    @PyMethod("($module, format, buffer, /)")
    static PyObject iter_unpack(PyObject format, PyObject buffer) {
        return struct(format).iter_unpack(buffer);
    }
}
