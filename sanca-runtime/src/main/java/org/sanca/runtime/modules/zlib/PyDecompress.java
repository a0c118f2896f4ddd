package org.sanca.runtime.modules.zlib;

import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** {@code zlib.Decompress}, what {@code decompressobj()} returns: CPython's {@code Decomptype}. */
public final class PyDecompress extends ZlibStreamObject {
    public static final PyType TYPE = PyType.builtin("zlib.Decompress", PyDecompress.class, PyType.OBJECT, 0, t -> {
    });

    private final InflateStream stream;
    /** Whether a flush saw the end of the stream, which frees zlib's state in CPython. */
    private boolean ended;

    PyDecompress(InflateStream stream) {
        this.stream = stream;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod("($self, data, /, max_length=0)")
    synchronized PyObject decompress(PyObject data, PyObject maxLength) {
        byte[] in = Buffers.read(data);
        int max = ZlibModule.intArg(maxLength);
        if (max < 0) {
            throw PyErr.valueError("max_length must be non-negative");
        }
        if (stream.eof()) {
            stream.unusedData = concat(stream.unusedData, in);
            return new PyBytes(new byte[0]);
        }
        return new PyBytes(stream.feed(in, max));
    }

    @PyMethod("($self, length=<unrepresentable>, /)")
    synchronized PyObject flush(PyObject length) {
        if (length != null && ZlibModule.intArg(length) <= 0) {
            throw PyErr.valueError("length must be greater than zero");
        }
        byte[] tail = stream.unconsumedTail;
        byte[] out = stream.eof() || tail.length == 0 ? new byte[0] : stream.feed(tail, 0);
        ended = stream.eof();
        return new PyBytes(out);
    }

    @Override
    @PyMethod("($self, /)")
    synchronized PyObject copy() {
        if (ended) {
            throw PyErr.valueError("Inconsistent stream state");
        }
        return new PyDecompress(stream.copy());
    }

    @PyGetter("unused_data")
    synchronized PyObject unusedData() {
        return new PyBytes(stream.unusedData);
    }

    @PyGetter("unconsumed_tail")
    synchronized PyObject unconsumedTail() {
        return new PyBytes(stream.unconsumedTail);
    }

    @PyGetter("eof")
    synchronized PyObject eof() {
        return PyBool.of(stream.eof());
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
