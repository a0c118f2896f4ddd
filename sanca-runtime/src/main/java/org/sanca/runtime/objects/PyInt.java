package org.sanca.runtime.objects;

import java.math.BigInteger;

import org.sanca.runtime.objects.format.FormatSpec;
import org.sanca.runtime.objects.format.IntFormat;
import org.sanca.runtime.types.PyGetter;
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
        String s = PyStr.arg(spec, "__format__() argument");
        if (s.isEmpty()) {
            return Abstract.str(this);
        }
        return PyStr.of(IntFormat.format(this, FormatSpec.parse(s, PyErr.typeName(this)), PyErr.typeName(this),
                () -> FloatSlots.toDouble(this)));
    }

    private PyInt exact() {
        return type() == TYPE ? this : big != null ? of(big) : of(value);
    }

    @PyMethod(value = "($self, /)", doc = "Number of bits necessary to represent self in binary.")
    long bit_length() {
        return big != null ? big.abs().bitLength() : 64 - Long.numberOfLeadingZeros(value == Long.MIN_VALUE ? value : Math.abs(value));
    }

    @PyMethod(value = "($self, /)", doc = "Number of ones in the binary representation of the absolute value of self.")
    long bit_count() {
        return big != null ? big.abs().bitCount() : value == Long.MIN_VALUE ? 1 : Long.bitCount(Math.abs(value));
    }

    @PyMethod(value = "($self, /, length=1, byteorder='big', *, signed=False)", doc = "Return an array of bytes representing an integer.")
    PyBytes to_bytes(PyObject length, PyObject byteorder, PyObject signed) {
        return IntBytes.toBytes(this, length, byteorder, Abstract.isTrue(signed));
    }

    @PyMethod(value = "($type, /, bytes, byteorder='big', *, signed=False)", kind = PyMethod.Kind.CLASS,
            doc = "Return the integer represented by the given array of bytes.")
    static PyObject from_bytes(PyObject type, PyObject bytes, PyObject byteorder, PyObject signed) {
        PyInt v = IntBytes.fromBytes(bytes, byteorder, Abstract.isTrue(signed));
        return type == TYPE ? v : Abstract.call(type, v);
    }

    @PyMethod(value = "($self, /)", doc = "Return a pair of integers, whose ratio is equal to the original int.")
    PyTuple as_integer_ratio() {
        return PyTuple.of(exact(), of(1));
    }

    @PyMethod(value = "($self, /)", doc = "Returns True. Exists for duck type compatibility with float.is_integer.")
    boolean is_integer() {
        return true;
    }

    @PyMethod(value = "($self, /)", doc = "Returns self, the complex conjugate of any int.", textSignature = false)
    PyInt conjugate() {
        return exact();
    }

    @PyGetter("real")
    PyInt realPart() {
        return exact();
    }

    @PyGetter("imag")
    PyInt imagPart() {
        return of(0);
    }

    @PyGetter("numerator")
    PyInt numerator() {
        return exact();
    }

    @PyGetter("denominator")
    PyInt denominator() {
        return of(1);
    }

    @PyMethod(value = "($self, /)", name = "__trunc__", doc = "Truncating an Integral returns itself.", textSignature = false)
    PyInt trunc() {
        return exact();
    }

    @PyMethod(value = "($self, /)", name = "__floor__", doc = "Flooring an Integral returns itself.", textSignature = false)
    PyInt floor() {
        return exact();
    }

    @PyMethod(value = "($self, /)", name = "__ceil__", doc = "Ceiling of an Integral returns itself.", textSignature = false)
    PyInt ceil() {
        return exact();
    }

    @PyMethod(value = "($self, ndigits=<unrepresentable>, /)", name = "__round__", doc = "Rounding an Integral returns itself.")
    PyInt round(PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            return exact();
        }
        return IntBytes.round(this, Abstract.index(ndigits));
    }

    @PyMethod(value = "($self, /)", name = "__getnewargs__")
    PyTuple getnewargs() {
        return PyTuple.of(exact());
    }

    /** The size CPython 3.12 reports on a 64-bit build: a header and 30-bit digits, at least one. */
    @PyMethod(value = "($self, /)", name = "__sizeof__", doc = "Returns size in memory, in bytes.")
    long sizeof() {
        long digits = Math.max(1, (bit_length() + 29) / 30);
        return 24 + 4 * digits;
    }

    @Override
    public String toString() {
        return big != null ? big.toString() : Long.toString(value);
    }
}
