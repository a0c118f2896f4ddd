package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The iterator of a bytearray ({@code bytearray_iterator}, {@code Objects/bytearrayobject.c}):
 * reads the live bytearray by index, so it sees changes made while it runs.
 */
public final class PyByteArrayIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytearray_iterator", PyByteArrayIter.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyByteArrayIter) self).next();
    });

    private PyByteArray array;
    private int index;

    PyByteArrayIter(PyByteArray array) {
        this.array = array;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject next() {
        if (array == null) {
            return null;
        }
        synchronized (array) {
            if (index < array.size()) {
                return PyInt.of(array.get(index++));
            }
        }
        array = null;
        return null;
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized long __length_hint__() {
        return array == null ? 0 : Math.max(0, array.size() - index);
    }
}
