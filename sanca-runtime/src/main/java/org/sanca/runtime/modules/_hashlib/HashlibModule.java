package org.sanca.runtime.modules._hashlib;

import java.security.MessageDigest;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code _hashlib} module that {@code hashlib} and {@code hmac} are built on (the part of
 * CPython's {@code Modules/_hashopenssl.c} they use): hash objects by name over the JDK's
 * digests, SHAKE and BLAKE2 written here, PBKDF2-HMAC and a constant-time comparison.
 */
public final class HashlibModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public HashlibModule() {
    }

    @Override
    public String name() {
        return "_hashlib";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(HashlibModule.class, module)) {
            d.setItem(PyStr.of(f.def.name), f);
        }
        d.setItem(PyStr.of("HASH"), PyHash.TYPE);
        d.setItem(PyStr.of("HASHXOF"), PyHashXof.TYPE);
        d.setItem(PyStr.of("blake2b"), Blake2.BLAKE2B);
        d.setItem(PyStr.of("blake2s"), Blake2.BLAKE2S);
    }

    static PyHash start(Algorithm a) {
        return a.xof() ? new PyHashXof(a.pyName, a.blockSize, a.start())
                : new PyHash(PyHash.TYPE, a.pyName, a.digestSize, a.blockSize, a.start());
    }

    private static Algorithm algorithm(PyObject name) {
        String n = PyStr.arg(name, "new() argument 'name'");
        Algorithm a = Algorithm.lookup(n);
        if (a == null) {
            throw PyErr.valueError("unsupported hash type %s", n);
        }
        return a;
    }

    @PyMethod(value = "($module, /, name, string=<unrepresentable>, *, usedforsecurity=True)", name = "new")
    static PyObject new_(PyObject name, PyObject string, PyObject usedForSecurity) {
        PyHash h = start(algorithm(name));
        if (string != null) {
            h.update(string);
        }
        return h;
    }

    @PyMethod("($module, /, hash_name, password, salt, iterations, dklen=None)")
    static PyObject pbkdf2_hmac(PyObject hashName, PyObject password, PyObject salt, PyObject iterations, PyObject dklen) {
        Algorithm a = algorithm(hashName);
        byte[] pw = Buffers.read(password);
        byte[] s = Buffers.read(salt);
        long rounds = Abstract.indexValue(iterations);
        if (rounds < 1) {
            throw PyErr.valueError("iteration value must be greater than 0.");
        }
        if (rounds > Integer.MAX_VALUE) {
            throw PyErr.format(PyExc.OverflowError, "iteration value is too great.");
        }
        long len = dklen == null || dklen == PyNone.NONE ? a.digestSize : Abstract.indexValue(dklen);
        if (len < 1) {
            throw PyErr.valueError("key length must be greater than 0.");
        }
        if (len > Integer.MAX_VALUE || a.xof()) {
            throw PyErr.format(PyExc.OverflowError, "key length is too great.");
        }
        return new PyBytes(new Hmac(a, pw).pbkdf2(s, (int) rounds, (int) len));
    }

    @PyMethod("($module, a, b, /)")
    static PyObject compare_digest(PyObject a, PyObject b) {
        byte[] x;
        byte[] y;
        if (a instanceof PyStr sa && b instanceof PyStr sb) {
            if (!sa.isascii() || !sb.isascii()) {
                throw PyErr.typeError("comparing strings with non-ASCII characters is not supported");
            }
            x = sa.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            y = sb.value().getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
        } else {
            x = Buffers.readOrNull(a);
            y = Buffers.readOrNull(b);
            if (x == null && y == null) {
                throw PyErr.typeError("unsupported operand types(s) or combination of types: '%s' and '%s'", PyErr.typeName(a),
                        PyErr.typeName(b));
            }
            x = Buffers.read(a);
            y = Buffers.read(b);
        }
        return PyBool.of(MessageDigest.isEqual(x, y));
    }
}
