package org.sanca.runtime.objects;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;

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
}
