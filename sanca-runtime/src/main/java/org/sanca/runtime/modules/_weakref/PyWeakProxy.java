package org.sanca.runtime.modules._weakref;

import java.util.function.Consumer;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.BinaryOp;
import org.sanca.runtime.types.Ids;
import org.sanca.runtime.types.PyType;
import org.sanca.runtime.types.WeakRefList;

/**
 * {@code weakref.ProxyType} and {@code weakref.CallableProxyType}: CPython's proxy objects in
 * {@code Objects/weakrefobject.c}. Every operation is passed to the referent (operands that
 * are proxies are replaced by their referents); once the referent is gone they raise
 * ReferenceError. Proxies are unhashable.
 */
public final class PyWeakProxy extends WeakBase {
    public static final PyType TYPE = PyType.builtin("weakref.ProxyType", PyWeakProxy.class, PyType.OBJECT, 0,
            PyWeakProxy::fill);
    public static final PyType CALLABLE_TYPE = PyType.builtin("weakref.CallableProxyType", PyWeakProxy.class,
            PyType.OBJECT, 0, ((Consumer<PyType>) PyWeakProxy::fill).andThen(
                    t -> t.tp_call = (self, args, kw) -> Abstract.call(referent(self), args, kw)));

    private final PyType type;

    PyWeakProxy(WeakRefList.Anchor anchor, PyObject callback, boolean callable) {
        super(anchor, callback);
        this.type = callable ? CALLABLE_TYPE : TYPE;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static void fill(PyType t) {
        t.tp_getattro = (self, name) -> Abstract.getAttr(referent(self), name);
        t.tp_setattro = (self, name, v) -> Abstract.setAttr(referent(self), name, v);
        t.tp_repr = PyWeakProxy::repr;
        t.tp_str = self -> Abstract.str(referent(self));
        t.tp_richcompare = (a, b, op) -> Abstract.richCompare(unwrap(a), unwrap(b), op);
        t.tp_iter = self -> Abstract.getIter(referent(self));
        t.tp_iternext = PyWeakProxy::iterNext;
        t.nb_bool = self -> Abstract.isTrue(referent(self));
        t.sq_length = self -> Abstract.len(referent(self));
        t.mp_length = t.sq_length;
        t.mp_subscript = (self, key) -> Abstract.getItem(referent(self), unwrap(key));
        t.mp_ass_subscript = (self, key, v) -> Abstract.setItem(referent(self), unwrap(key), v == null ? null : unwrap(v));
        t.sq_contains = (self, item) -> Abstract.contains(referent(self), unwrap(item));
        t.nb_negative = self -> Abstract.negative(referent(self));
        t.nb_positive = self -> Abstract.positive(referent(self));
        t.nb_absolute = self -> Abstract.absolute(referent(self));
        t.nb_invert = self -> Abstract.invert(referent(self));
        t.nb_index = self -> Abstract.index(referent(self));
        t.nb_int = self -> Abstract.callMethod(referent(self), "__int__");
        t.nb_float = self -> Abstract.callMethod(referent(self), "__float__");
        t.nb_power = (a, b, c) -> Abstract.power(unwrap(a), unwrap(b), unwrap(c));
        t.nb_inplace_power = (a, b, c) -> Abstract.power(unwrap(a), unwrap(b), unwrap(c));
        t.nb_add = binary(BinaryOp.ADD);
        t.nb_subtract = binary(BinaryOp.SUBTRACT);
        t.nb_multiply = binary(BinaryOp.MULTIPLY);
        t.nb_matrix_multiply = binary(BinaryOp.MATRIX_MULTIPLY);
        t.nb_true_divide = binary(BinaryOp.TRUE_DIVIDE);
        t.nb_floor_divide = binary(BinaryOp.FLOOR_DIVIDE);
        t.nb_remainder = binary(BinaryOp.REMAINDER);
        t.nb_divmod = (a, b) -> Abstract.divmod(unwrap(a), unwrap(b));
        t.nb_lshift = binary(BinaryOp.LSHIFT);
        t.nb_rshift = binary(BinaryOp.RSHIFT);
        t.nb_and = binary(BinaryOp.AND);
        t.nb_xor = binary(BinaryOp.XOR);
        t.nb_or = binary(BinaryOp.OR);
        t.nb_inplace_add = inplace(BinaryOp.ADD);
        t.nb_inplace_subtract = inplace(BinaryOp.SUBTRACT);
        t.nb_inplace_multiply = inplace(BinaryOp.MULTIPLY);
        t.nb_inplace_matrix_multiply = inplace(BinaryOp.MATRIX_MULTIPLY);
        t.nb_inplace_true_divide = inplace(BinaryOp.TRUE_DIVIDE);
        t.nb_inplace_floor_divide = inplace(BinaryOp.FLOOR_DIVIDE);
        t.nb_inplace_remainder = inplace(BinaryOp.REMAINDER);
        t.nb_inplace_lshift = inplace(BinaryOp.LSHIFT);
        t.nb_inplace_rshift = inplace(BinaryOp.RSHIFT);
        t.nb_inplace_and = inplace(BinaryOp.AND);
        t.nb_inplace_xor = inplace(BinaryOp.XOR);
        t.nb_inplace_or = inplace(BinaryOp.OR);
    }

    private static org.sanca.runtime.types.BinaryFunc binary(BinaryOp op) {
        return (a, b) -> Abstract.binaryOp(unwrap(a), unwrap(b), op);
    }

    private static org.sanca.runtime.types.BinaryFunc inplace(BinaryOp op) {
        return (a, b) -> Abstract.inplaceOp(unwrap(a), unwrap(b), op);
    }

    /** The referent of proxy {@code self}; ReferenceError when it was collected. */
    private static PyObject referent(PyObject self) {
        PyObject o = ((PyWeakProxy) self).anchor.get();
        if (o == null) {
            throw PyErr.format(PyExc.ReferenceError, "weakly-referenced object no longer exists");
        }
        return o;
    }

    private static PyObject unwrap(PyObject o) {
        return o instanceof PyWeakProxy ? referent(o) : o;
    }

    private static PyObject iterNext(PyObject self) {
        PyObject o = referent(self);
        if (o.type().tp_iternext == null) {
            throw PyErr.typeError("Weakref proxy referenced a non-iterator '%.200s' object", o.type().getName());
        }
        return Abstract.next(o);
    }

    private static PyObject repr(PyObject self) {
        PyObject o = ((PyWeakProxy) self).anchor.get();
        if (o == null) {
            return PyStr.of("<weakproxy at " + Ids.hex(self) + "; dead>");
        }
        return PyStr.of("<weakproxy at " + Ids.hex(self) + "; to '" + o.type().getName() + "' at " + Ids.hex(o) + ">");
    }
}
