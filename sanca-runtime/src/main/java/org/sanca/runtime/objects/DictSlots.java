package org.sanca.runtime.objects;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code dict} ({@code Objects/dictobject.c}). */
public final class DictSlots {
    private static final PyStr KEYS = PyStr.of("keys");

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
        t.tp_new = (type, args, kw) -> type == PyDict.TYPE ? new PyDict() : new PyDictDerived((PyType) type);
        t.tp_init = DictSlots::init;
        t.nb_or = (a, b) -> {
            if (!(a instanceof PyDict x) || !(b instanceof PyDict y)) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyDict r = x.copy();
            r.updateFrom(y);
            return r;
        };
        t.nb_inplace_or = (a, b) -> {
            updateArg((PyDict) a, b);
            return a;
        };
    }

    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > 1) {
            throw PyErr.typeError("dict expected at most 1 argument, got %d", npos);
        }
        PyDict d = (PyDict) self;
        if (npos == 1) {
            updateArg(d, args[0]);
        }
        for (int i = 0; i < nkw; i++) {
            d.setItem(PyStr.of(kwnames[i]), args[npos + i]);
        }
        return PyNone.NONE;
    }

    /** {@code d.update(arg)}: a dict, a mapping with {@code keys()}, or an iterable of pairs. */
    static void updateArg(PyDict d, PyObject arg) {
        if (PyDict.iteratesAsDict(arg)) {
            d.updateFrom((PyDict) arg);
            return;
        }
        PyObject keys = Abstract.lookupAttr(arg, KEYS);
        if (keys != null) {
            PyObject it = Abstract.getIter(Abstract.call(keys));
            for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
                d.setItem(k, Abstract.getItem(arg, k));
            }
            return;
        }
        PyObject it = Abstract.getIter(arg);
        int i = 0;
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it), i++) {
            if (item.type().tp_iter == null && item.type().sq_item == null) {
                throw PyErr.typeError("cannot convert dictionary update sequence element #%d to a sequence", i);
            }
            PyObject[] kv = Sequences.toArrayNoCopy(item);
            if (kv.length != 2) {
                throw PyErr.valueError("dictionary update sequence element #%d has length %d; 2 is required", i, kv.length);
            }
            d.setItem(kv[0], kv[1]);
        }
    }

    static PyObject subscript(PyObject self, PyObject key) {
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
