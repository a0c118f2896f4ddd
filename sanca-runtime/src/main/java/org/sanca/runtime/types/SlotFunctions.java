package org.sanca.runtime.types;

import java.util.function.Function;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * The slot functions of classes defined in Python, each calling the special method it stands
 * for: CPython's {@code slot_*} functions in {@code Objects/typeobject.c}. Each is one shared
 * instance, so a slot can be recognised by identity (the binary operators rely on that).
 */
final class SlotFunctions {
    private SlotFunctions() {
    }

    private static final PyObject NOT_IMPLEMENTED = PyNotImplemented.NOT_IMPLEMENTED;
    private static final PyObject[] NO_ARGS = new PyObject[0];

    private static PyStr s(String name) {
        return PyStr.of(name);
    }

    private static final PyStr REPR_NAME = s("__repr__");
    private static final PyStr STR_NAME = s("__str__");
    private static final PyStr HASH_NAME = s("__hash__");
    private static final PyStr CALL_NAME = s("__call__");
    private static final PyStr GETATTRIBUTE = s("__getattribute__");
    private static final PyStr GETATTR = s("__getattr__");
    private static final PyStr SETATTR = s("__setattr__");
    private static final PyStr DELATTR = s("__delattr__");
    private static final PyStr ITER_NAME = s("__iter__");
    private static final PyStr NEXT_NAME = s("__next__");
    private static final PyStr GET = s("__get__");
    private static final PyStr SET = s("__set__");
    private static final PyStr DELETE = s("__delete__");
    private static final PyStr INIT_NAME = s("__init__");
    private static final PyStr NEW_NAME = s("__new__");
    private static final PyStr LEN = s("__len__");
    private static final PyStr GETITEM = s("__getitem__");
    private static final PyStr SETITEM = s("__setitem__");
    private static final PyStr DELITEM = s("__delitem__");
    private static final PyStr CONTAINS_NAME = s("__contains__");
    private static final PyStr BOOL_NAME = s("__bool__");
    private static final PyStr POW = s("__pow__");
    private static final PyStr RPOW = s("__rpow__");
    private static final PyStr IPOW = s("__ipow__");

    /** Calls special method {@code name} that must exist: {@code vectorcall_method}. */
    private static PyObject callMethod(PyObject self, PyStr name, PyObject... args) {
        PyObject descr = Special.find(self, name);
        if (descr == null) {
            throw PyErr.format(PyExc.AttributeError, "%s", name);
        }
        return Special.callFound(descr, self, args, null);
    }

    /** Calls special method {@code name} if the type has it, else NotImplemented: {@code vectorcall_maybe}. */
    private static PyObject callMaybe(PyObject self, PyStr name, PyObject... args) {
        PyObject r = Special.callMaybe(self, name, args);
        return r == null ? NOT_IMPLEMENTED : r;
    }

    static final UnaryFunc REPR = self -> callMethod(self, REPR_NAME);
    static final UnaryFunc STR = self -> callMethod(self, STR_NAME);

