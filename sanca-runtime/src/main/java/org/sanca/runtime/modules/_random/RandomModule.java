package org.sanca.runtime.modules._random;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code _random} module ({@code Modules/_randommodule.c}): the generator type behind
 * {@code random.Random}. Its private {@code _sha512} gives {@code random.seed} the digest it
 * appends to str and bytes seeds, where CPython's {@code random} imports {@code hashlib}.
 */
public final class RandomModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public RandomModule() {
    }

    @Override
    public String name() {
        return "_random";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(RandomModule.class, module)) {
            d.setItem(PyStr.of(f.def.name), f);
        }
        d.setItem(PyStr.of("Random"), PyRandom.TYPE);
    }

    @PyMethod("($module, data, /)")
    static PyObject _sha512(PyObject data) {
        byte[] bytes = PyBytes.bufferOrNull(data);
        if (bytes == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", PyErr.typeName(data));
        }
        try {
            return new PyBytes(MessageDigest.getInstance("SHA-512").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw PyErr.typeError("SHA-512 is not available");
        }
    }
}
