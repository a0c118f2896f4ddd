package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The iterator of a tuple ({@code tuple_iterator}, {@code Objects/tupleobject.c}): walks an
 * array that never changes.
 */
public final class PyArrayIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple_iterator", PyArrayIter.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyArrayIter) self).next();
    });

    private final PyObject[] items;
    private int index;

    public PyArrayIter(PyObject[] items) {
        this.items = items;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject next() {
        return index < items.length ? items[index++] : null;
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized long __length_hint__() {
        return items.length - index;
    }
}
