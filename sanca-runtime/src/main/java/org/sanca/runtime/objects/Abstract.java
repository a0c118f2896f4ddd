package org.sanca.runtime.objects;

import org.sanca.runtime.types.BinaryFunc;
import org.sanca.runtime.types.BinaryOp;
import org.sanca.runtime.types.CallFunc;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;
import org.sanca.runtime.types.RichCmpFunc;
import org.sanca.runtime.types.TernaryFunc;
import org.sanca.runtime.types.UnaryFunc;

/**
 * The object protocols, each implemented once and called by everything else: CPython's
 * {@code Objects/abstract.c} and {@code Objects/object.c} ({@code PyObject_*},
 * {@code PyNumber_*}, {@code PySequence_*}, {@code PyMapping_*}, {@code PyIter_*}).
 */
public final class Abstract {
    private static final String[] NO_KWNAMES = null;

    private Abstract() {
    }

    // ---- object.c ----

    /** {@code repr(o)}: CPython's {@code PyObject_Repr}. */
    public static PyStr repr(PyObject o) {
        UnaryFunc f = o.type().tp_repr;
        PyObject r = f.call(o);
        if (!(r instanceof PyStr s)) {
            throw PyErr.typeError("__repr__ returned non-string (type %s)", PyErr.typeName(r));
        }
        return s;
    }

    /** {@code str(o)}: CPython's {@code PyObject_Str}. */
    public static PyStr str(PyObject o) {
        if (o.type() == PyStr.TYPE) {
            return (PyStr) o;
        }
        UnaryFunc f = o.type().tp_str;
        PyObject r = f == null ? repr(o) : f.call(o);
        if (!(r instanceof PyStr s)) {
            throw PyErr.typeError("__str__ returned non-string (type %s)", PyErr.typeName(r));
        }
        return s;
    }

    /** {@code hash(o)}: CPython's {@code PyObject_Hash}. */
    public static long hash(PyObject o) {
        if (o.type() == PyStr.TYPE) {
            return ((PyStr) o).hash();
        }
        var f = o.type().tp_hash;
        if (f == null) {
            throw PyErr.typeError("unhashable type: '%s'", PyErr.typeName(o));
        }
        return f.call(o);
    }

    /** Truth value: CPython's {@code PyObject_IsTrue} ({@code __bool__}, then {@code __len__}). */
    public static boolean isTrue(PyObject o) {
        if (o == PyBool.TRUE) {
            return true;
        }
        if (o == PyBool.FALSE || o == PyNone.NONE) {
            return false;
        }
        PyType t = o.type();
        if (t.nb_bool != null) {
            return t.nb_bool.call(o);
        }
        if (t.mp_length != null) {
            return t.mp_length.call(o) != 0;
        }
        if (t.sq_length != null) {
            return t.sq_length.call(o) != 0;
        }
        return true;
    }

    /** {@code getattr(o, name)}: CPython's {@code PyObject_GetAttr}. */
    public static PyObject getAttr(PyObject o, PyStr name) {
        try {
            return o.type().tp_getattro.call(o, name);
        } catch (PyException e) {
            throw addAttributeErrorContext(e, o, name);
        }
    }

    /**
     * {@code set_attribute_error_context}: an AttributeError raised while getting {@code name}
     * of {@code o} (by a {@code __getattr__}, say) gets {@code name} and {@code obj} when it
     * lacks them, for the "Did you mean" suggestion.
     */
    private static PyException addAttributeErrorContext(PyException e, PyObject o, PyStr name) {
        PyBaseException v = e.value();
        if (v.type().isSubtype(PyExc.AttributeError) && v.memberOrNull(0) == null && v.memberOrNull(1) == null) {
            v.setMember(0, name);
            v.setMember(1, o);
        }
        return e;
    }

    /**
     * {@code getattr(o, name, None)} without the cost of an AttributeError when it is missing:
     * CPython's {@code _PyObject_LookupAttr}. Returns null when the attribute is missing.
     */
    public static PyObject lookupAttr(PyObject o, PyStr name) {
        PyType t = o.type();
        try {
            if (t.tp_getattro == GenericAttr.GETATTRO) {
                return GenericAttr.getAttr(o, name, true);
            }
            return t.tp_getattro.call(o, name);
        } catch (PyException e) {
            if (e.matches(PyExc.AttributeError)) {
                return null;
            }
            throw e;
        }
    }

