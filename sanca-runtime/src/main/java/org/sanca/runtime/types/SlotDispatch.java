package org.sanca.runtime.types;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Function;

import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * Keeps the slots of classes defined in Python in step with their special methods: CPython's
 * {@code slotdefs}, {@code update_one_slot}, {@code fixup_slot_dispatchers} and
 * {@code update_slot} in {@code Objects/typeobject.c}. A slot whose special method is defined
 * in Python gets the generic function of {@link SlotFunctions} that calls it; a slot whose
 * method is missing or a builtin's slot wrapper keeps what the bases provide.
 */
final class SlotDispatch {
    private SlotDispatch() {
    }

    private record Entry(PyStr[] names, Function<PyType, Object> get, BiConsumer<PyType, Object> set, Object generic) {
    }

    private static final List<Entry> ALL = new ArrayList<>();
    private static final Map<String, List<Entry>> BY_NAME = new HashMap<>();
    private static final PyStr HASH = PyStr.of("__hash__");

    private static void def(Object generic, Function<PyType, Object> get, BiConsumer<PyType, Object> set, String... names) {
        PyStr[] keys = new PyStr[names.length];
        for (int i = 0; i < names.length; i++) {
            keys[i] = PyStr.of(names[i]);
        }
        Entry e = new Entry(keys, get, set, generic);
        ALL.add(e);
        for (String n : names) {
            BY_NAME.computeIfAbsent(n, k -> new ArrayList<>()).add(e);
        }
    }

    static {
        def(SlotFunctions.REPR, t -> t.tp_repr, (t, f) -> t.tp_repr = (UnaryFunc) f, "__repr__");
        def(SlotFunctions.STR, t -> t.tp_str, (t, f) -> t.tp_str = (UnaryFunc) f, "__str__");
        def(SlotFunctions.HASH, t -> t.tp_hash, (t, f) -> t.tp_hash = (HashFunc) f, "__hash__");
        def(SlotFunctions.CALL, t -> t.tp_call, (t, f) -> t.tp_call = (CallFunc) f, "__call__");
        def(SlotFunctions.GETATTRO, t -> t.tp_getattro, (t, f) -> t.tp_getattro = (GetAttrFunc) f,
                "__getattribute__", "__getattr__");
        def(SlotFunctions.SETATTRO, t -> t.tp_setattro, (t, f) -> t.tp_setattro = (SetAttrFunc) f,
                "__setattr__", "__delattr__");
        def(SlotFunctions.RICHCOMPARE, t -> t.tp_richcompare, (t, f) -> t.tp_richcompare = (RichCmpFunc) f,
                "__lt__", "__le__", "__eq__", "__ne__", "__gt__", "__ge__");
        def(SlotFunctions.ITER, t -> t.tp_iter, (t, f) -> t.tp_iter = (UnaryFunc) f, "__iter__");
        def(SlotFunctions.ITERNEXT, t -> t.tp_iternext, (t, f) -> t.tp_iternext = (IterNextFunc) f, "__next__");
        def(SlotFunctions.DESCR_GET, t -> t.tp_descr_get, (t, f) -> t.tp_descr_get = (DescrGetFunc) f, "__get__");
        def(SlotFunctions.DESCR_SET, t -> t.tp_descr_set, (t, f) -> t.tp_descr_set = (DescrSetFunc) f,
                "__set__", "__delete__");
        def(SlotFunctions.INIT, t -> t.tp_init, (t, f) -> t.tp_init = (CallFunc) f, "__init__");
        def(SlotFunctions.NEW, t -> t.tp_new, (t, f) -> t.tp_new = (CallFunc) f, "__new__");
        def(SlotFunctions.LENGTH, t -> t.sq_length, (t, f) -> t.sq_length = (LenFunc) f, "__len__");
        def(SlotFunctions.LENGTH, t -> t.mp_length, (t, f) -> t.mp_length = (LenFunc) f, "__len__");
        def(SlotFunctions.SUBSCRIPT, t -> t.mp_subscript, (t, f) -> t.mp_subscript = (BinaryFunc) f, "__getitem__");
        def(SlotFunctions.ITEM, t -> t.sq_item, (t, f) -> t.sq_item = (SsizeArgFunc) f, "__getitem__");
        def(SlotFunctions.ASS_SUBSCRIPT, t -> t.mp_ass_subscript, (t, f) -> t.mp_ass_subscript = (ObjObjArgProc) f,
                "__setitem__", "__delitem__");
        def(SlotFunctions.CONTAINS, t -> t.sq_contains, (t, f) -> t.sq_contains = (ObjObjProc) f, "__contains__");
        def(SlotFunctions.BOOL, t -> t.nb_bool, (t, f) -> t.nb_bool = (InquiryFunc) f, "__bool__");
        unary("neg", t -> t.nb_negative, (t, f) -> t.nb_negative = f);
        unary("pos", t -> t.nb_positive, (t, f) -> t.nb_positive = f);
        unary("abs", t -> t.nb_absolute, (t, f) -> t.nb_absolute = f);
        unary("invert", t -> t.nb_invert, (t, f) -> t.nb_invert = f);
        unary("int", t -> t.nb_int, (t, f) -> t.nb_int = f);
        unary("float", t -> t.nb_float, (t, f) -> t.nb_float = f);
        unary("index", t -> t.nb_index, (t, f) -> t.nb_index = f);
        for (BinaryOp op : BinaryOp.values()) {
            if (op != BinaryOp.POWER) {
                binary(op);
            }
        }
        def(new SlotFunctions.Binary("__divmod__", "__rdivmod__", t -> t.nb_divmod),
                t -> t.nb_divmod, (t, f) -> t.nb_divmod = (BinaryFunc) f, "__divmod__", "__rdivmod__");
        def(SlotFunctions.POWER, t -> t.nb_power, (t, f) -> t.nb_power = (TernaryFunc) f, "__pow__", "__rpow__");
        def(SlotFunctions.INPLACE_POWER, t -> t.nb_inplace_power, (t, f) -> t.nb_inplace_power = (TernaryFunc) f, "__ipow__");
    }

