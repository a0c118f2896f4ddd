package org.sanca.runtime.types;

import java.util.function.Function;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * The special methods a builtin type shows for the slots it defines ({@code int.__add__},
 * {@code list.__len__}, ...): the builtin half of CPython's {@code slotdefs} table in
 * {@code Objects/typeobject.c}. A slot a type inherits unchanged from its base gets no wrapper
 * of its own; lookup finds the base's.
 */
final class SlotWrappers {
    private SlotWrappers() {
    }

    private record Def(String name, Function<PyType, Object> slot, int arity, SlotCall call) {
    }

    private static final Def[] DEFS = {
        new Def("__repr__", t -> t.tp_repr, 0, (o, s, a, k) -> o.tp_repr.call(s)),
        new Def("__str__", t -> t.tp_str, 0, (o, s, a, k) -> o.tp_str.call(s)),
        new Def("__hash__", t -> t.tp_hash, 0, (o, s, a, k) -> PyInt.of(o.tp_hash.call(s))),
        new Def("__call__", t -> t.tp_call, -1, (o, s, a, k) -> o.tp_call.call(s, a, k)),
        new Def("__getattribute__", t -> t.tp_getattro, 1, (o, s, a, k) -> o.tp_getattro.call(s, name(a[0]))),
        new Def("__setattr__", t -> t.tp_setattro, 2, (o, s, a, k) -> none(() -> hackcheck(s, o.tp_setattro, "__setattr__").call(s, name(a[0]), a[1]))),
        new Def("__delattr__", t -> t.tp_setattro, 1, (o, s, a, k) -> none(() -> hackcheck(s, o.tp_setattro, "__delattr__").call(s, name(a[0]), null))),
        new Def("__lt__", t -> t.tp_richcompare, 1, (o, s, a, k) -> o.tp_richcompare.call(s, a[0], CompareOp.LT)),
        new Def("__le__", t -> t.tp_richcompare, 1, (o, s, a, k) -> o.tp_richcompare.call(s, a[0], CompareOp.LE)),
        new Def("__eq__", t -> t.tp_richcompare, 1, (o, s, a, k) -> o.tp_richcompare.call(s, a[0], CompareOp.EQ)),
        new Def("__ne__", t -> t.tp_richcompare, 1, (o, s, a, k) -> o.tp_richcompare.call(s, a[0], CompareOp.NE)),
        new Def("__gt__", t -> t.tp_richcompare, 1, (o, s, a, k) -> o.tp_richcompare.call(s, a[0], CompareOp.GT)),
        new Def("__ge__", t -> t.tp_richcompare, 1, (o, s, a, k) -> o.tp_richcompare.call(s, a[0], CompareOp.GE)),
        new Def("__iter__", t -> t.tp_iter, 0, (o, s, a, k) -> o.tp_iter.call(s)),
        new Def("__next__", t -> t.tp_iternext, 0, (o, s, a, k) -> stopIfNull(o.tp_iternext.call(s))),
        new Def("__get__", t -> t.tp_descr_get, -1, SlotWrappers::descrGet),
        new Def("__set__", t -> t.tp_descr_set, 2, (o, s, a, k) -> none(() -> o.tp_descr_set.call(s, a[0], a[1]))),
        new Def("__delete__", t -> t.tp_descr_set, 1, (o, s, a, k) -> none(() -> o.tp_descr_set.call(s, a[0], null))),
        new Def("__init__", t -> t.tp_init, -1, (o, s, a, k) -> o.tp_init.call(s, a, k)),
        new Def("__len__", t -> t.mp_length, 0, (o, s, a, k) -> PyInt.of(o.mp_length.call(s))),
        new Def("__len__", t -> t.sq_length, 0, (o, s, a, k) -> PyInt.of(o.sq_length.call(s))),
        new Def("__getitem__", t -> t.mp_subscript, 1, (o, s, a, k) -> o.mp_subscript.call(s, a[0])),
        new Def("__setitem__", t -> t.mp_ass_subscript, 2, (o, s, a, k) -> none(() -> o.mp_ass_subscript.call(s, a[0], a[1]))),
        new Def("__delitem__", t -> t.mp_ass_subscript, 1, (o, s, a, k) -> none(() -> o.mp_ass_subscript.call(s, a[0], null))),
        new Def("__buffer__", t -> t.bf_getbuffer, 1, (o, s, a, k) -> o.bf_getbuffer.call(s, a[0])),
        new Def("__release_buffer__", t -> t.bf_releasebuffer, 1, (o, s, a, k) -> o.bf_releasebuffer.call(s, a[0])),
        new Def("__contains__", t -> t.sq_contains, 1, (o, s, a, k) -> PyBool.of(o.sq_contains.call(s, a[0]))),
        new Def("__bool__", t -> t.nb_bool, 0, (o, s, a, k) -> PyBool.of(o.nb_bool.call(s))),
        new Def("__neg__", t -> t.nb_negative, 0, (o, s, a, k) -> o.nb_negative.call(s)),
        new Def("__pos__", t -> t.nb_positive, 0, (o, s, a, k) -> o.nb_positive.call(s)),
        new Def("__abs__", t -> t.nb_absolute, 0, (o, s, a, k) -> o.nb_absolute.call(s)),
        new Def("__invert__", t -> t.nb_invert, 0, (o, s, a, k) -> o.nb_invert.call(s)),
        new Def("__int__", t -> t.nb_int, 0, (o, s, a, k) -> o.nb_int.call(s)),
        new Def("__float__", t -> t.nb_float, 0, (o, s, a, k) -> o.nb_float.call(s)),
        new Def("__index__", t -> t.nb_index, 0, (o, s, a, k) -> o.nb_index.call(s)),
        new Def("__pow__", t -> t.nb_power, -1, (o, s, a, k) -> o.nb_power.call(s, a[0], a.length > 1 ? a[1] : PyNone.NONE)),
        new Def("__rpow__", t -> t.nb_power, -1, (o, s, a, k) -> o.nb_power.call(a[0], s, a.length > 1 ? a[1] : PyNone.NONE)),
    };

