package org.sanca.runtime.objects;

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

    private long next;
    private final long step;
    private long remaining;
    private BigInteger bigNext;
    private final BigInteger bigStep;
    private BigInteger bigRemaining;

    PyRangeIter(long first, long step, long n) {
        this.next = first;
        this.step = step;
        this.remaining = n;
        this.bigStep = null;
    }

    PyRangeIter(BigInteger first, BigInteger step, BigInteger n) {
        this.bigNext = first;
        this.bigStep = step;
        this.bigRemaining = n;
        this.step = 0;
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

    private synchronized PyObject next() {
        if (bigStep == null) {
            if (remaining <= 0) {
                return null;
            }
            remaining--;
            long v = next;
            next += step;
            return PyInt.of(v);
        }
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
            return PyInt.of(Math.max(0, remaining));
        }
        return PyInt.of(bigRemaining.max(BigInteger.ZERO));
    }
}
