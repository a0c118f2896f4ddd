package org.sanca.runtime.objects;

import java.math.BigInteger;

import org.sanca.runtime.objects.format.FormatSpec;
import org.sanca.runtime.objects.format.IntFormat;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code int}: CPython's {@code Objects/longobject.c}. The value is a {@code long} while it fits
 * and a {@link BigInteger} only beyond that range ({@link #big} is null otherwise), so ordinary
 * arithmetic allocates no BigInteger. Small values are cached.
 */
public class PyInt extends PyObject {
    public static final PyType TYPE = PyType.builtin("int", PyInt.class, PyType.OBJECT, PyType.BASETYPE, IntSlots::fill);

    private static final int CACHE_LOW = -5;
    private static final int CACHE_HIGH = 1024;
    private static final PyInt[] CACHE = new PyInt[CACHE_HIGH - CACHE_LOW + 1];
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);
    private static final BigInteger LONG_MAX = BigInteger.valueOf(Long.MAX_VALUE);

    static {
        for (int i = 0; i < CACHE.length; i++) {
            CACHE[i] = new PyInt(i + CACHE_LOW, null);
        }
    }

    /** The value when {@link #big} is null. */
    public final long value;
    /** The value when it does not fit in a long; null otherwise. */
    public final BigInteger big;

    protected PyInt(long value, BigInteger big) {
        this.value = value;
        this.big = big;
    }

    public static PyInt of(long v) {
        if (v >= CACHE_LOW && v <= CACHE_HIGH) {
            return CACHE[(int) v - CACHE_LOW];
        }
        return new PyInt(v, null);
    }

    /** The int of {@code v}, kept as a long when it fits. */
    public static PyInt of(BigInteger v) {
        if (v.bitLength() < 64) {
            return of(v.longValue());
        }
        return new PyInt(0, v);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** True when the value fits in a long ({@link #value} holds it). */
    public boolean isSmall() {
        return big == null;
    }

    /** The value as a BigInteger. */
    public BigInteger bigValue() {
        return big != null ? big : BigInteger.valueOf(value);
    }

    /** True when {@code v} lies in the long range. */
    static boolean fitsLong(BigInteger v) {
        return v.compareTo(LONG_MIN) >= 0 && v.compareTo(LONG_MAX) <= 0;
    }

    /** The value as an int, or OverflowError with CPython's message for Py_ssize_t. */
    public int intValue() {
        if (big == null && value == (int) value) {
            return (int) value;
        }
        throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
    }

    /** The value as a long, or OverflowError. */
    public long longValue() {
        if (big == null) {
            return value;
        }
        throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
    }

    @PyMethod(value = "($self, format_spec, /)", name = "__format__", doc = "Convert to a string according to format_spec.")
    PyStr format(PyObject spec) {
        String s = PyStr.arg(spec);
        if (s.isEmpty()) {
            return Abstract.str(this);
        }
        return PyStr.of(IntFormat.format(bigValue(), FormatSpec.parse(s, PyErr.typeName(this)), PyErr.typeName(this),
                () -> FloatSlots.toDouble(this)));
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(value);
    }
}
