package org.sanca.runtime.objects;

import java.math.BigInteger;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code range} ({@code Objects/rangeobject.c}). */
final class RangeSlots {
    private RangeSlots() {
    }

    static void fill(PyType t) {
        t.tp_new = RangeSlots::newRange;
        t.tp_repr = self -> {
            PyRange r = (PyRange) self;
            String s = "range(" + Abstract.repr(r.start).value() + ", " + Abstract.repr(r.stop).value();
            return PyStr.of(r.step.bigValue().equals(BigInteger.ONE) ? s + ")" : s + ", " + Abstract.repr(r.step).value() + ")");
        };
        t.tp_iter = self -> iter((PyRange) self);
        t.sq_length = self -> {
            BigInteger n = ((PyRange) self).length;
            if (n.bitLength() > 31) {
                throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
            }
            return n.intValue();
        };
        t.nb_bool = self -> ((PyRange) self).length.signum() != 0;
        t.sq_contains = RangeSlots::contains;
        t.mp_subscript = RangeSlots::subscript;
        t.tp_richcompare = RangeSlots::richCompare;
        t.tp_hash = self -> {
            PyRange r = (PyRange) self;
            PyObject len = PyInt.of(r.length);
            if (r.length.signum() == 0) {
                return TupleSlots.hash(PyTuple.of(len, PyNone.NONE, PyNone.NONE));
            }
            if (r.length.equals(BigInteger.ONE)) {
                return TupleSlots.hash(PyTuple.of(len, r.start, PyNone.NONE));
            }
            return TupleSlots.hash(PyTuple.of(len, r.start, r.step));
        };
    }

    private static PyObject newRange(PyObject type, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("range() takes no keyword arguments");
        }
        if (args.length == 0) {
            throw PyErr.typeError("range expected at least 1 argument, got 0");
        }
        if (args.length > 3) {
            throw PyErr.typeError("range expected at most 3 arguments, got %d", args.length);
        }
        if (args.length == 1) {
            return new PyRange(PyInt.of(0), Abstract.index(args[0]), PyInt.of(1));
        }
        PyInt lo = Abstract.index(args[0]);
        PyInt hi = Abstract.index(args[1]);
        PyInt step = args.length == 3 ? Abstract.index(args[2]) : PyInt.of(1);
        if (step.bigValue().signum() == 0) {
            throw PyErr.valueError("range() arg 3 must not be zero");
        }
        return new PyRange(lo, hi, step);
    }

    static PyObject iter(PyRange r) {
        return iterOver(r.start.bigValue(), r.step.bigValue(), r.length);
    }

    /** An iterator over {@code n} ints from {@code first} by {@code step}: long-based when they fit. */
    static PyObject iterOver(BigInteger first, BigInteger step, BigInteger n) {
        BigInteger last = first.add(step.multiply(n));
        if (first.bitLength() < 63 && last.bitLength() < 63 && step.bitLength() < 63 && n.bitLength() < 63) {
            return new PyRangeIter(first.longValue(), step.longValue(), n.longValue());
        }
        return new PyRangeIter(first, step, n);
    }

    private static boolean contains(PyObject self, PyObject x) {
        PyRange r = (PyRange) self;
        if (x.type() == PyInt.TYPE || x.type() == PyBool.TYPE) {
            return r.positionOf((PyInt) x) != null;
        }
        PyObject it = iter(r);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (Abstract.richCompareBool(v, x, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    private static PyObject subscript(PyObject self, PyObject key) {
        PyRange r = (PyRange) self;
        if (key instanceof PySlice s) {
            PyTuple ix = (PyTuple) s.indicesMethod(PyInt.of(r.length));
            BigInteger lo = ((PyInt) ix.get(0)).bigValue();
            BigInteger hi = ((PyInt) ix.get(1)).bigValue();
            BigInteger st = ((PyInt) ix.get(2)).bigValue();
            BigInteger step = r.step.bigValue();
            BigInteger base = r.start.bigValue();
            return new PyRange(PyInt.of(base.add(lo.multiply(step))), PyInt.of(base.add(hi.multiply(step))),
                    PyInt.of(st.multiply(step)));
        }
        if (key.type().nb_index == null) {
            throw Sequences.badIndexType("range", key);
        }
        BigInteger i = Abstract.index(key).bigValue();
        if (i.signum() < 0) {
            i = i.add(r.length);
        }
        if (i.signum() < 0 || i.compareTo(r.length) >= 0) {
            throw PyErr.format(PyExc.IndexError, "range object index out of range");
        }
        return r.item(i);
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyRange y) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyRange x = (PyRange) a;
        boolean eq = x == y || x.length.equals(y.length) && (x.length.signum() == 0
                || x.start.bigValue().equals(y.start.bigValue())
                && (x.length.equals(BigInteger.ONE) || x.step.bigValue().equals(y.step.bigValue())));
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }
}
