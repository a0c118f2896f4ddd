package org.sanca.runtime.objects;

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
        t.tp_iter = self -> new PyListIter((PyList) self);
        t.sq_length = self -> ((PyList) self).size();
        t.mp_subscript = (self, key) -> {
            PyList l = (PyList) self;
            synchronized (l) {
                return l.get(Sequences.checkIndex(key, l.size(), "list index out of range"));
            }
        };
        t.mp_ass_subscript = (self, key, v) -> {
            PyList l = (PyList) self;
            synchronized (l) {
                int i = Sequences.checkIndex(key, l.size(), "list assignment index out of range");
                if (v == null) {
                    l.remove(i);
                } else {
                    l.set(i, v);
                }
            }
        };
        t.sq_contains = (self, item) -> {
            for (PyObject x : ((PyList) self).toArray()) {
                if (Abstract.richCompareBool(x, item, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyList y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return SequenceCompare.compare(((PyList) a).toArray(), y.toArray(), op);
    }
}
