package org.sanca.runtime.objects;

import java.math.BigInteger;

import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PySetter;
import org.sanca.runtime.types.PyType;

/**
 * {@code slice}: CPython's {@code Objects/sliceobject.c}. {@link #indices(long)} is
 * {@code PySlice_Unpack} followed by {@code PySlice_AdjustIndices}: every sequence type's
 * slicing goes through it.
 */
public final class PySlice extends PyObject {
    public static final PyType TYPE = PyType.builtin("slice", PySlice.class, PyType.OBJECT, 0, SliceSlots::fill);

    public final PyObject start;
    public final PyObject stop;
    public final PyObject step;

    public PySlice(PyObject start, PyObject stop, PyObject step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The resolved bounds of a slice over a sequence of some length; {@code length} items selected. */
    public record Indices(int start, int stop, int step, int length) {
    }

    /** The bounds of this slice applied to a sequence of {@code len} items. */
    public Indices indices(long len) {
        long st = step == PyNone.NONE ? 1 : clip(step);
        if (st == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        if (st < -Long.MAX_VALUE) {
            st = -Long.MAX_VALUE;
        }
        long lo = start == PyNone.NONE ? (st < 0 ? Long.MAX_VALUE : 0) : clip(start);
        long hi = stop == PyNone.NONE ? (st < 0 ? Long.MIN_VALUE : Long.MAX_VALUE) : clip(stop);
        lo = adjust(lo, len, st);
        hi = adjust(hi, len, st);
        long n;
        if (st < 0) {
            n = hi < lo ? (lo - hi - 1) / (-st) + 1 : 0;
        } else {
            n = lo < hi ? (hi - lo - 1) / st + 1 : 0;
        }
        return new Indices((int) lo, (int) hi, (int) Math.max(Math.min(st, Integer.MAX_VALUE), -Integer.MAX_VALUE), (int) n);
    }

    private static long adjust(long i, long len, long step) {
        if (i < 0) {
            i += len;
            if (i < 0) {
                i = step < 0 ? -1 : 0;
            }
        } else if (i >= len) {
            i = step < 0 ? len - 1 : len;
        }
        return i;
    }

    /** A slice bound as a long, saturated at the long range as {@code _PyEval_SliceIndex} does. */
    private static long clip(PyObject o) {
        if (o.type().nb_index == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        if (i.big == null) {
            return i.value;
        }
        return i.big.signum() < 0 ? Long.MIN_VALUE : Long.MAX_VALUE;
    }

    /** The bounds are read-only members, as CPython's {@code READONLY} ones report it. */
    @PySetter("start")
    void setStart(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    @PySetter("stop")
    void setStop(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    @PySetter("step")
    void setStep(PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    @PyGetter(doc = "")
    PyObject start() {
        return start;
    }

    @PyGetter(doc = "")
    PyObject stop() {
        return stop;
    }

    @PyGetter(doc = "")
    PyObject step() {
        return step;
    }

    @PyMethod(value = "($self, /)", doc = "Return state information for pickling.", textSignature = false)
    PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }

    @PyMethod(value = "($self, length, /)", name = "indices",
            doc = "S.indices(len) -> (start, stop, stride)\n\nAssuming a sequence of length len, calculate the start and stop\n"
                    + "indices, and the stride length of the extended slice described by\nS. Out of bounds indices are clipped "
                    + "in a manner consistent with the\nhandling of normal slices.", textSignature = false)
    PyObject indicesMethod(PyObject length) {
        PyInt n = Abstract.index(length);
        if (n.bigValue().signum() < 0) {
            throw PyErr.valueError("length should not be negative");
        }
        if (n.big == null && (start == PyNone.NONE || isSmall(start)) && (stop == PyNone.NONE || isSmall(stop))
                && (step == PyNone.NONE || isSmall(step))) {
            Indices ix = indices(n.value);
            return PyTuple.of(PyInt.of(ix.start), PyInt.of(ix.stop), PyInt.of(ix.step));
        }
        return bigIndices(n.bigValue());
    }

    private static boolean isSmall(PyObject o) {
        if (o.type().nb_index == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        return i.big == null && Math.abs(i.value) < Integer.MAX_VALUE;
    }

    /** {@code slice.indices} for bounds beyond the int range, exactly, as CPython's {@code _PySlice_GetLongIndices}. */
    private PyObject bigIndices(BigInteger len) {
        BigInteger st = step == PyNone.NONE ? BigInteger.ONE : Abstract.index(step).bigValue();
        if (st.signum() == 0) {
            throw PyErr.valueError("slice step cannot be zero");
        }
        boolean neg = st.signum() < 0;
        BigInteger lower = neg ? BigInteger.ONE.negate() : BigInteger.ZERO;
        BigInteger upper = neg ? len.subtract(BigInteger.ONE) : len;
        BigInteger lo = start == PyNone.NONE ? (neg ? upper : lower) : bound(Abstract.index(start).bigValue(), len, lower, upper);
        BigInteger hi = stop == PyNone.NONE ? (neg ? lower : upper) : bound(Abstract.index(stop).bigValue(), len, lower, upper);
        return PyTuple.of(PyInt.of(lo), PyInt.of(hi), PyInt.of(st));
    }

    private static BigInteger bound(BigInteger v, BigInteger len, BigInteger lower, BigInteger upper) {
        if (v.signum() < 0) {
            v = v.add(len);
            return v.compareTo(lower) < 0 ? lower : v;
        }
        return v.compareTo(upper) > 0 ? upper : v;
    }
}