    static final HashFunc HASH = self -> {
        PyObject f = Special.find(self, HASH_NAME);
        if (f == null || f == PyNone.NONE) {
            throw PyErr.typeError("unhashable type: '%s'", PyErr.typeName(self));
        }
        PyObject r = Special.callFound(f, self, NO_ARGS, null);
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("__hash__ method should return an integer");
        }
        if (i.big != null) {
            return PyInt.TYPE.tp_hash.call(i);
        }
        return i.value == -1 ? -2 : i.value;
    };

    static final CallFunc CALL = (self, args, kwnames) -> {
        PyObject f = Special.find(self, CALL_NAME);
        if (f == null) {
            throw PyErr.typeError("'%s' object is not callable", PyErr.typeName(self));
        }
        return Special.callFound(f, self, args, kwnames);
    };

    /** {@code slot_tp_getattr_hook}: {@code __getattribute__}, then {@code __getattr__} on AttributeError. */
    static final GetAttrFunc GETATTRO = (self, name) -> {
        PyType t = self.type();
        PyObject getattr = t.lookup(GETATTR);
        PyObject getattribute = t.lookup(GETATTRIBUTE);
        try {
            if (getattribute instanceof PySlotWrapper w) {
                return w.owner.tp_getattro.call(self, name);
            }
            if (getattribute == null) {
                return org.sanca.runtime.objects.GenericAttr.getAttr(self, name, false);
            }
            return Special.callFound(getattribute, self, new PyObject[] {name}, null);
        } catch (PyException e) {
            if (getattr == null || !e.matches(PyExc.AttributeError)) {
                throw e;
            }
            return Special.callFound(getattr, self, new PyObject[] {name}, null);
        }
    };

    static final SetAttrFunc SETATTRO = (self, name, value) -> {
        if (value == null) {
            callMethod(self, DELATTR, name);
        } else {
            callMethod(self, SETATTR, name, value);
        }
    };

    private static final PyStr[] COMPARE_NAMES = new PyStr[CompareOp.values().length];

    static {
        for (CompareOp op : CompareOp.values()) {
            COMPARE_NAMES[op.ordinal()] = s(op.dunder);
        }
    }

    static final RichCmpFunc RICHCOMPARE = (self, other, op) -> callMaybe(self, COMPARE_NAMES[op.ordinal()], other);

    static final UnaryFunc ITER = self -> {
        PyObject f = Special.find(self, ITER_NAME);
        if (f == null || f == PyNone.NONE) {
            throw PyErr.typeError("'%s' object is not iterable", PyErr.typeName(self));
        }
        return Special.callFound(f, self, NO_ARGS, null);
    };

    static final IterNextFunc ITERNEXT = self -> {
        try {
            return callMethod(self, NEXT_NAME);
        } catch (PyException e) {
            // A StopIteration carrying a value keeps it for next() and yield from.
            if (e.matches(PyExc.StopIteration) && e.value().args().size() == 0) {
                return null;
            }
            throw e;
        }
    };

    static final DescrGetFunc DESCR_GET = (self, obj, type) -> {
        PyObject f = Special.find(self, GET);
        if (f == null) {
            return self;
        }
        return Special.callFound(f, self, new PyObject[] {orNone(obj), orNone(type)}, null);
    };

    static final DescrSetFunc DESCR_SET = (self, obj, value) -> {
        if (value == null) {
            callMethod(self, DELETE, obj);
        } else {
            callMethod(self, SET, obj, value);
        }
    };

    static final CallFunc INIT = (self, args, kwnames) -> {
        PyObject f = Special.find(self, INIT_NAME);
        if (f == null) {
            throw PyErr.format(PyExc.AttributeError, "%s", INIT_NAME);
        }
        PyObject r = Special.callFound(f, self, args, kwnames);
        if (r != PyNone.NONE) {
            throw PyErr.typeError("__init__() should return None, not '%s'", PyErr.typeName(r));
        }
        return r;
    };

    /** {@code slot_tp_new}: {@code type.__new__(type, *args, **kwargs)}, looked up on the type. */
    static final CallFunc NEW = (type, args, kwnames) -> {
        PyObject f = Abstract.getAttr(type, NEW_NAME);
        PyObject[] all = new PyObject[args.length + 1];
        all[0] = type;
        System.arraycopy(args, 0, all, 1, args.length);
        return Abstract.call(f, all, kwnames);
    };

    static final LenFunc LENGTH = self -> {
        PyObject r = callMethod(self, LEN);
        if (r.type().nb_index == null) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", PyErr.typeName(r));
        }
        PyInt i = Abstract.index(r);
        if (i.big != null ? i.big.signum() < 0 : i.value < 0) {
            throw PyErr.valueError("__len__() should return >= 0");
        }
        if (i.big != null || i.value > Integer.MAX_VALUE) {
            throw PyErr.format(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        return (int) i.value;
    };

    static final BinaryFunc SUBSCRIPT = (self, key) -> callMethod(self, GETITEM, key);
    static final SsizeArgFunc ITEM = (self, i) -> callMethod(self, GETITEM, PyInt.of(i));

    static final ObjObjArgProc ASS_SUBSCRIPT = (self, key, value) -> {
        if (value == null) {
            callMethod(self, DELITEM, key);
        } else {
            callMethod(self, SETITEM, key, value);
        }
    };

    static final ObjObjProc CONTAINS = (self, item) -> {
        PyObject f = Special.find(self, CONTAINS_NAME);
        if (f == PyNone.NONE) {
            throw PyErr.typeError("'%s' object is not a container", PyErr.typeName(self));
        }
        return Abstract.isTrue(Special.callFound(f, self, new PyObject[] {item}, null));
    };

    static final InquiryFunc BOOL = self -> {
        PyObject r = callMethod(self, BOOL_NAME);
        if (!(r instanceof PyBool b)) {
            throw PyErr.typeError("__bool__ should return bool, returned %s", PyErr.typeName(r));
        }
        return b == PyBool.TRUE;
    };

    /** A unary special method such as {@code __neg__}. */
    static UnaryFunc unary(String name) {
        PyStr n = s(name);
        return self -> callMethod(self, n);
    }

    /** An in-place operator such as {@code __iadd__}: NotImplemented when it is missing. */
    static BinaryFunc inplace(String name) {
        PyStr n = s(name);
        return (self, other) -> callMaybe(self, n, other);
    }

    /**
     * A binary operator: CPython's {@code SLOT1BINFULL}. Called with the operands in source
     * order, it calls the left operand's method or the right operand's reflected one, the
     * right's first when its type is a subclass of the left's that overrides the reflected method.
     */
    static final class Binary implements BinaryFunc {
        private final PyStr op;
        private final PyStr rop;
        private final Function<PyType, BinaryFunc> slot;

        Binary(String op, String rop, Function<PyType, BinaryFunc> slot) {
            this.op = s(op);
            this.rop = s(rop);
            this.slot = slot;
        }

        @Override
        public PyObject call(PyObject self, PyObject other) {
            return binaryFull(self, other, op, rop, slot.apply(self.type()) == this, slot.apply(other.type()) == this);
        }
    }

    /**
     * The body of {@code SLOT1BINFULL}; {@code selfHas} and {@code otherHas} say whether each
     * operand's type has this very slot function.
     */
    private static PyObject binaryFull(PyObject self, PyObject other, PyStr op, PyStr rop, boolean selfHas, boolean otherHas) {
        PyType st = self.type();
        PyType ot = other.type();
        boolean doOther = st != ot && otherHas;
        if (selfHas) {
            if (doOther && ot.isSubtype(st) && overloaded(self, other, rop)) {
                PyObject r = callMaybe(other, rop, self);
                if (r != NOT_IMPLEMENTED) {
                    return r;
                }
                doOther = false;
            }
            PyObject r = callMaybe(self, op, other);
            if (r != NOT_IMPLEMENTED || ot == st) {
                return r;
            }
        }
        return doOther ? callMaybe(other, rop, self) : NOT_IMPLEMENTED;
    }

    /** {@code method_is_overloaded}: whether {@code right}'s type defines {@code name} differently. */
    private static boolean overloaded(PyObject left, PyObject right, PyStr name) {
        PyObject a = right.type().lookup(name);
        if (a == null) {
            return false;
        }
        PyObject b = left.type().lookup(name);
        return b == null || !Abstract.richCompareBool(a, b, CompareOp.EQ);
    }

    /**
     * {@code slot_nb_power}: as {@link Binary}; a three-argument power never uses {@code __rpow__}
     * and calls {@code __pow__} of the left operand's class, which must have it.
     */
    static final TernaryFunc POWER = new TernaryFunc() {
        @Override
        public PyObject call(PyObject self, PyObject other, PyObject mod) {
            if (mod == PyNone.NONE) {
                return binaryFull(self, other, POW, RPOW, self.type().nb_power == this, other.type().nb_power == this);
            }
            if (self.type().nb_power == this) {
                return callMethod(self, POW, other, mod);
            }
            return NOT_IMPLEMENTED;
        }
    };

    static final TernaryFunc INPLACE_POWER = (self, other, mod) -> callMaybe(self, IPOW, other);

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }
}