    private static void unary(String name, Function<PyType, UnaryFunc> get, BiConsumer<PyType, UnaryFunc> set) {
        String dunder = "__" + name + "__";
        def(SlotFunctions.unary(dunder), get::apply, (t, f) -> set.accept(t, (UnaryFunc) f), dunder);
    }

    private static void binary(BinaryOp op) {
        String name = methodName(op);
        String dunder = "__" + name + "__";
        String reflected = "__r" + name + "__";
        def(new SlotFunctions.Binary(dunder, reflected, op.slot), op.slot::apply,
                (t, f) -> setSlot(op, t, (BinaryFunc) f, false), dunder, reflected);
        String inplace = "__i" + name + "__";
        def(SlotFunctions.inplace(inplace), op.inplaceSlot::apply,
                (t, f) -> setSlot(op, t, (BinaryFunc) f, true), inplace);
    }

    /** The stem of the operator's special methods: {@code add} for {@code __add__}. */
    static String methodName(BinaryOp op) {
        return switch (op) {
            case ADD -> "add";
            case AND -> "and";
            case FLOOR_DIVIDE -> "floordiv";
            case LSHIFT -> "lshift";
            case MATRIX_MULTIPLY -> "matmul";
            case MULTIPLY -> "mul";
            case REMAINDER -> "mod";
            case OR -> "or";
            case POWER -> "pow";
            case RSHIFT -> "rshift";
            case SUBTRACT -> "sub";
            case TRUE_DIVIDE -> "truediv";
            case XOR -> "xor";
        };
    }

    private static void setSlot(BinaryOp op, PyType t, BinaryFunc f, boolean inplace) {
        switch (op) {
            case ADD -> { if (inplace) t.nb_inplace_add = f; else t.nb_add = f; }
            case AND -> { if (inplace) t.nb_inplace_and = f; else t.nb_and = f; }
            case FLOOR_DIVIDE -> { if (inplace) t.nb_inplace_floor_divide = f; else t.nb_floor_divide = f; }
            case LSHIFT -> { if (inplace) t.nb_inplace_lshift = f; else t.nb_lshift = f; }
            case MATRIX_MULTIPLY -> { if (inplace) t.nb_inplace_matrix_multiply = f; else t.nb_matrix_multiply = f; }
            case MULTIPLY -> { if (inplace) t.nb_inplace_multiply = f; else t.nb_multiply = f; }
            case REMAINDER -> { if (inplace) t.nb_inplace_remainder = f; else t.nb_remainder = f; }
            case OR -> { if (inplace) t.nb_inplace_or = f; else t.nb_or = f; }
            case RSHIFT -> { if (inplace) t.nb_inplace_rshift = f; else t.nb_rshift = f; }
            case SUBTRACT -> { if (inplace) t.nb_inplace_subtract = f; else t.nb_subtract = f; }
            case TRUE_DIVIDE -> { if (inplace) t.nb_inplace_true_divide = f; else t.nb_true_divide = f; }
            case XOR -> { if (inplace) t.nb_inplace_xor = f; else t.nb_xor = f; }
            case POWER -> throw new IllegalArgumentException("power is ternary");
        }
    }

    /** Sets every slot of a new class from its special methods: {@code fixup_slot_dispatchers}. */
    static void fixup(PyType t) {
        for (Entry e : ALL) {
            updateOne(t, e);
        }
    }

    /** After {@code name} changed in {@code t}'s dict: {@code update_slot}, subclasses included. */
    static void update(PyType t, String name) {
        List<Entry> entries = BY_NAME.get(name);
        if (entries != null) {
            for (Entry e : entries) {
                updateTree(t, e);
            }
        }
    }

    private static void updateTree(PyType t, Entry e) {
        updateOne(t, e);
        for (PyType sub : t.subclasses()) {
            if (sub.isHeapType()) {
                updateTree(sub, e);
            }
        }
    }

    private static void updateOne(PyType t, Entry e) {
        boolean python = false;
        PyType builtinOwner = null;
        // Past the type's lookup cache: a new class's fix-up asks for about a hundred names,
        // mostly absent, that would only fill the cache (and make it grow) for nothing.
        for (PyStr n : e.names) {
            PyObject d = t.lookupUncached(n);
            if (d instanceof PySlotWrapper w && w.name.equals(n.value())) {
                builtinOwner = builtinOwner == null ? w.owner : builtinOwner;
            } else if (NewWrapper.isWrapper(d)) {
                builtinOwner = builtinOwner == null ? ((PyBuiltinFunction) d).owner : builtinOwner;
            } else if (d != null) {
                python = true;
            }
        }
        if (!python) {
            e.set.accept(t, builtinOwner != null ? e.get.apply(builtinOwner) : inherited(t, e));
        } else if (e.generic == SlotFunctions.HASH && t.lookupUncached(HASH) == PyNone.NONE) {
            e.set.accept(t, null);
        } else {
            e.set.accept(t, e.generic);
        }
    }

    private static Object inherited(PyType t, Entry e) {
        PyType[] mro = t.mro();
        for (int i = 1; i < mro.length; i++) {
            Object f = e.get.apply(mro[i]);
            if (f != null) {
                return f;
            }
        }
        return null;
    }
}
