package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code list_iterator} and {@code list_reverseiterator} ({@code Objects/listobject.c}): read
 * the list live, so items appended during forward iteration are seen, as in CPython.
 */
public final class PyListIter extends PyObject {
    public static final PyType TYPE = make("list_iterator");
    public static final PyType REVERSE_TYPE = make("list_reverseiterator");

    private PyList list;
    private final boolean reverse;
    private int index;

    public PyListIter(PyList list, boolean reverse) {
        this.list = list;
        this.reverse = reverse;
        this.index = reverse ? list.size() - 1 : 0;
    }

    private static PyType make(String name) {
        return PyType.builtin(name, PyListIter.class, PyType.OBJECT, 0, t -> {
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((PyListIter) self).next();
        });
    }

    @Override
    public PyType type() {
        return reverse ? REVERSE_TYPE : TYPE;
    }

    private synchronized PyObject next() {
        if (list == null) {
            return null;
        }
        PyObject v = list.peek(index);
        if (v == null) {
            v = list.getOrNull(index);
        }
        if (v == null) {
            list = null;
            return null;
        }
        index += reverse ? -1 : 1;
        return v;
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized long __length_hint__() {
        if (list == null) {
            return 0;
        }
        return reverse ? Math.min(index + 1, list.size()) : Math.max(0, list.size() - index);
    }

    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    synchronized PyObject __reduce__() {
        if (reverse) {
            PyObject reversed = IterReduce.builtin("reversed");
            return list == null ? IterReduce.call(reversed, new PyList()) : IterReduce.resume(reversed, list, index);
        }
        return IterReduce.iter(list, index, new PyList());
    }

    @PyMethod(value = "($self, state, /)", doc = IterReduce.SETSTATE_DOC)
    synchronized void __setstate__(PyObject state) {
        long i = IterReduce.index(state);
        if (list != null) {
            int n = list.size();
            index = (int) (reverse ? IterReduce.clamp(i, -1, n - 1) : IterReduce.clamp(i, 0, n));
        }
    }
}
