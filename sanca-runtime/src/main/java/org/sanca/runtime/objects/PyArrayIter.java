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
    /** The tuple iterated (made from the items when not given), until the iterator is exhausted. */
    private PyTuple tuple;
    private int index;

    public PyArrayIter(PyObject[] items) {
        this.items = items;
    }

    PyArrayIter(PyTuple tuple) {
        this.items = tuple.items();
        this.tuple = tuple;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject next() {
        if (index < items.length) {
            return items[index++];
        }
        index = -1;
        return null;
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized long __length_hint__() {
        return index < 0 ? 0 : items.length - index;
    }

    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    synchronized PyObject __reduce__() {
        if (index >= 0 && tuple == null) {
            tuple = PyTuple.of(items.clone());
        }
        return IterReduce.iter(index < 0 ? null : tuple, index, PyTuple.EMPTY);
    }

    @PyMethod(value = "($self, state, /)", doc = IterReduce.SETSTATE_DOC)
    synchronized void __setstate__(PyObject state) {
        index = IterReduce.forward(state, index, items.length);
    }
}
