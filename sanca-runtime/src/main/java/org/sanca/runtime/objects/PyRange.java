package org.sanca.runtime.objects;

import java.math.BigInteger;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PySetter;
import org.sanca.runtime.types.PyType;

/**
 * {@code range}: CPython's {@code Objects/rangeobject.c}. Bounds are ints of any size; the
 * length is computed once. Membership of an int is arithmetic, not a scan.
 */
public final class PyRange extends PyObject {
    public static final PyType TYPE = PyType.builtin("range", PyRange.class, PyType.OBJECT, 0, RangeSlots::fill);

    final PyInt start;
    final PyInt stop;
    final PyInt step;
    final BigInteger length;

    PyRange(PyInt start, PyInt stop, PyInt step) {
        this.start = start;
        this.stop = stop;
        this.step = step;
        this.length = lengthOf(start.bigValue(), stop.bigValue(), step.bigValue());
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static BigInteger lengthOf(BigInteger lo, BigInteger hi, BigInteger step) {
        if (step.signum() > 0 ? lo.compareTo(hi) >= 0 : lo.compareTo(hi) <= 0) {
            return BigInteger.ZERO;
        }
        BigInteger span = hi.subtract(lo);
        if (step.signum() < 0) {
            span = span.negate();
            step = step.negate();
        }
        return span.subtract(BigInteger.ONE).divide(step).add(BigInteger.ONE);
    }

    /** The item at position {@code i}, which the caller has checked is in range. */
    PyInt item(BigInteger i) {
        return PyInt.of(start.bigValue().add(i.multiply(step.bigValue())));
    }

    /** The position of int {@code v} in the range, or null when absent. */
    BigInteger positionOf(PyInt v) {
        BigInteger off = v.bigValue().subtract(start.bigValue());
        BigInteger[] qr = off.divideAndRemainder(step.bigValue());
        if (qr[1].signum() != 0 || qr[0].signum() < 0 || qr[0].compareTo(length) >= 0) {
            return null;
        }
        return qr[0];
    }

    @PyGetter
    PyObject start() {
        return start;
    }

    @PyGetter
    PyObject stop() {
        return stop;
    }

    @PyGetter
    PyObject step() {
        return step;
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

    @PyMethod(value = "($self, value, /)", doc = "rangeobject.count(value) -> integer -- return number of occurrences of value", textSignature = false)
    PyObject count(PyObject value) {
        if (value.type() == PyInt.TYPE || value.type() == PyBool.TYPE) {
            return PyInt.of(positionOf((PyInt) value) == null ? 0 : 1);
        }
        long n = 0;
        PyObject it = RangeSlots.iter(this);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.richCompareBool(x, value, CompareOp.EQ)) {
                n++;
            }
        }
        return PyInt.of(n);
    }

    @PyMethod(value = "($self, value, /)", doc = "rangeobject.index(value) -> integer -- return index of value.\n"
            + "Raise ValueError if the value is not present.", textSignature = false)
    PyObject index(PyObject value) {
        if (value.type() == PyInt.TYPE || value.type() == PyBool.TYPE) {
            BigInteger p = positionOf((PyInt) value);
            if (p != null) {
                return PyInt.of(p);
            }
        } else {
            long i = 0;
            PyObject it = RangeSlots.iter(this);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), i++) {
                if (Abstract.richCompareBool(x, value, CompareOp.EQ)) {
                    return PyInt.of(i);
                }
            }
            throw PyErr.valueError("sequence.index(x): x not in sequence");
        }
        throw PyErr.valueError("%s is not in range", Abstract.repr(value).value());
    }

    @PyMethod(value = "($self, /)", doc = "", textSignature = false)
    PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(start, stop, step));
    }

    @PyMethod(value = "($self, /)", doc = "Return a reverse iterator.", textSignature = false)
    PyObject __reversed__() {
        BigInteger last = start.bigValue().add(length.subtract(BigInteger.ONE).multiply(step.bigValue()));
        return RangeSlots.iterOver(length.signum() == 0 ? start.bigValue() : last, step.bigValue().negate(), length);
    }
}
