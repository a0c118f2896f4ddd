package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** The iterator of bytes ({@code bytes_iterator}, {@code Objects/bytesobject.c}): its bytes as ints. */
public final class PyBytesIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes_iterator", PyBytesIter.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyBytesIter) self).next();
    });

    private final byte[] bytes;
    private int index;

    PyBytesIter(byte[] bytes) {
        this.bytes = bytes;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject next() {
        return index < bytes.length ? PyInt.of(bytes[index++] & 0xff) : null;
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized long __length_hint__() {
        return Math.max(0, bytes.length - index);
    }
}
