package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/**
 * The iterators over a dict's keys, values or items ({@code Objects/dictobject.c}). A change
 * of the dict's size during iteration raises CPython's RuntimeError.
 */
public final class PyDictIter extends PyObject {
    public static final PyType KEYS = make("dict_keyiterator");
    public static final PyType VALUES = make("dict_valueiterator");
    public static final PyType ITEMS = make("dict_itemiterator");

    private final PyType type;
    private PyDict dict;
    private final int size;
    private int pos;

    public PyDictIter(PyDict dict, PyType kind) {
        this.dict = dict;
        this.type = kind;
        this.size = dict.size();
    }

    private static PyType make(String name) {
        return PyType.builtin(name, PyDictIter.class, PyType.OBJECT, 0, t -> {
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((PyDictIter) self).next();
        });
    }

    @Override
    public PyType type() {
        return type;
    }

    private synchronized PyObject next() {
        if (dict == null) {
            return null;
        }
        PyObject k;
        PyObject v;
        synchronized (dict) {
            if (dict.size() != size) {
                pos = Integer.MAX_VALUE;
                throw PyErr.format(PyExc.RuntimeError, "dictionary changed size during iteration");
            }
            int i = pos == Integer.MAX_VALUE ? -1 : dict.nextIndex(pos);
            if (i < 0) {
                dict = null;
                return null;
            }
            pos = i + 1;
            k = dict.keyAt(i);
            v = dict.valueAt(i);
        }
        if (type == KEYS) {
            return k;
        }
        if (type == VALUES) {
            return v;
        }
        return PyTuple.of(k, v);
    }
}
