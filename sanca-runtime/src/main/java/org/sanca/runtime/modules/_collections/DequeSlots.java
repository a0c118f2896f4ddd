package org.sanca.runtime.modules._collections;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.SequenceCompare;
import org.sanca.runtime.objects.SequenceRepr;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code collections.deque} ({@code Modules/_collectionsmodule.c}). */
final class DequeSlots {
    private DequeSlots() {
    }

    static void fill(PyType t) {
        t.tp_new = (type, args, kw) -> type == PyDeque.TYPE ? new PyDeque() : new PyDequeDerived((PyType) type);
        t.tp_init = DequeSlots::init;
        t.tp_repr = DequeSlots::repr;
        t.tp_hash = null;
        t.tp_richcompare = DequeSlots::richCompare;
        t.tp_iter = self -> new PyDequeIter((PyDeque) self, false);
        t.sq_length = self -> ((PyDeque) self).size();
        t.sq_contains = (self, v) -> ((PyDeque) self).contains(v);
        t.sq_concat = DequeSlots::concat;
        t.sq_repeat = (self, n) -> {
            PyDeque copy = (PyDeque) ((PyDeque) self).copy();
            repeatInPlace(copy, n);
            return copy;
        };
        t.sq_inplace_concat = (self, other) -> {
            ((PyDeque) self).extend(other);
            return self;
        };
        t.sq_inplace_repeat = (self, n) -> {
            repeatInPlace((PyDeque) self, n);
            return self;
        };
        t.mp_subscript = (self, key) -> ((PyDeque) self).get(index(key));
        t.mp_ass_subscript = (self, key, v) -> {
            if (v == null) {
                ((PyDeque) self).delete(index(key));
            } else {
                ((PyDeque) self).set(index(key), v);
            }
        };
    }

    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw PyErr.typeError("deque() takes at most 2 arguments (%d given)", args.length);
        }
        PyObject iterable = npos > 0 ? args[0] : null;
        PyObject maxlen = npos > 1 ? args[1] : null;
        for (int k = 0; k < nkw; k++) {
            PyObject v = args[npos + k];
            switch (kwnames[k]) {
                case "iterable" -> iterable = duplicate(iterable, "iterable", v);
                case "maxlen" -> maxlen = duplicate(maxlen, "maxlen", v);
                default -> throw PyErr.typeError("'%s' is an invalid keyword argument for deque()", kwnames[k]);
            }
        }
        PyDeque d = (PyDeque) self;
        // As in CPython, the deque is emptied first: deque.__init__(d, d) leaves it empty.
        d.reset(limit(maxlen));
        if (iterable != null) {
            d.extend(iterable);
        }
        return PyNone.NONE;
    }

    private static PyObject duplicate(PyObject already, String name, PyObject v) {
        if (already != null) {
            throw PyErr.typeError("argument for deque() given by name ('%s') and position", name);
        }
        return v;
    }

    private static int limit(PyObject maxlen) {
        if (maxlen == null || maxlen == PyNone.NONE) {
            return -1;
        }
        if (maxlen.type().nb_index == null) {
            throw PyErr.typeError("an integer is required");
        }
        long n = Abstract.indexValue(maxlen);
        if (n < 0) {
            throw PyErr.valueError("maxlen must be non-negative");
        }
        return (int) Math.min(n, Integer.MAX_VALUE);
    }

    private static int index(PyObject key) {
        if (key.type().nb_index == null) {
            throw PyErr.typeError("sequence index must be integer, not '%s'", PyErr.typeName(key));
        }
        long i = Abstract.indexValue(key);
        return (int) Math.max(Integer.MIN_VALUE, Math.min(i, Integer.MAX_VALUE));
    }

    private static PyObject repr(PyObject self) {
        PyDeque d = (PyDeque) self;
        String body = SequenceRepr.of(d, d.toArray(), "[", "]", null);
        if (body == null) {
            return PyStr.of("[...]");
        }
        String full = d.type().getName();
        String name = full.substring(full.lastIndexOf('.') + 1);
        return PyStr.of(d.limit() < 0 ? name + "(" + body + ")" : name + "(" + body + ", maxlen=" + d.limit() + ")");
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyDeque y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return SequenceCompare.compare(((PyDeque) a).toArray(), y.toArray(), op);
    }

    private static PyObject concat(PyObject a, PyObject b) {
        if (!(b instanceof PyDeque)) {
            throw PyErr.typeError("can only concatenate deque (not \"%s\") to deque", PyErr.typeName(b));
        }
        PyDeque result = (PyDeque) ((PyDeque) a).copy();
        result.extend(b);
        return result;
    }

    private static void repeatInPlace(PyDeque d, long n) {
        if (n <= 0) {
            d.clear();
            return;
        }
        PyObject[] items = d.toArray();
        int room = d.limit() < 0 ? Integer.MAX_VALUE : d.limit();
        if (items.length > 0 && n - 1 > (long) Integer.MAX_VALUE / items.length && room == Integer.MAX_VALUE) {
            throw PyErr.newException(PyExc.MemoryError).toJava();
        }
        long extra = Math.min(n - 1, (long) room / Math.max(1, items.length) + 1);
        for (long k = 0; k < extra; k++) {
            for (PyObject v : items) {
                d.append(v);
            }
        }
    }
}
