package org.sanca.runtime.modules.zlib;

import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** {@code zlib.Compress}, what {@code compressobj()} returns: CPython's {@code Comptype}. */
public final class PyCompress extends ZlibStreamObject {
    public static final PyType TYPE = PyType.builtin("zlib.Compress", PyCompress.class, PyType.OBJECT, 0, t -> {
    });

    private final DeflateStream stream;

    PyCompress(DeflateStream stream) {
        this.stream = stream;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod("($self, data, /)")
    synchronized PyObject compress(PyObject data) {
        byte[] in = Buffers.read(data);
        if (stream.finished()) {
            throw ZlibModule.error("Error -2 while compressing data: inconsistent stream state");
        }
        return new PyBytes(stream.compress(in));
    }

    @PyMethod("($self, mode=<unrepresentable>, /)")
    synchronized PyObject flush(PyObject mode) {
        int m = mode == null ? ZlibModule.Z_FINISH : ZlibModule.intArg(mode);
        if (m == ZlibModule.Z_NO_FLUSH) {
            return new PyBytes(new byte[0]);
        }
        if (stream.finished()) {
            throw ZlibModule.error("Error -2 while flushing: inconsistent stream state");
        }
        return new PyBytes(stream.flush(m));
    }

    @Override
    @PyMethod("($self, /)")
    synchronized PyObject copy() {
        if (stream.finished()) {
            throw PyErr.valueError("Inconsistent stream state");
        }
        return new PyCompress(stream.copy());
    }
}
