package org.sanca.runtime.modules._json;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code _json} accelerator module: CPython's {@code Modules/_json.c}. The {@code json}
 * package imports its scanner, its string escapers and its encoder from here.
 */
public final class JsonModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public JsonModule() {
    }

    @Override
    public String name() {
        return "_json";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(JsonModule.class, module)) {
            d.setItem(PyStr.of(f.def.name), f);
        }
        d.setItem(PyStr.of("make_scanner"), JsonScanner.TYPE);
        d.setItem(PyStr.of("make_encoder"), JsonEncoder.TYPE);
        d.setItem(PyStr.of("__doc__"), PyStr.of("json speedups\n"));
    }

    @PyMethod("($module, pystr, end, strict=True, /)")
    static PyObject scanstring(PyObject pystr, PyObject end, PyObject strict) {
        if (!(pystr instanceof PyStr s)) {
            throw PyErr.typeError("first argument must be a string, not %.80s", PyErr.typeName(pystr));
        }
        int at = Abstract.index(end).intValue();
        JsonParse p = new JsonParse(s, Abstract.isTrue(strict));
        if (at < 0 || at > p.length()) {
            throw PyErr.valueError("end is out of bounds");
        }
        PyStr value = p.string(p.charIndex(at));
        return PyTuple.of(value, PyInt.of(p.position(p.end)));
    }

    @PyMethod("($module, pystr, /)")
    static PyObject encode_basestring_ascii(PyObject pystr) {
        return PyStr.of(JsonQuote.quote(stringArg(pystr), true));
    }

    @PyMethod("($module, pystr, /)")
    static PyObject encode_basestring(PyObject pystr) {
        return PyStr.of(JsonQuote.quote(stringArg(pystr), false));
    }

    private static String stringArg(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("first argument must be a string, not %.80s", PyErr.typeName(o));
        }
        return s.value();
    }
}
