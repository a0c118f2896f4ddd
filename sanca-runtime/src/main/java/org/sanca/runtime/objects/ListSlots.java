package org.sanca.runtime.objects;

import java.util.Arrays;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code list} ({@code Objects/listobject.c}). */
public final class ListSlots {
    private ListSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(SequenceRepr.of(self, ((PyList) self).toArray(), "[", "]", "[...]"));
        t.tp_hash = null;
        t.tp_richcompare = ListSlots::richCompare;
        t.tp_iter = self -> new PyListIter((PyList) self, false);
        t.tp_new = (type, args, kw) -> type == PyList.TYPE ? new PyList() : new PyListDerived((PyType) type);
        t.tp_init = ListSlots::init;
        t.sq_length = self -> ((PyList) self).size();
        t.sq_concat = ListSlots::concat;
        t.sq_repeat = (self, n) -> ((PyList) self).repeat(n);
        t.sq_inplace_concat = (self, other) -> {
            ((PyList) self).extend(other);
            return self;
        };
        t.sq_inplace_repeat = (self, n) -> {
            ((PyList) self).repeatInPlace(n);
            return self;
        };
        t.mp_subscript = ListSlots::subscript;
        t.sq_item = (self, i) -> {
            PyObject v = ((PyList) self).getOrNull((int) Math.max(-1, Math.min(i, Integer.MAX_VALUE)));
            if (v == null) {
                throw PyErr.format(PyExc.IndexError, "list index out of range");
            }
            return v;
        };
        t.mp_ass_subscript = ListSlots::assignSubscript;
        t.sq_contains = (self, item) -> {
            PyList l = (PyList) self;
            for (int i = 0;; i++) {
                PyObject x = l.getOrNull(i);
                if (x == null) {
                    return false;
                }
                if (Abstract.richCompareBool(x, item, CompareOp.EQ)) {
                    return true;
                }
            }
        };
    }

    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("list() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyErr.typeError("list expected at most 1 argument, got %d", args.length);
        }
        PyList l = (PyList) self;
        PyObject[] items = args.length == 0 ? new PyObject[0] : Sequences.toArray(args[0]);
        l.setArray(items);
        return PyNone.NONE;
    }

    private static PyObject concat(PyObject a, PyObject b) {
        if (!(b instanceof PyList y)) {
            throw PyErr.typeError("can only concatenate list (not \"%s\") to list", PyErr.typeName(b));
        }
        PyObject[] x = ((PyList) a).toArray();
        PyObject[] z = y.toArray();
        PyObject[] out = Arrays.copyOf(x, x.length + z.length);
        System.arraycopy(z, 0, out, x.length, z.length);
        return new PyList(out);
    }

    private static PyObject subscript(PyObject self, PyObject key) {
        PyList l = (PyList) self;
        if (key instanceof PySlice s) {
            return l.getSlice(s);
        }
        long i = itemIndex(key);
        synchronized (l) {
            return l.get(position(l, i, "list index out of range"));
        }
    }

    private static void assignSubscript(PyObject self, PyObject key, PyObject v) {
        PyList l = (PyList) self;
        if (key instanceof PySlice s) {
            l.setSlice(s, v);
            return;
        }
        long i = itemIndex(key);
        synchronized (l) {
            int at = position(l, i, "list assignment index out of range");
            if (v == null) {
                l.remove(at);
            } else {
                l.set(at, v);
            }
        }
    }

    private static long itemIndex(PyObject key) {
        if (key.type().nb_index == null) {
            throw Sequences.badIndexType("list", key);
        }
        return Abstract.indexValue(key);
    }

    /** The position of index {@code i} in {@code l}, whose lock the caller holds. */
    private static int position(PyList l, long i, String what) {
        int n = l.size();
        if (i < 0) {
            i += n;
        }
        if (i < 0 || i >= n) {
            throw PyErr.format(PyExc.IndexError, "%s", what);
        }
        return (int) i;
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyList y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return SequenceCompare.compare(((PyList) a).toArray(), y.toArray(), op);
    }
}
