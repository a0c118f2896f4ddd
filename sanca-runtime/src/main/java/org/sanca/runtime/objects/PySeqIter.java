package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The iterator over an object that has {@code __getitem__} but no {@code __iter__}: CPython's
 * {@code Objects/iterobject.c} {@code seqiterobject}. It ends at the first IndexError or
 * StopIteration.
 */
public final class PySeqIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("iterator", PySeqIter.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PySeqIter) self).next();
    });

    private PyObject seq;
    private long index;

    PySeqIter(PyObject seq) {
        this.seq = seq;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    synchronized PyObject __reduce__() {
        return IterReduce.iter(seq, index, PyTuple.EMPTY);
    }

    @PyMethod(value = "($self, state, /)", doc = IterReduce.SETSTATE_DOC)
    synchronized void __setstate__(PyObject state) {
        long i = IterReduce.index(state);
        if (seq != null) {
            index = Math.max(i, 0);
        }
    }

    private synchronized PyObject next() {
        if (seq == null) {
            return null;
        }
        try {
            return seq.type().sq_item.call(seq, index++);
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                seq = null;
                return null;
            }
            throw e;
        }
    }
}
