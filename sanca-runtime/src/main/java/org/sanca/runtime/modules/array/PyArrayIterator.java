package org.sanca.runtime.modules.array;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyType;

/** The iterator of an {@code array.array} ({@code arrayiterator}): reads the array live, as a list iterator does. */
public final class PyArrayIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("array.arrayiterator", PyArrayIterator.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyArrayIterator) self).next();
    });

    private PyArray array;
    private int index;

    PyArrayIterator(PyArray array) {
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
                return array.get(index++);
            }
        }
        array = null;
        return null;
    }
}
