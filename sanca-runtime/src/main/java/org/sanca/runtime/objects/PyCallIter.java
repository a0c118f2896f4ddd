package org.sanca.runtime.objects;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code callable_iterator}, made by {@code iter(f, sentinel)} ({@code Objects/iterobject.c}):
 * calls {@code f()} until it returns a value equal to the sentinel or raises StopIteration.
 */
public final class PyCallIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("callable_iterator", PyCallIter.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyCallIter) self).next();
    });

    private PyObject callable;
    private PyObject sentinel;

    public PyCallIter(PyObject callable, PyObject sentinel) {
        this.callable = callable;
        this.sentinel = sentinel;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject next() {
        PyObject f;
        PyObject s;
        synchronized (this) {
            f = callable;
            s = sentinel;
        }
        if (f == null) {
            return null;
        }
        PyObject v;
        try {
            v = Abstract.call(f);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                exhaust();
                return null;
            }
            throw e;
        }
        if (Abstract.richCompareBool(v, s, CompareOp.EQ)) {
            exhaust();
            return null;
        }
        return v;
    }

    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    synchronized PyObject __reduce__() {
        PyObject iter = IterReduce.builtin("iter");
        return callable == null ? IterReduce.call(iter, PyTuple.EMPTY) : PyTuple.of(iter, PyTuple.of(callable, sentinel));
    }

    private synchronized void exhaust() {
        callable = null;
        sentinel = null;
    }
}
