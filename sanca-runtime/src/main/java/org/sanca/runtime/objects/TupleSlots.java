package org.sanca.runtime.objects;

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
        t.tp_iter = self -> new PyArrayIter(((PyTuple) self).items());
        t.sq_length = self -> ((PyTuple) self).size();
        t.mp_subscript = (self, key) -> {
            PyTuple tu = (PyTuple) self;
            return tu.get(Sequences.checkIndex(key, tu.size(), "tuple index out of range"));
        };
        t.sq_contains = (self, item) -> {
            for (PyObject x : ((PyTuple) self).items()) {
                if (Abstract.richCompareBool(x, item, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
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
