package org.sanca.runtime.modules._hashlib;

import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * A hash object ({@code _hashlib.HASH}, CPython's {@code Modules/_hashopenssl.c} type): feeds
 * bytes-like data to a {@link Digester} and reports the digest without ending the computation.
 */
public class PyHash extends PyObject {
    public static final PyType TYPE = PyType.builtin("_hashlib.HASH", PyHash.class, PyType.OBJECT, 0, t -> {
    });

    final PyType type;
    final String name;
    final int digestSize;
    final int blockSize;
    /** Guarded by this object's lock. */
    Digester digester;

    PyHash(PyType type, String name, int digestSize, int blockSize, Digester digester) {
        this.type = type;
        this.name = name;
        this.digestSize = digestSize;
        this.blockSize = blockSize;
        this.digester = digester;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** The bytes of data given to a hash: str and non-buffers are TypeErrors with hashlib's wording. */
    static byte[] data(PyObject o) {
        if (o instanceof PyStr) {
            throw PyErr.typeError("Strings must be encoded before hashing");
        }
        byte[] b = Buffers.readOrNull(o);
        if (b == null) {
            throw PyErr.typeError("object supporting the buffer API required");
        }
        return b;
    }

    @PyMethod("($self, obj, /)")
    void update(PyObject obj) {
        byte[] b = data(obj);
        synchronized (this) {
            digester.update(b, 0, b.length);
        }
    }

    @PyMethod("($self, /)")
    synchronized PyObject digest() {
        return new PyBytes(digester.digest(digestSize));
    }

    @PyMethod("($self, /)")
    synchronized PyObject hexdigest() {
        return PyStr.of(hex(digester.digest(digestSize)));
    }

    static String hex(byte[] b) {
        return java.util.HexFormat.of().formatHex(b);
    }

    @PyMethod("($self, /)")
    synchronized PyObject copy() {
        return new PyHash(type, name, digestSize, blockSize, digester.copy());
    }

    @PyGetter("name")
    PyObject nameAttr() {
        return PyStr.of(name);
    }

    @PyGetter("digest_size")
    PyObject digestSizeAttr() {
        return PyInt.of(digestSize);
    }

    @PyGetter("block_size")
    PyObject blockSizeAttr() {
        return PyInt.of(blockSize);
    }
}
