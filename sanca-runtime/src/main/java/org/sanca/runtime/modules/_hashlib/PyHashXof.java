package org.sanca.runtime.modules._hashlib;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** A SHAKE hash object ({@code _hashlib.HASHXOF}): its digest methods take the output length. */
public final class PyHashXof extends PyHash {
    public static final PyType TYPE = PyType.builtin("_hashlib.HASHXOF", PyHashXof.class, PyHash.TYPE, 0, t -> {
    });

    PyHashXof(String name, int blockSize, Digester digester) {
        super(TYPE, name, 0, blockSize, digester);
    }

    private static int length(PyObject length) {
        org.sanca.runtime.objects.PyInt i = Abstract.index(length);
        if (i.big != null) {
            throw PyErr.format(org.sanca.runtime.objects.PyExc.OverflowError, "Python int too large to convert to C unsigned long");
        }
        long n = i.value;
        if (n < 0) {
            throw PyErr.valueError("value must be positive");
        }
        if (n >= 1 << 29) {
            throw PyErr.valueError("digest length is too large");
        }
        return (int) n;
    }

    @PyMethod("($self, /, length)")
    synchronized PyObject digest(PyObject length) {
        return new PyBytes(digester.digest(length(length)));
    }

    @PyMethod("($self, /, length)")
    synchronized PyObject hexdigest(PyObject length) {
        return PyStr.of(hex(digester.digest(length(length))));
    }

    @PyMethod("($self, /)")
    @Override
    synchronized PyObject copy() {
        return new PyHashXof(name, blockSize, digester.copy());
    }
}
