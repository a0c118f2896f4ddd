package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** {@code set_iterator} ({@code Objects/setobject.c}): a size change while it runs raises RuntimeError. */
public final class PySetIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("set_iterator", PySetIter.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PySetIter) self).next();
    });

    private PyAnySet set;
    /** The set's size when iteration began, or -1 once a change of size has been reported. */
    private int size;
    private int remaining;
    private int pos;

    PySetIter(PyAnySet set) {
        this.set = set;
        this.size = set.size();
        this.remaining = size;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject next() {
        if (set == null) {
            return null;
        }
        SetTable t = set.table;
        synchronized (t) {
            if (t.size() != size) {
                size = -1;
                throw PyErr.format(PyExc.RuntimeError, "Set changed size during iteration");
            }
            int i = t.nextIndex(pos);
            if (i < 0) {
                set = null;
                return null;
            }
            pos = i + 1;
            remaining--;
            return t.keyAt(i);
        }
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized long __length_hint__() {
        return set != null && set.size() == size ? remaining : 0;
    }

    /** {@code (iter, (list,))} of the members still to come, found by a copy of this iterator. */
    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    PyObject __reduce__() {
        PySetIter rest;
        synchronized (this) {
            rest = new PySetIter(set, size, remaining, pos);
        }
        return IterReduce.call(IterReduce.builtin("iter"), PyList.fromIterable(rest));
    }

    private PySetIter(PyAnySet set, int size, int remaining, int pos) {
        this.set = set;
        this.size = size;
        this.remaining = remaining;
        this.pos = pos;
    }
}
