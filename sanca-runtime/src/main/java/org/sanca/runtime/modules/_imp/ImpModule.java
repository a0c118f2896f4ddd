package org.sanca.runtime.modules._imp;

import java.nio.charset.StandardCharsets;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.interp.ModuleFiles;
import org.sanca.runtime.interp.ReadyCode;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code _imp} module (CPython's {@code Python/import.c} functions for importlib), plus what
 * Sanca's Python-level finders and loaders ask of the Java side: file access that also reaches
 * the standard library inside the jar, and the code units compiled at build time.
 */
public final class ImpModule implements NativeModule {
    @Override
    public String name() {
        return "_imp";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        NativeModule.addFunctions(module, ImpModule.class);
        d.setItem(PyStr.of("check_hash_based_pycs"), PyStr.of("never"));
    }

    private static InterpreterState state() {
        return InterpreterState.current();
    }

    private static String str(PyObject o, String what) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("%s must be str, not %s", what, PyErr.typeName(o));
        }
        return s.value();
    }

    @PyMethod("($module, name, /)")
    static PyObject is_builtin(PyObject name) {
        return PyInt.of(InterpreterState.isBuiltin(str(name, "name")) ? 1 : 0);
    }

    @PyMethod("($module, name, /)")
    static PyObject is_frozen(PyObject name) {
        return PyBool.FALSE;
    }

    @PyMethod("($module, spec, /)")
    static PyObject create_builtin(PyObject spec) {
        String name = str(Abstract.getAttr(spec, PyStr.of("name")), "spec.name");
        PyObject existing = state().modules().getItem(PyStr.of(name));
        if (existing instanceof PyModule && (name.equals("sys") || name.equals("builtins"))) {
            return existing;
        }
        PyModule m = state().createBuiltin(name);
        if (m == null) {
            throw PyErr.format(org.sanca.runtime.objects.PyExc.ImportError, "no built-in module named %s", name);
        }
        return m;
    }

    @PyMethod("($module, mod, /)")
    static PyObject exec_builtin(PyObject mod) {
        return PyInt.of(0);
    }

    @PyMethod("($module, /)")
    static PyObject extension_suffixes() {
        return new PyList();
    }

    @PyMethod("($module, /)")
    static void acquire_lock() {
        // The import lock is Java's, taken around each load; a caller holding this one gains nothing.
    }

    @PyMethod("($module, /)")
    static void release_lock() {
        // See acquire_lock.
    }

    @PyMethod("($module, /)")
    static PyObject lock_held() {
        return PyBool.FALSE;
    }

    @PyMethod("($module, name, /)")
    static PyObject _new_module(PyObject name) {
        return new PyModule(str(name, "name"));
    }

    @PyMethod("($module, name, /)")
    static PyObject _import_module(PyObject name) {
        return state().importer().importModule(str(name, "name"));
    }

    @PyMethod("($module, /)")
    static PyObject _getcwd() {
        return PyStr.of(state().cwd().toString());
    }

    @PyMethod("($module, path, /)")
    static PyObject _stat(PyObject path) {
        return PyInt.of(ModuleFiles.stat(state().cwd(), str(path, "path")));
    }

    @PyMethod("($module, path, /)")
    static PyObject _read(PyObject path) {
        byte[] b = ModuleFiles.read(state().cwd(), str(path, "path"));
        return b == null ? PyNone.NONE : new PyBytes(b);
    }

    @PyMethod("($module, path, /)")
    static PyObject _mtime(PyObject path) {
        return PyFloat.of(ModuleFiles.mtime(state().cwd(), str(path, "path")));
    }

    /** Source bytes to text as {@code importlib.util.decode_source}: UTF-8 (a BOM dropped), universal newlines. */
    @PyMethod("($module, source_bytes, /)")
    static PyObject _decode_source(PyObject source) {
        byte[] b = PyBytes.bufferOrNull(source);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", PyErr.typeName(source));
        }
        int start = b.length >= 3 && (b[0] & 0xff) == 0xEF && (b[1] & 0xff) == 0xBB && (b[2] & 0xff) == 0xBF ? 3 : 0;
        String text = new String(b, start, b.length - start, StandardCharsets.UTF_8);
        return PyStr.of(text.replace("\r\n", "\n").replace('\r', '\n'));
    }

    @PyMethod("($module, path, /)")
    static PyObject _ready_code(PyObject path) {
        PyObject code = ReadyCode.load(str(path, "path"));
        return code == null ? PyNone.NONE : code;
    }

    @PyMethod("($module, /)")
    static PyObject _path_epoch() {
        return PyInt.of(state().importer().pathEpoch());
    }

    @PyMethod("($module, /)")
    static void _bump_path_epoch() {
        state().importer().bumpPathEpoch();
    }
}
