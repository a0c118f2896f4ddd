package org.sanca.runtime.objects;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code dict} ({@code Objects/dictobject.c}). */
public final class DictSlots {
    private DictSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(repr((PyDict) self));
        t.tp_hash = null;
        t.tp_richcompare = DictSlots::richCompare;
        t.tp_iter = self -> new PyDictIter((PyDict) self, PyDictIter.KEYS);
        t.mp_length = self -> ((PyDict) self).size();
        t.mp_subscript = DictSlots::subscript;
        t.mp_ass_subscript = (self, key, v) -> {
            PyDict d = (PyDict) self;
            if (v != null) {
                d.setItem(key, v);
            } else if (d.delItem(key) == null) {
                throw keyError(key);
            }
        };
        t.sq_contains = (self, key) -> ((PyDict) self).getItem(key) != null;
    }

    private static PyObject subscript(PyObject self, PyObject key) {
        PyDict d = (PyDict) self;
        PyObject v = d.getItem(key);
        if (v != null) {
            return v;
        }
        if (self.type() != PyDict.TYPE) {
            PyObject missing = self.type().lookup(PyStr.of("__missing__"));
            if (missing != null) {
                return Abstract.call(missing, self, key);
            }
        }
        throw keyError(key);
    }

    /** KeyError whose single argument is the key itself. */
    public static PyException keyError(PyObject key) {
        return PyErr.newException(PyExc.KeyError, key).toJava();
    }

    private static String repr(PyDict d) {
        if (!ReprGuard.enter(d)) {
            return "{...}";
        }
        try {
            PyObject[] ks = d.keysArray();
            PyObject[] vs = d.valuesArray();
            StringBuilder b = new StringBuilder("{");
            for (int i = 0; i < ks.length; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(Abstract.repr(ks[i]).value()).append(": ").append(Abstract.repr(vs[i]).value());
            }
            return b.append('}').toString();
        } finally {
            ReprGuard.leave(d);
        }
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyDict y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyDict x = (PyDict) a;
        boolean eq = x.size() == y.size();
        if (eq) {
            PyObject[] ks = x.keysArray();
            PyObject[] vs = x.valuesArray();
            for (int i = 0; i < ks.length && eq; i++) {
                PyObject other = y.getItem(ks[i]);
                eq = other != null && Abstract.richCompareBool(vs[i], other, CompareOp.EQ);
            }
        }
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }
}
