package org.sanca.runtime.objects;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code set} and {@code frozenset} ({@code Objects/setobject.c}). */
final class SetSlots {
    private SetSlots() {
    }

    static void fillSet(PyType t) {
        fillCommon(t);
        t.tp_hash = null;
        t.tp_new = (type, args, kw) -> type == PySet.TYPE ? new PySet() : new PySetDerived((PyType) type);
        t.tp_init = (self, args, kw) -> {
            checkArgs("set", self.type(), args, kw);
            PySet s = (PySet) self;
            s.table.clear();
            if (args.length == 1) {
                s.update(args[0]);
            }
            return PyNone.NONE;
        };
        t.nb_inplace_or = (a, b) -> inplace(a, b, () -> ((PySet) a).update(b));
        t.nb_inplace_and = (a, b) -> inplace(a, b, () -> ((PySet) a).replaceWith(((PySet) a).intersection(b)));
        t.nb_inplace_subtract = (a, b) -> inplace(a, b, () -> ((PySet) a).differenceUpdate(b));
        t.nb_inplace_xor = (a, b) -> inplace(a, b, () -> ((PySet) a).symmetricDifferenceUpdate(b));
    }

    static void fillFrozenSet(PyType t) {
        fillCommon(t);
        t.tp_hash = self -> ((PyAnySet) self).table.frozenHash();
        t.tp_new = SetSlots::newFrozenSet;
    }

    private static void checkArgs(String name, PyType type, PyObject[] args, String[] kw) {
        if (kw != null && kw.length > 0 && (type == PySet.TYPE || type == PyFrozenSet.TYPE)) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
        if (args.length > 1) {
            throw PyErr.typeError("%s expected at most 1 argument, got %d", name, args.length);
        }
    }

    private static PyObject newFrozenSet(PyObject type, PyObject[] args, String[] kw) {
        checkArgs("frozenset", (PyType) type, args, kw);
        if (type == PyFrozenSet.TYPE) {
            if (args.length == 1 && args[0].type() == PyFrozenSet.TYPE) {
                return args[0];
            }
            return args.length == 0 ? new PyFrozenSet() : PyFrozenSet.of(args[0]);
        }
        PyFrozenSet f = new PyFrozenSetDerived((PyType) type);
        if (args.length == 1) {
            f.update(args[0]);
        }
        return f;
    }

    private static void fillCommon(PyType t) {
        t.tp_repr = self -> PyStr.of(repr((PyAnySet) self));
        t.tp_richcompare = SetSlots::richCompare;
        t.tp_iter = self -> new PySetIter((PyAnySet) self);
        t.sq_length = self -> ((PyAnySet) self).size();
        t.sq_contains = (self, key) -> ((PyAnySet) self).containsKey(key);
        t.nb_or = (a, b) -> binary(a, b, (x, y) -> x.union(y));
        t.nb_and = (a, b) -> binary(a, b, (x, y) -> x.intersection(y));
        t.nb_subtract = (a, b) -> binary(a, b, (x, y) -> x.difference(y));
        t.nb_xor = (a, b) -> binary(a, b, (x, y) -> x.symmetricDifference(y));
    }

    private static PyObject binary(PyObject a, PyObject b, java.util.function.BinaryOperator<PyAnySet> op) {
        if (!(a instanceof PyAnySet x) || !(b instanceof PyAnySet y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return op.apply(x, y);
    }

    private static PyObject inplace(PyObject a, PyObject b, Runnable op) {
        if (!(b instanceof PyAnySet)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        op.run();
        return a;
    }

    private static String repr(PyAnySet s) {
        String name = s.type().getName();
        boolean plain = s.type() == PySet.TYPE;
        if (s.size() == 0) {
            return name + "()";
        }
        if (!ReprGuard.enter(s)) {
            return name + "(...)";
        }
        try {
            StringBuilder b = new StringBuilder();
            if (!plain) {
                b.append(name).append('(');
            }
            b.append('{');
            PyObject[] keys = s.keysArray();
            for (int i = 0; i < keys.length; i++) {
                if (i > 0) {
                    b.append(", ");
                }
                b.append(Abstract.repr(keys[i]).value());
            }
            b.append('}');
            if (!plain) {
                b.append(')');
            }
            return b.toString();
        } finally {
            ReprGuard.leave(s);
        }
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyAnySet y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyAnySet x = (PyAnySet) a;
        boolean r = switch (op) {
            case EQ -> x.size() == y.size() && x.isSubset(y);
            case NE -> !(x.size() == y.size() && x.isSubset(y));
            case LE -> x.isSubset(y);
            case GE -> x.isSuperset(y);
            case LT -> x.size() < y.size() && x.isSubset(y);
            case GT -> x.size() > y.size() && x.isSuperset(y);
        };
        return PyBool.of(r);
    }
}
