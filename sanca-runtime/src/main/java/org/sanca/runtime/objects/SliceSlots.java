package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** The slots of {@code slice} ({@code Objects/sliceobject.c}): repr, comparison as a 3-tuple, hash, the constructor. */
final class SliceSlots {
    private SliceSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> {
            PySlice s = (PySlice) self;
            return PyStr.of("slice(" + Abstract.repr(s.start).value() + ", " + Abstract.repr(s.stop).value() + ", "
                    + Abstract.repr(s.step).value() + ")");
        };
        t.tp_richcompare = (a, b, op) -> b instanceof PySlice y
                ? SequenceCompare.compare(items((PySlice) a), items(y), op) : PyNotImplemented.NOT_IMPLEMENTED;
        t.tp_hash = self -> {
            long h = TupleSlots.hash(PyTuple.of(items((PySlice) self)));
            h = Long.rotateLeft(h, 17) ^ 0x5bd1e995L;
            return h == -1 ? -2 : h;
        };
        t.tp_new = (type, args, kwnames) -> {
            if (kwnames != null && kwnames.length > 0) {
                throw PyErr.typeError("slice() takes no keyword arguments");
            }
            return switch (args.length) {
                case 0 -> throw PyErr.typeError("slice expected at least 1 argument, got 0");
                case 1 -> new PySlice(PyNone.NONE, args[0], PyNone.NONE);
                case 2 -> new PySlice(args[0], args[1], PyNone.NONE);
                case 3 -> new PySlice(args[0], args[1], args[2]);
                default -> throw PyErr.typeError("slice expected at most 3 arguments, got %d", args.length);
            };
        };
    }

    private static PyObject[] items(PySlice s) {
        return new PyObject[] {s.start, s.stop, s.step};
    }
}