    /** {@code setattr(o, name, v)}; {@code v} null deletes: CPython's {@code PyObject_SetAttr}. */
    public static void setAttr(PyObject o, PyStr name, PyObject v) {
        var f = o.type().tp_setattro;
        if (f == null) {
            throw readOnlyAttrs(o, name, v);
        }
        f.call(o, name, v);
    }

    private static PyException readOnlyAttrs(PyObject o, PyStr name, PyObject v) {
        boolean hasAny = o.type().tp_getattro != null;
        if (hasAny) {
            return PyErr.format(PyExc.AttributeError, "'%s' object has no attribute '%s' and no __dict__ for setting new attributes",
                    PyErr.typeName(o), name);
        }
        return PyErr.typeError("'%s' object has no attributes (%s .%s)", PyErr.typeName(o),
                v == null ? "del" : "assign to", name);
    }

    /**
     * Rich comparison: CPython's {@code PyObject_RichCompare}. The reflected operation of the
     * right operand goes first when its type is a proper subclass of the left's; {@code ==} and
     * {@code !=} fall back to identity.
     */
    public static PyObject richCompare(PyObject v, PyObject w, CompareOp op) {
        PyType vt = v.type();
        PyType wt = w.type();
        boolean checkedReverse = false;
        if (vt != wt && wt.isSubtype(vt) && wt.tp_richcompare != null) {
            checkedReverse = true;
            PyObject r = wt.tp_richcompare.call(w, v, op.swapped());
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        RichCmpFunc f = vt.tp_richcompare;
        if (f != null) {
            PyObject r = f.call(v, w, op);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (!checkedReverse && wt.tp_richcompare != null) {
            PyObject r = wt.tp_richcompare.call(w, v, op.swapped());
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        return switch (op) {
            case EQ -> PyBool.of(v == w);
            case NE -> PyBool.of(v != w);
            default -> throw PyErr.typeError("'%s' not supported between instances of '%s' and '%s'",
                    op.symbol, PyErr.typeName(v), PyErr.typeName(w));
        };
    }

    /** {@code PyObject_RichCompareBool}: identity implies equality for {@code ==} and {@code !=}. */
    public static boolean richCompareBool(PyObject v, PyObject w, CompareOp op) {
        if (v == w) {
            if (op == CompareOp.EQ) {
                return true;
            }
            if (op == CompareOp.NE) {
                return false;
            }
        }
        return isTrue(richCompare(v, w, op));
    }

    /**
     * {@code format(o, spec)}: CPython's {@code PyObject_Format}, calling {@code type(o).__format__}.
     * Exact str with an empty spec is itself; a type without {@code __format__} formats as
     * {@code object.__format__} does.
     */
    public static PyStr format(PyObject o, PyStr spec) {
        if (spec.value().isEmpty() && o.type() == PyStr.TYPE) {
            return (PyStr) o;
        }
        PyObject meth = o.type().lookup(FORMAT_NAME);
        if (meth == null) {
            if (!spec.value().isEmpty()) {
                throw PyErr.typeError("unsupported format string passed to %s.__format__", PyErr.typeName(o));
            }
            return str(o);
        }
        PyObject bound = meth.type().tp_descr_get != null ? meth.type().tp_descr_get.call(meth, o, o.type()) : meth;
        PyObject r = call(bound, spec);
        if (!(r instanceof PyStr s)) {
            throw PyErr.typeError("__format__ must return a str, not %s", PyErr.typeName(r));
        }
        return s;
    }

    private static final PyStr FORMAT_NAME = PyStr.of("__format__");

    // ---- isinstance / issubclass (abstract.c) ----

    private static final PyStr INSTANCECHECK = PyStr.of("__instancecheck__");
    private static final PyStr SUBCLASSCHECK = PyStr.of("__subclasscheck__");
    private static final PyStr CLASS = PyStr.of("__class__");
    private static final PyStr BASES = PyStr.of("__bases__");

    /** {@code isinstance(inst, cls)}: CPython's {@code PyObject_IsInstance}, honouring {@code __instancecheck__}. */
    public static boolean isInstance(PyObject inst, PyObject cls) {
        if (inst.type() == cls) {
            return true;
        }
        if (cls.type() == PyType.TYPE) {
            return realIsInstance(inst, cls);
        }
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items()) {
                if (isInstance(inst, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = org.sanca.runtime.types.Special.lookupBound(cls, INSTANCECHECK);
        if (checker != null) {
            return isTrue(call(checker, inst));
        }
        return realIsInstance(inst, cls);
    }

    /** {@code issubclass(derived, cls)}: CPython's {@code PyObject_IsSubclass}, honouring {@code __subclasscheck__}. */
    public static boolean isSubclass(PyObject derived, PyObject cls) {
        if (cls.type() == PyType.TYPE) {
            return derived == cls || realIsSubclass(derived, cls);
        }
        if (cls instanceof PyTuple t) {
            for (PyObject c : t.items()) {
                if (isSubclass(derived, c)) {
                    return true;
                }
            }
            return false;
        }
        PyObject checker = org.sanca.runtime.types.Special.lookupBound(cls, SUBCLASSCHECK);
        if (checker != null) {
            return isTrue(call(checker, derived));
        }
        return realIsSubclass(derived, cls);
    }

    /** {@code object_isinstance}: by the MRO, or by {@code __class__} and {@code __bases__}. */
    public static boolean realIsInstance(PyObject inst, PyObject cls) {
        if (cls instanceof PyType t) {
            if (inst.type().isSubtype(t)) {
                return true;
            }
            PyObject c = lookupAttr(inst, CLASS);
            return c != inst.type() && c instanceof PyType ct && ct.isSubtype(t);
        }
        if (!(lookupAttr(cls, BASES) instanceof PyTuple)) {
            throw PyErr.typeError("isinstance() arg 2 must be a type, a tuple of types, or a union");
        }
        PyObject c = lookupAttr(inst, CLASS);
        return c != null && abstractIsSubclass(c, cls);
    }

    /** {@code recursive_issubclass}: by the MRO for types, else by {@code __bases__}. */
    public static boolean realIsSubclass(PyObject derived, PyObject cls) {
        if (derived instanceof PyType d && cls instanceof PyType c) {
            return d.isSubtype(c);
        }
        if (!(derived instanceof PyType) && !(lookupAttr(derived, BASES) instanceof PyTuple)) {
            throw PyErr.typeError("issubclass() arg 1 must be a class");
        }
        if (!(cls instanceof PyType) && !(lookupAttr(cls, BASES) instanceof PyTuple)) {
            throw PyErr.typeError("issubclass() arg 2 must be a class, a tuple of classes, or a union");
        }
        return abstractIsSubclass(derived, cls);
    }

    private static boolean abstractIsSubclass(PyObject derived, PyObject cls) {
        while (derived != cls) {
            if (!(lookupAttr(derived, BASES) instanceof PyTuple bases) || bases.size() == 0) {
                return false;
            }
            for (int i = 0; i < bases.size() - 1; i++) {
                if (abstractIsSubclass(bases.get(i), cls)) {
                    return true;
                }
            }
            derived = bases.get(bases.size() - 1);
        }
        return true;
    }

    // ---- calls ----

    /** {@code PyCallable_Check}: whether calling {@code o} can work at all. */
    public static boolean isCallable(PyObject o) {
        return o.type().tp_call != null;
    }

    /** Calls {@code callable} with positional arguments only. */
    public static PyObject call(PyObject callable, PyObject... args) {
        return call(callable, args, NO_KWNAMES);
    }

    /** The vectorcall convention: see {@link CallFunc}. */
    public static PyObject call(PyObject callable, PyObject[] args, String[] kwnames) {
        CallFunc f = callable.type().tp_call;
        if (f == null) {
            throw PyErr.typeError("'%s' object is not callable", PyErr.typeName(callable));
        }
        return f.call(callable, args, kwnames);
    }

    /** {@code o.name(*args)}. */
    public static PyObject callMethod(PyObject o, String name, PyObject... args) {
        return call(getAttr(o, PyStr.of(name)), args, NO_KWNAMES);
    }

    // ---- numbers ----

    /**
     * A binary operator: CPython's {@code binary_op1}. The right operand's slot goes first when
     * its type is a proper subclass of the left's; NotImplemented from both is a TypeError.
     */
    public static PyObject binaryOp(PyObject v, PyObject w, BinaryOp op) {
        PyObject r = binaryOp1(v, w, op.slot);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        if (op == BinaryOp.ADD) {
            BinaryFunc concat = v.type().sq_concat;
            if (concat != null) {
                return concat.call(v, w);
            }
        } else if (op == BinaryOp.MULTIPLY) {
            PyObject rep = sequenceRepeat(v, w);
            if (rep != null) {
                return rep;
            }
        }
        throw unsupported(v, w, op.symbol);
    }

    /** {@code divmod(v, w)}: CPython's {@code PyNumber_Divmod}. */
    public static PyObject divmod(PyObject v, PyObject w) {
        PyObject r = binaryOp1(v, w, t -> t.nb_divmod);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            throw unsupported(v, w, "divmod()");
        }
        return r;
    }

    /** An augmented assignment operator: CPython's {@code binary_iop1}. */
    public static PyObject inplaceOp(PyObject v, PyObject w, BinaryOp op) {
        if (op == BinaryOp.POWER) {
            return inplacePower(v, w);
        }
        BinaryFunc islot = op.inplaceSlot.apply(v.type());
        if (islot != null) {
            PyObject r = islot.call(v, w);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r = binaryOp1(v, w, op.slot);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        if (op == BinaryOp.ADD) {
            BinaryFunc concat = v.type().sq_inplace_concat != null ? v.type().sq_inplace_concat : v.type().sq_concat;
            if (concat != null) {
                return concat.call(v, w);
            }
        } else if (op == BinaryOp.MULTIPLY) {
            if (v.type().sq_inplace_repeat != null && w.type().nb_index != null) {
                return v.type().sq_inplace_repeat.call(v, repeatCount(w));
            }
            PyObject rep = sequenceRepeat(v, w);
            if (rep != null) {
                return rep;
            }
        }
        throw unsupported(v, w, op.symbol + "=");
    }

    private static PyObject binaryOp1(PyObject v, PyObject w, java.util.function.Function<PyType, BinaryFunc> slot) {
        if (slot == null) {
            return power(v, w, PyNone.NONE);
        }
        PyType vt = v.type();
        PyType wt = w.type();
        BinaryFunc slotv = slot.apply(vt);
        BinaryFunc slotw = null;
        if (wt != vt) {
            slotw = slot.apply(wt);
            if (slotw == slotv) {
                slotw = null;
            }
        }
        if (slotv != null) {
            if (slotw != null && wt.isSubtype(vt)) {
                PyObject r = slotw.call(v, w);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                slotw = null;
            }
            PyObject r = slotv.call(v, w);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (slotw != null) {
            return slotw.call(v, w);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static PyObject sequenceRepeat(PyObject v, PyObject w) {
        if (v.type().sq_repeat != null) {
            return v.type().sq_repeat.call(v, repeatCount(w));
        }
        if (w.type().sq_repeat != null) {
            return w.type().sq_repeat.call(w, repeatCount(v));
        }
        return null;
    }

    /** The count of {@code seq * n}: CPython's {@code sequence_repeat} message for a non-int. */
    private static long repeatCount(PyObject n) {
        if (n.type().nb_index == null) {
            throw PyErr.typeError("can't multiply sequence by non-int of type '%s'", PyErr.typeName(n));
        }
        PyInt i = index(n);
        if (i.big != null) {
            throw PyErr.format(PyExc.OverflowError, "cannot fit '%s' into an index-sized integer", PyErr.typeName(n));
        }
        return i.value;
    }

    /** {@code pow(v, w, z)}: CPython's {@code ternary_op} for {@code nb_power}. */
    public static PyObject power(PyObject v, PyObject w, PyObject z) {
        PyObject r = ternaryOp(v, w, z);
        if (r != PyNotImplemented.NOT_IMPLEMENTED) {
            return r;
        }
        if (z == PyNone.NONE) {
            throw unsupported(v, w, "** or pow()");
        }
        throw PyErr.typeError("unsupported operand type(s) for ** or pow(): '%s', '%s', '%s'",
                PyErr.typeName(v), PyErr.typeName(w), PyErr.typeName(z));
    }

    /**
     * The operand-order logic of {@code ternary_op}: the operands' slots as for a binary operator,
     * then the modulus's when its type is neither operand's; NotImplemented when none handles it.
     */
    private static PyObject ternaryOp(PyObject v, PyObject w, PyObject z) {
        PyObject r = ternaryOperands(v, w, z);
        if (r != PyNotImplemented.NOT_IMPLEMENTED || z == PyNone.NONE) {
            return r;
        }
        PyType zt = z.type();
        TernaryFunc slotz = zt.nb_power;
        if (slotz == null || zt == v.type() || zt == w.type() || slotz == v.type().nb_power || slotz == w.type().nb_power) {
            return r;
        }
        return slotz.call(v, w, z);
    }

    private static PyObject ternaryOperands(PyObject v, PyObject w, PyObject z) {
        PyType vt = v.type();
        PyType wt = w.type();
        TernaryFunc slotv = vt.nb_power;
        TernaryFunc slotw = wt != vt ? wt.nb_power : null;
        if (slotw == slotv) {
            slotw = null;
        }
        if (slotv != null) {
            if (slotw != null && wt.isSubtype(vt)) {
                PyObject r = slotw.call(v, w, z);
                if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                    return r;
                }
                slotw = null;
            }
            PyObject r = slotv.call(v, w, z);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        if (slotw != null) {
            return slotw.call(v, w, z);
        }
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    private static PyObject inplacePower(PyObject v, PyObject w) {
        TernaryFunc islot = v.type().nb_inplace_power;
        if (islot != null) {
            PyObject r = islot.call(v, w, PyNone.NONE);
            if (r != PyNotImplemented.NOT_IMPLEMENTED) {
                return r;
            }
        }
        PyObject r = ternaryOp(v, w, PyNone.NONE);
        if (r == PyNotImplemented.NOT_IMPLEMENTED) {
            throw unsupported(v, w, "**=");
        }
        return r;
    }

    private static PyException unsupported(PyObject v, PyObject w, String symbol) {
        return PyErr.typeError("unsupported operand type(s) for %s: '%s' and '%s'", symbol,
                PyErr.typeName(v), PyErr.typeName(w));
    }

    private static PyObject unary(PyObject o, UnaryFunc f, String symbol) {
        if (f == null) {
            throw PyErr.typeError("bad operand type for %s: '%s'", symbol, PyErr.typeName(o));
        }
        return f.call(o);
    }

    public static PyObject negative(PyObject o) {
        return unary(o, o.type().nb_negative, "unary -");
    }

    public static PyObject positive(PyObject o) {
        return unary(o, o.type().nb_positive, "unary +");
    }

    public static PyObject invert(PyObject o) {
        return unary(o, o.type().nb_invert, "unary ~");
    }

    public static PyObject absolute(PyObject o) {
        return unary(o, o.type().nb_absolute, "abs()");
    }

    /** {@code operator.index(o)}: CPython's {@code PyNumber_Index}. */
    public static PyInt index(PyObject o) {
        if (o instanceof PyInt i) {
            return o.type() == PyInt.TYPE ? i : i.big != null ? PyInt.of(i.big) : PyInt.of(i.value);
        }
        UnaryFunc f = o.type().nb_index;
        if (f == null) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", PyErr.typeName(o));
        }
        PyObject r = f.call(o);
        if (!(r instanceof PyInt i)) {
            throw PyErr.typeError("__index__ returned non-int (type %s)", PyErr.typeName(r));
        }
        if (r.type() != PyInt.TYPE) {
            Warnings.deprecated(Warnings.strictSubclass("__index__", r));
            return i.big != null ? PyInt.of(i.big) : PyInt.of(i.value);
        }
        return i;
    }

    /** {@code PyNumber_AsSsize_t}: the index of {@code o} as a long, IndexError if too large. */
    public static long indexValue(PyObject o) {
        PyInt i = index(o);
        if (i.big != null) {
            throw PyErr.format(PyExc.IndexError, "cannot fit '%s' into an index-sized integer", PyErr.typeName(o));
        }
        return i.value;
    }

    // ---- containers ----

    /** {@code len(o)}: CPython's {@code PyObject_Size}. */
    public static int len(PyObject o) {
        PyType t = o.type();
        if (t.sq_length != null) {
            return t.sq_length.call(o);
        }
        if (t.mp_length != null) {
            return t.mp_length.call(o);
        }
        throw PyErr.typeError("object of type '%s' has no len()", PyErr.typeName(o));
    }

    /** {@code o[key]}: CPython's {@code PyObject_GetItem}. */
    public static PyObject getItem(PyObject o, PyObject key) {
        PyType t = o.type();
        if (t.mp_subscript != null) {
            return t.mp_subscript.call(o, key);
        }
        if (t.sq_item != null) {
            if (key.type().nb_index != null) {
                long i = indexValue(key);
                if (i < 0 && t.sq_length != null) {
                    i += t.sq_length.call(o);
                }
                return t.sq_item.call(o, i);
            }
            throw PyErr.typeError("sequence index must be integer, not '%s'", PyErr.typeName(key));
        }
        if (o instanceof PyType type) {
            if (type == PyType.TYPE) {
                return org.sanca.runtime.types.PyGenericAlias.classGetItem(type, key);
            }
            PyObject meth = lookupAttr(type, PyStr.of("__class_getitem__"));
            if (meth != null) {
                return call(meth, key);
            }
            throw PyErr.typeError("type '%s' is not subscriptable", type.getName());
        }
        throw PyErr.typeError("'%s' object is not subscriptable", PyErr.typeName(o));
    }

    /** {@code o[key] = v}; {@code v} null deletes: CPython's {@code PyObject_SetItem}/{@code DelItem}. */
    public static void setItem(PyObject o, PyObject key, PyObject v) {
        var f = o.type().mp_ass_subscript;
        if (f == null) {
            if (v == null) {
                // CPython goes through PySequence_DelItem (and its wording) whenever the type has
                // sequence methods, which every class defined in Python has, and the key is an index.
                PyType t = o.type();
                boolean hasSequence = t.isHeapType() || t.sq_item != null || t.sq_length != null;
                boolean sequence = hasSequence && key.type().nb_index != null;
                throw PyErr.typeError("'%s' object %s support item deletion", PyErr.typeName(o), sequence ? "doesn't" : "does not");
            }
            throw PyErr.typeError("'%s' object does not support item assignment", PyErr.typeName(o));
        }
        f.call(o, key, v);
    }

    /** {@code item in container}: CPython's {@code PySequence_Contains}. */
    public static boolean contains(PyObject container, PyObject item) {
        var f = container.type().sq_contains;
        if (f != null) {
            return f.call(container, item);
        }
        PyObject it;
        try {
            it = getIterOrNull(container);
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) {
                throw e;
            }
            it = null;
        }
        if (it == null) {
            throw PyErr.typeError("argument of type '%s' is not iterable", PyErr.typeName(container));
        }
        for (PyObject x = next(it); x != null; x = next(it)) {
            if (richCompareBool(x, item, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    // ---- iterators ----

    /** {@code iter(o)}: CPython's {@code PyObject_GetIter}. */
    public static PyObject getIter(PyObject o) {
        PyObject it = getIterOrNull(o);
        if (it == null) {
            throw PyErr.typeError("'%s' object is not iterable", PyErr.typeName(o));
        }
        return it;
    }

    private static PyObject getIterOrNull(PyObject o) {
        PyType t = o.type();
        if (t.tp_iter != null) {
            PyObject it = t.tp_iter.call(o);
            if (it.type().tp_iternext == null) {
                throw PyErr.typeError("iter() returned non-iterator of type '%s'", PyErr.typeName(it));
            }
            return it;
        }
        if (t.sq_item != null) {
            return new PySeqIter(o);
        }
        return null;
    }

    /** The next item of iterator {@code it}, or null when it is exhausted: {@code PyIter_Next}. */
    public static PyObject next(PyObject it) {
        var f = it.type().tp_iternext;
        if (f == null) {
            throw PyErr.typeError("'%s' object is not an iterator", PyErr.typeName(it));
        }
        try {
            return f.call(it);
        } catch (PyException e) {
            // PyIter_Next: a StopIteration (a generator's return value) is plain exhaustion here.
            if (e.matches(PyExc.StopIteration)) {
                return null;
            }
            throw e;
        }
    }
}
