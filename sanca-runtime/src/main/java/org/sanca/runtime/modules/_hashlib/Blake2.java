package org.sanca.runtime.modules._hashlib;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The {@code blake2b} and {@code blake2s} types (CPython's {@code Modules/_blake2}): hash
 * objects made with BLAKE2's parameters, checked with CPython's messages.
 */
final class Blake2 {
    static final PyType BLAKE2B = make("_blake2.blake2b", 64, 16);
    static final PyType BLAKE2S = make("_blake2.blake2s", 32, 8);

    private static PyBuiltinFunction newB;
    private static PyBuiltinFunction newS;

    private Blake2() {
    }

    private static PyType make(String name, int maxDigest, int saltSize) {
        PyType t = PyType.builtin(name, PyHash.class, PyHash.TYPE, 0, s -> {
            s.tp_new = (type, args, kw) -> Abstract.call(constructor(type == BLAKE2B), args, kw);
        });
        Object[][] constants = {{"SALT_SIZE", saltSize}, {"PERSON_SIZE", saltSize}, {"MAX_KEY_SIZE", maxDigest},
            {"MAX_DIGEST_SIZE", maxDigest}};
        for (Object[] c : constants) {
            t.dict().setItem(PyStr.of((String) c[0]), PyInt.of((Integer) c[1]));
        }
        return t;
    }

    private static synchronized PyBuiltinFunction constructor(boolean big) {
        if (newB == null) {
            for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(Blake2.class, null)) {
                if (f.def.name.equals("blake2b")) {
                    newB = f;
                } else {
                    newS = f;
                }
            }
        }
        return big ? newB : newS;
    }

    @PyMethod("($module, data=<unrepresentable>, /, *, digest_size=64, key=<unrepresentable>, salt=<unrepresentable>, person=<unrepresentable>, fanout=1, depth=1, leaf_size=0, "
            + "node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True)")
    static PyObject blake2b(PyObject data, PyObject digestSize, PyObject key, PyObject salt, PyObject person, PyObject fanout,
                            PyObject depth, PyObject leafSize, PyObject nodeOffset, PyObject nodeDepth, PyObject innerSize,
                            PyObject lastNode, PyObject usedForSecurity) {
        Blake2Params p = params(64, 16, digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize,
                lastNode);
        return start(BLAKE2B, "blake2b", 128, new Blake2b(p), p, data);
    }

    @PyMethod("($module, data=<unrepresentable>, /, *, digest_size=32, key=<unrepresentable>, salt=<unrepresentable>, person=<unrepresentable>, fanout=1, depth=1, leaf_size=0, "
            + "node_offset=0, node_depth=0, inner_size=0, last_node=False, usedforsecurity=True)")
    static PyObject blake2s(PyObject data, PyObject digestSize, PyObject key, PyObject salt, PyObject person, PyObject fanout,
                            PyObject depth, PyObject leafSize, PyObject nodeOffset, PyObject nodeDepth, PyObject innerSize,
                            PyObject lastNode, PyObject usedForSecurity) {
        Blake2Params p = params(32, 8, digestSize, key, salt, person, fanout, depth, leafSize, nodeOffset, nodeDepth, innerSize,
                lastNode);
        return start(BLAKE2S, "blake2s", 64, new Blake2s(p), p, data);
    }

    private static PyObject start(PyType type, String name, int blockSize, Digester d, Blake2Params p, PyObject data) {
        PyHash h = new PyHash(type, name, p.digestSize(), blockSize, d);
        if (data != null) {
            h.update(data);
        }
        return h;
    }

    private static byte[] field(PyObject o, int max, String what) {
        byte[] b = o == null ? new byte[0] : PyHash.data(o);
        if (b.length > max) {
            throw PyErr.valueError("maximum %s length is %d bytes", what, max);
        }
        return b;
    }

    private static int ranged(PyObject o, int dflt, int lo, int hi, String message) {
        long v = o == null ? dflt : Abstract.indexValue(o);
        if (v < lo || v > hi) {
            throw PyErr.valueError(message);
        }
        return (int) v;
    }

    private static Blake2Params params(int max, int saltSize, PyObject digestSize, PyObject key, PyObject salt, PyObject person,
                                       PyObject fanout, PyObject depth, PyObject leafSize, PyObject nodeOffset, PyObject nodeDepth,
                                       PyObject innerSize, PyObject lastNode) {
        int ds = ranged(digestSize, max, 1, max, "digest_size must be between 1 and " + max + " bytes");
        byte[] k = field(key, max, "key");
        byte[] s = field(salt, saltSize, "salt");
        byte[] pe = field(person, saltSize, "person");
        int fo = ranged(fanout, 1, 0, 255, "fanout must be between 0 and 255");
        int de = ranged(depth, 1, 1, 255, "depth must be between 1 and 255");
        long leaf = leafSize == null ? 0 : Abstract.indexValue(leafSize);
        if (leaf < 0) {
            throw PyErr.valueError("value must be positive");
        }
        if (leaf > 0xffffffffL) {
            throw PyErr.valueError("leaf_size is too large");
        }
        long off = nodeOffset == null ? 0 : Abstract.indexValue(nodeOffset);
        if (max == 32 && (off < 0 || off > 0xffffffffffffL)) {
            throw PyErr.valueError("node_offset is too large");
        }
        int nd = ranged(nodeDepth, 0, 0, 255, "node_depth must be between 0 and 255");
        int in = ranged(innerSize, 0, 0, max, "inner_size must be between 0 and is " + max);
        boolean last = lastNode != null && Abstract.isTrue(lastNode);
        return new Blake2Params(ds, k, s, pe, fo, de, leaf, off, nd, in, last);
    }
}
