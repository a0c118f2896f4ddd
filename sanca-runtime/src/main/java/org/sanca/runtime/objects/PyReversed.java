package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code reversed}: CPython's {@code Objects/enumobject.c}. An object's own
 * {@code __reversed__} is used when it has one; otherwise the sequence protocol from the end.
 */
public final class PyReversed extends PyObject {
    public static final PyType TYPE = PyType.builtin("reversed", PyReversed.class, PyType.OBJECT, 0, t -> {
        t.tp_new = PyReversed::newReversed;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyReversed) self).next();
    });
    private static final PyStr REVERSED = PyStr.of("__reversed__");

    private PyObject seq;
    private long index;

    private PyReversed(PyObject seq, long index) {
        this.seq = seq;
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject newReversed(PyObject type, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("reversed() takes no keyword arguments");
        }
        if (args.length != 1) {
            throw PyErr.typeError("reversed expected 1 argument, got %d", args.length);
        }
        PyObject seq = args[0];
        PyObject method = seq.type().lookup(REVERSED);
        if (method == PyNone.NONE) {
            throw notReversible(seq);
        }
        if (method != null) {
            return Abstract.callMethod(seq, "__reversed__");
        }
        PyType t = seq.type();
        boolean sequence = (t.sq_item != null || t.mp_subscript != null) && !(seq instanceof PyDict)
                && (t.sq_length != null || t.mp_length != null);
        if (!sequence) {
            throw notReversible(seq);
        }
        return new PyReversed(seq, Abstract.len(seq) - 1L);
    }

    private static PyException notReversible(PyObject seq) {
        return PyErr.typeError("'%s' object is not reversible", PyErr.typeName(seq));
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    long __length_hint__() {
        PyObject s;
        long position;
        synchronized (this) {
            s = seq;
            position = index + 1;
        }
        if (s == null) {
            return 0;
        }
        return Abstract.len(s) < position ? 0 : position;
    }

    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    synchronized PyObject __reduce__() {
        return seq == null ? IterReduce.call(TYPE, PyTuple.EMPTY) : IterReduce.resume(TYPE, seq, index);
    }

    @PyMethod(value = "($self, state, /)", doc = IterReduce.SETSTATE_DOC)
    void __setstate__(PyObject state) {
        long i = IterReduce.index(state);
        PyObject s;
        synchronized (this) {
            s = seq;
        }
        if (s != null) {
            long n = Abstract.len(s);
            synchronized (this) {
                index = IterReduce.clamp(i, -1, n - 1);
            }
        }
    }

    private PyObject next() {
        PyObject s;
        long i;
        synchronized (this) {
            s = seq;
            i = index;
            if (s == null || i < 0) {
                seq = null;
                return null;
            }
            index--;
        }
        try {
            return Abstract.getItem(s, PyInt.of(i));
        } catch (PyException e) {
            if (e.matches(PyExc.IndexError) || e.matches(PyExc.StopIteration)) {
                synchronized (this) {
                    seq = null;
                }
                return null;
            }
            throw e;
        }
    }
}
