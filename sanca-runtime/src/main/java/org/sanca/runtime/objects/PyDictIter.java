package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The iterators over a dict's keys, values or items, forwards or backwards
 * ({@code Objects/dictobject.c}). A change of the dict's size during iteration raises
 * CPython's RuntimeError.
 */
public final class PyDictIter extends PyObject {
    public static final PyType KEYS = make("dict_keyiterator");
    public static final PyType VALUES = make("dict_valueiterator");
    public static final PyType ITEMS = make("dict_itemiterator");
    public static final PyType REVERSE_KEYS = make("dict_reversekeyiterator");
    public static final PyType REVERSE_VALUES = make("dict_reversevalueiterator");
    public static final PyType REVERSE_ITEMS = make("dict_reverseitemiterator");

    private final PyType type;
    private final boolean reverse;
    private PyDict dict;
    /** The dict's size when iteration began, or -1 once a change of size has been reported. */
    private int size;
    /** Entries still expected; finding one more means keys were replaced meanwhile. */
    private int remaining;
    private int pos;

    public PyDictIter(PyDict dict, PyType kind) {
        this.dict = dict;
        this.type = kind;
        this.size = dict.size();
        this.remaining = size;
        this.reverse = kind == REVERSE_KEYS || kind == REVERSE_VALUES || kind == REVERSE_ITEMS;
        this.pos = reverse ? dict.endIndex() : 0;
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
                size = -1;
                throw PyErr.format(PyExc.RuntimeError, "dictionary changed size during iteration");
            }
            int i = reverse ? dict.prevIndex(pos) : dict.nextIndex(pos);
            if (i < 0) {
                dict = null;
                return null;
            }
            if (remaining == 0) {
                dict = null;
                throw PyErr.format(PyExc.RuntimeError, "dictionary keys changed during iteration");
            }
            remaining--;
            pos = reverse ? i : i + 1;
            k = dict.keyAt(i);
            v = dict.valueAt(i);
        }
        if (type == KEYS || type == REVERSE_KEYS) {
            return k;
        }
        if (type == VALUES || type == REVERSE_VALUES) {
            return v;
        }
        return PyTuple.of(k, v);
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized long __length_hint__() {
        return dict != null && dict.size() == size ? remaining : 0;
    }

    /** {@code (iter, (list,))} of the entries still to come, found by a copy of this iterator. */
    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    PyObject __reduce__() {
        PyDictIter rest;
        synchronized (this) {
            rest = new PyDictIter(this);
        }
        return IterReduce.call(IterReduce.builtin("iter"), PyList.fromIterable(rest));
    }

    private PyDictIter(PyDictIter from) {
        this.dict = from.dict;
        this.type = from.type;
        this.reverse = from.reverse;
        this.size = from.size;
        this.remaining = from.remaining;
        this.pos = from.pos;
    }
}
