package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/**
 * {@code list_iterator} ({@code Objects/listobject.c}): reads the list live, so items appended
 * during iteration are seen, as in CPython.
 */
public final class PyListIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("list_iterator", PyListIter.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyListIter) self).next();
    });

    private PyList list;
    private int index;

    public PyListIter(PyList list) {
        this.list = list;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject next() {
        if (list == null) {
            return null;
        }
        PyObject v = list.getOrNull(index);
        if (v == null) {
            list = null;
            return null;
        }
        index++;
        return v;
    }
}