    /** Binary number slots: each gives {@code __op__} and the reflected {@code __rop__}. */
    private static final String[][] BINARY = {
        {"add", "ADD"}, {"sub", "SUBTRACT"}, {"mul", "MULTIPLY"}, {"mod", "REMAINDER"}, {"divmod", null},
        {"lshift", "LSHIFT"}, {"rshift", "RSHIFT"}, {"and", "AND"}, {"xor", "XOR"}, {"or", "OR"},
        {"floordiv", "FLOOR_DIVIDE"}, {"truediv", "TRUE_DIVIDE"}, {"matmul", "MATRIX_MULTIPLY"},
    };

    /**
     * The sequence slots' wrappers ({@code __add__} from {@code sq_concat}, ...): after the number
     * slots', which win when a type has both, as in CPython's {@code slotdefs} order.
     */
    private static final Def[] SEQUENCE_DEFS = {
        new Def("__add__", t -> t.sq_concat, 1, (o, s, a, k) -> o.sq_concat.call(s, a[0])),
        new Def("__mul__", t -> t.sq_repeat, 1, (o, s, a, k) -> repeat(o.sq_repeat, s, a[0])),
        new Def("__rmul__", t -> t.sq_repeat, 1, (o, s, a, k) -> repeat(o.sq_repeat, s, a[0])),
        new Def("__iadd__", t -> t.sq_inplace_concat, 1, (o, s, a, k) -> o.sq_inplace_concat.call(s, a[0])),
        new Def("__imul__", t -> t.sq_inplace_repeat, 1, (o, s, a, k) -> repeat(o.sq_inplace_repeat, s, a[0])),
    };

