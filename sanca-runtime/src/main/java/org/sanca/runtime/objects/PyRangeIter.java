package org.sanca.runtime.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code range_iterator} and, for bounds beyond a long, {@code longrange_iterator}
 * ({@code Objects/rangeobject.c}).
 */
public final class PyRangeIter extends PyObject {
    public static final PyType TYPE = make("range_iterator");
    public static final PyType LONG_TYPE = make("longrange_iterator");

    private static final VarHandle INDEX;

    static {
        try {
            INDEX = MethodHandles.lookup().findVarHandle(PyRangeIter.class, "index", long.class);
        } catch (ReflectiveOperationException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final long first;
    private final long step;
    private final long length;
    /** How many items have been taken; advanced atomically, so each item is produced once under threads. */
    private long index;
    private BigInteger bigNext;
    private final BigInteger bigStep;
    private BigInteger bigRemaining;

    PyRangeIter(long first, long step, long n) {
        this.first = first;
        this.step = step;
        this.length = n;
        this.bigStep = null;
    }

    PyRangeIter(BigInteger first, BigInteger step, BigInteger n) {
        this.bigNext = first;
        this.bigStep = step;
        this.bigRemaining = n;
        this.first = 0;
        this.step = 0;
        this.length = 0;
    }

    private static PyType make(String name) {
        return PyType.builtin(name, PyRangeIter.class, PyType.OBJECT, 0, t -> {
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((PyRangeIter) self).next();
        });
    }

    @Override
    public PyType type() {
        return bigStep == null ? TYPE : LONG_TYPE;
    }

    /** The next item, or null when exhausted. */
    public PyObject next() {
        if (bigStep == null) {
            long i = (long) INDEX.getAndAdd(this, 1L);
            return i < length ? PyInt.of(first + i * step) : null;
        }
        return nextBig();
    }

    private synchronized PyObject nextBig() {
        if (bigRemaining.signum() <= 0) {
            return null;
        }
        bigRemaining = bigRemaining.subtract(BigInteger.ONE);
        BigInteger v = bigNext;
        bigNext = bigNext.add(bigStep);
        return PyInt.of(v);
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized PyObject __length_hint__() {
        if (bigStep == null) {
            return PyInt.of(Math.max(0, length - (long) INDEX.getVolatile(this)));
        }
        return PyInt.of(bigRemaining.max(BigInteger.ZERO));
    }

    /**
     * A range over what is left and no state to set: {@code rangeiter_reduce} describes the
     * iterator by the range from its current position.
     */
    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    synchronized PyObject __reduce__() {
        PyObject rest;
        if (bigStep == null) {
            long taken = Math.min((long) INDEX.getVolatile(this), length);
            BigInteger from = BigInteger.valueOf(first).add(BigInteger.valueOf(taken).multiply(BigInteger.valueOf(step)));
            BigInteger to = from.add(BigInteger.valueOf(length - taken).multiply(BigInteger.valueOf(step)));
            rest = range(from, to, BigInteger.valueOf(step));
        } else {
            rest = range(bigNext, bigNext.add(bigRemaining.multiply(bigStep)), bigStep);
        }
        return PyTuple.of(IterReduce.builtin("iter"), PyTuple.of(rest), PyNone.NONE);
    }

    private static PyObject range(BigInteger start, BigInteger stop, BigInteger step) {
        return Abstract.call(PyRange.TYPE, PyInt.of(start), PyInt.of(stop), PyInt.of(step));
    }

    /** Skips {@code state} items (at most what is left), as {@code rangeiter_setstate}. */
    @PyMethod(value = "($self, state, /)", doc = IterReduce.SETSTATE_DOC)
    synchronized void __setstate__(PyObject state) {
        if (bigStep == null) {
            PyInt n = Abstract.index(state);
            if (n.big != null) {
                throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C long");
            }
            long taken = Math.min((long) INDEX.getVolatile(this), length);
            INDEX.getAndAdd(this, IterReduce.clamp(n.value, 0, length - taken));
            return;
        }
        // longrangeiter_setstate compares before converting: a str fails at the comparison.
        Abstract.richCompareBool(state, PyInt.of(0), CompareOp.LT);
        BigInteger skip = Abstract.index(state).bigValue().max(BigInteger.ZERO).min(bigRemaining);
        bigNext = bigNext.add(skip.multiply(bigStep));
        bigRemaining = bigRemaining.subtract(skip);
    }
}
