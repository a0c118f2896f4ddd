package org.sanca.runtime.objects;

import java.util.Arrays;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code tuple} ({@code Objects/tupleobject.c}). */
public final class TupleSlots {
    private TupleSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> {
            PyObject[] items = ((PyTuple) self).items();
            if (items.length == 1) {
                return PyStr.of(SequenceRepr.of(self, items, "(", ",)", "(...)"));
            }
            return PyStr.of(SequenceRepr.of(self, items, "(", ")", "(...)"));
        };
        t.tp_hash = self -> hash((PyTuple) self);
        t.tp_richcompare = (a, b, op) -> b instanceof PyTuple y
                ? SequenceCompare.compare(((PyTuple) a).items(), y.items(), op) : PyNotImplemented.NOT_IMPLEMENTED;
        t.tp_iter = self -> new PyArrayIter((PyTuple) self);
        t.sq_length = self -> ((PyTuple) self).size();
        t.mp_subscript = TupleSlots::subscript;
        t.sq_item = (self, i) -> {
            PyTuple tu = (PyTuple) self;
            if (i < 0 || i >= tu.size()) {
                throw PyErr.format(PyExc.IndexError, "tuple index out of range");
            }
            return tu.get((int) i);
        };
        t.sq_concat = TupleSlots::concat;
        t.sq_repeat = (self, n) -> {
            PyTuple tu = (PyTuple) self;
            return n == 1 && tu.type() == PyTuple.TYPE ? tu : PyTuple.of(Sequences.repeat(tu.items(), tu.size(), n));
        };
        t.tp_new = TupleSlots::newTuple;
        t.sq_contains = (self, item) -> {
            for (PyObject x : ((PyTuple) self).items()) {
                if (Abstract.richCompareBool(x, item, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
    }

    private static PyObject subscript(PyObject self, PyObject key) {
        PyTuple tu = (PyTuple) self;
        if (key instanceof PySlice s) {
            PySlice.Indices ix = s.indices(tu.size());
            if (ix.step() == 1 && ix.length() == tu.size() && tu.type() == PyTuple.TYPE) {
                return tu;
            }
            PyObject[] out = new PyObject[ix.length()];
            for (int i = 0, j = ix.start(); i < out.length; i++, j += ix.step()) {
                out[i] = tu.get(j);
            }
            return PyTuple.of(out);
        }
        if (key.type().nb_index == null) {
            throw Sequences.badIndexType("tuple", key);
        }
        return tu.get(Sequences.checkIndex(key, tu.size(), "tuple index out of range"));
    }

    private static PyObject concat(PyObject a, PyObject b) {
        if (!(b instanceof PyTuple y)) {
            throw PyErr.typeError("can only concatenate tuple (not \"%s\") to tuple", PyErr.typeName(b));
        }
        PyObject[] x = ((PyTuple) a).items();
        PyObject[] out = Arrays.copyOf(x, x.length + y.size());
        System.arraycopy(y.items(), 0, out, x.length, y.size());
        return PyTuple.of(out);
    }

    private static PyObject newTuple(PyObject type, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("tuple() takes no keyword arguments");
        }
        if (args.length > 1) {
            throw PyErr.typeError("tuple expected at most 1 argument, got %d", args.length);
        }
        if (type == PyTuple.TYPE) {
            if (args.length == 0) {
                return PyTuple.EMPTY;
            }
            return args[0].type() == PyTuple.TYPE ? args[0] : PyTuple.of(Sequences.toArray(args[0]));
        }
        PyObject[] items = args.length == 0 ? new PyObject[0] : Sequences.toArray(args[0]);
        return new PyTupleDerived((PyType) type, items);
    }

    /** CPython 3.12's tuple hash: xxHash-style accumulation of the item hashes. */
    static long hash(PyTuple t) {
        final long p1 = 0x9E3779B185EBCA87L;
        final long p2 = 0xC2B2AE3D27D4EB4FL;
        final long p5 = 0x27D4EB2F165667C5L;
        long acc = p5;
        for (PyObject item : t.items()) {
            long lane = Abstract.hash(item);
            acc += lane * p2;
            acc = Long.rotateLeft(acc, 31);
            acc *= p1;
        }
        acc += t.size() ^ (p5 ^ 3527539L);
        return acc == -1 ? 1546275796L : acc;
    }
}
