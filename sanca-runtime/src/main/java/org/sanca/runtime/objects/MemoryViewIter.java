package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/**
 * The iterator of a one-dimensional memoryview ({@code memory_iterator},
 * {@code Objects/memoryobject.c}): unpacks one item a step, and fails once the view is released.
 */
final class MemoryViewIter extends PyObject {
    static final PyType TYPE = PyType.builtin("memory_iterator", MemoryViewIter.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((MemoryViewIter) self).next();
    });

    private PyMemoryView view;
    private int index;

    MemoryViewIter(PyMemoryView view) {
        view.checkReleased();
        if (view.ndim() == 0) {
            throw PyErr.typeError("invalid indexing of 0-dim memory");
        }
        if (view.ndim() != 1) {
            throw PyErr.format(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
        }
        view.requireCode();
        this.view = view;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject next() {
        PyMemoryView v = view;
        if (v == null) {
            return null;
        }
        if (index >= v.shape[0]) {
            view = null;
            return null;
        }
        v.checkReleased();
        return v.unpack(v.position(index++));
    }
}