    /** CPython's {@code wrap_indexargfunc}: NotImplemented for a count that is not an integer. */
    private static PyObject repeat(SsizeArgFunc f, PyObject self, PyObject count) {
        if (count.type().nb_index == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return f.call(self, Abstract.indexValue(count));
    }

    static void addTo(PyType t) {
        PyDict dict = t.dict();
        NewWrapper.addTo(t);
        dict.setDefault(PyStr.of("__doc__"), PyNone.NONE);
        if (t.tp_hash == null) {
            dict.setDefault(PyStr.of("__hash__"), PyNone.NONE);
        }
        PyType base = t.base();
        addDefs(t, base, DEFS);
        for (String[] b : BINARY) {
            Function<PyType, BinaryFunc> slot = b[1] == null ? ty -> ty.nb_divmod : BinaryOp.valueOf(b[1]).slot;
            BinaryFunc f = slot.apply(t);
            if (f != null && (base == null || slot.apply(base) != f)) {
                putIfAbsent(dict, new PySlotWrapper(t, "__" + b[0] + "__", 1, (o, s, a, k) -> slot.apply(o).call(s, a[0])));
                putIfAbsent(dict, new PySlotWrapper(t, "__r" + b[0] + "__", 1, (o, s, a, k) -> slot.apply(o).call(a[0], s)));
            }
            if (b[1] != null) {
                Function<PyType, BinaryFunc> islot = BinaryOp.valueOf(b[1]).inplaceSlot;
                BinaryFunc fi = islot.apply(t);
                if (fi != null && (base == null || islot.apply(base) != fi)) {
                    putIfAbsent(dict, new PySlotWrapper(t, "__i" + b[0] + "__", 1, (o, s, a, k) -> islot.apply(o).call(s, a[0])));
                }
            }
        }
        addDefs(t, base, SEQUENCE_DEFS);
    }

    /** Adds the wrapper of each slot {@code t} defines itself rather than inherits from {@code base}. */
    private static void addDefs(PyType t, PyType base, Def[] defs) {
        for (Def d : defs) {
            Object slot = d.slot.apply(t);
            if (slot != null && (base == null || d.slot.apply(base) != slot)) {
                putIfAbsent(t.dict(), new PySlotWrapper(t, d.name, d.arity, d.call));
            }
        }
    }

    private static void putIfAbsent(PyDict dict, PySlotWrapper w) {
        dict.setDefault(PyStr.of(w.name), w);
    }

    /**
     * CPython's {@code hackcheck}: {@code object.__setattr__(x, ...)} may not skip a builtin
     * {@code __setattr__} between {@code type(x)} and the wrapper's type, as it would for a class.
     */
    private static SetAttrFunc hackcheck(PyObject self, SetAttrFunc func, String what) {
        PyType type = self.type();
        PyType[] mro = type.mro();
        PyType defining = type;
        for (int i = mro.length - 1; i >= 0; i--) {
            if (mro[i].tp_setattro != SlotFunctions.SETATTRO && mro[i].tp_setattro == type.tp_setattro) {
                defining = mro[i];
                break;
            }
        }
        for (PyType b = defining; b != null; b = b.base()) {
            if (b.tp_setattro == func) {
                break;
            }
            if (b.tp_setattro != SlotFunctions.SETATTRO) {
                throw PyErr.typeError("can't apply this %s to %s object", what, type.getName());
            }
        }
        return func;
    }

    private static PyStr name(PyObject o) {
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("attribute name must be string, not '%s'", PyErr.typeName(o));
        }
        return s;
    }

    private static PyObject none(Runnable r) {
        r.run();
        return PyNone.NONE;
    }

    private static PyObject stopIfNull(PyObject v) {
        if (v == null) {
            throw PyErr.newException(PyExc.StopIteration).toJava();
        }
        return v;
    }

    private static PyObject descrGet(PyType owner, PyObject self, PyObject[] a, String[] kwnames) {
        if (a.length < 1 || a.length > 2) {
            throw PyErr.typeError("expected 1 or 2 arguments, got %d", a.length);
        }
        PyObject obj = a[0] == PyNone.NONE ? null : a[0];
        PyObject type = a.length > 1 && a[1] != PyNone.NONE ? a[1] : null;
        if (obj == null && type == null) {
            throw PyErr.typeError("__get__(None, None) is invalid");
        }
        return owner.tp_descr_get.call(self, obj, type);
    }
}
