package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** The iterator of bytes ({@code bytes_iterator}, {@code Objects/bytesobject.c}): its bytes as ints. */
public final class PyBytesIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes_iterator", PyBytesIter.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyBytesIter) self).next();
    });

    private final PyBytes source;
    private final byte[] bytes;
    /** The next index; -1 once a call of next has found none. */
    private int index;

    PyBytesIter(PyBytes source) {
        this.source = source;
        this.bytes = source.value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject next() {
        if (index >= 0 && index < bytes.length) {
            return PyInt.of(bytes[index++] & 0xff);
        }
        index = -1;
        return null;
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized long __length_hint__() {
        return index < 0 ? 0 : bytes.length - index;
    }

    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    synchronized PyObject __reduce__() {
        return IterReduce.iter(index < 0 ? null : source, index, PyTuple.EMPTY);
    }

    @PyMethod(value = "($self, state, /)", doc = IterReduce.SETSTATE_DOC)
    synchronized void __setstate__(PyObject state) {
        index = IterReduce.forward(state, index, bytes.length);
    }
}
