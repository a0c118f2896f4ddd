package org.sanca.runtime.modules._collections;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code _deque_iterator} and {@code _deque_reverse_iterator} ({@code Modules/_collectionsmodule.c}):
 * a change to the deque after the iterator was made stops it with RuntimeError.
 */
public final class PyDequeIter extends PyObject {
    static final PyType TYPE = make("collections._deque_iterator");
    static final PyType REVERSE_TYPE = make("collections._deque_reverse_iterator");

    private PyDeque deque;
    private final boolean reverse;
    private final long state;
    private int remaining;

    PyDequeIter(PyDeque deque, boolean reverse) {
        this.deque = deque;
        this.reverse = reverse;
        synchronized (deque) {
            this.state = deque.state;
            this.remaining = deque.size();
        }
    }

    private static PyType make(String name) {
        return PyType.builtin(name, PyDequeIter.class, PyType.OBJECT, 0, t -> {
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((PyDequeIter) self).next();
        });
    }

    @Override
    public PyType type() {
        return reverse ? REVERSE_TYPE : TYPE;
    }

    private synchronized PyObject next() {
        if (deque == null || remaining == 0) {
            deque = null;
            return null;
        }
        int n = deque.size();
        int i = reverse ? remaining - 1 : n - remaining;
        PyObject v = deque.itemIfUnchanged(i, state);
        if (v == null) {
            remaining = 0;
            throw PyErr.format(PyExc.RuntimeError, "deque mutated during iteration");
        }
        remaining--;
        return v;
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized long __length_hint__() {
        return deque == null ? 0 : remaining;
    }
}
