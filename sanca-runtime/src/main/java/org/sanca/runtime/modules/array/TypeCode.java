package org.sanca.runtime.modules.array;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.math.BigInteger;
import java.nio.ByteOrder;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.FloatSlots;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * The item types of {@code array.array} (CPython's {@code descriptors} table in
 * {@code Modules/arraymodule.c}), sized as on 64-bit Linux, with the range checks and messages
 * of their setters. Items are stored little-endian in a byte array.
 */
enum TypeCode {
    b('b', 1, -128, 127, "signed char"),
    B('B', 1, 0, 255, "unsigned byte integer"),
    u('u', 4, 0, 0, null),
    h('h', 2, Short.MIN_VALUE, Short.MAX_VALUE, "signed short integer"),
    H('H', 2, 0, 65535, "unsigned short"),
    i('i', 4, Integer.MIN_VALUE, Integer.MAX_VALUE, "signed integer"),
    I('I', 4, 0, 0xffffffffL, "unsigned int"),
    l('l', 8, 0, 0, null),
    L('L', 8, 0, 0, null),
    q('q', 8, 0, 0, null),
    Q('Q', 8, 0, 0, null),
    f('f', 4, 0, 0, null),
    d('d', 8, 0, 0, null);

    static final String CODES = "bBuhHiIlLqQfd";
    private static final VarHandle SHORT = MethodHandles.byteArrayViewVarHandle(short[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle INT = MethodHandles.byteArrayViewVarHandle(int[].class, ByteOrder.LITTLE_ENDIAN);
    private static final VarHandle LONG = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    final char code;
    final int size;
    private final long min;
    private final long max;
    /** How the setter's range errors name the C type; null for the codes checked otherwise. */
    private final String cName;

    TypeCode(char code, int size, long min, long max, String cName) {
        this.code = code;
        this.size = size;
        this.min = min;
        this.max = max;
        this.cName = cName;
    }

    static TypeCode of(char c) {
        int k = CODES.indexOf(c);
        return k < 0 ? null : values()[k];
    }

    boolean isFloat() {
        return this == f || this == d;
    }

    /** Item {@code i} of {@code data} as a Python value. */
    PyObject get(byte[] data, int i) {
        int at = i * size;
        return switch (this) {
            case b -> PyInt.of(data[at]);
            case B -> PyInt.of(data[at] & 0xff);
            case h -> PyInt.of((short) SHORT.get(data, at));
            case H -> PyInt.of((short) SHORT.get(data, at) & 0xffff);
            case i -> PyInt.of((int) INT.get(data, at));
            case I -> PyInt.of((int) INT.get(data, at) & 0xffffffffL);
            case u -> {
                int cp = (int) INT.get(data, at);
                if (cp < 0 || cp > Character.MAX_CODE_POINT) {
                    throw PyErr.valueError("character U+%x is not in range [U+0000; U+10ffff]", cp);
                }
                yield PyStr.ofCodePoint(cp);
            }
            case l, q -> PyInt.of((long) LONG.get(data, at));
            case L, Q -> {
                long v = (long) LONG.get(data, at);
                yield v >= 0 ? PyInt.of(v) : PyInt.of(BigInteger.valueOf(v).add(TWO_64));
            }
            case f -> PyFloat.of(Float.intBitsToFloat((int) INT.get(data, at)));
            case d -> PyFloat.of(Double.longBitsToDouble((long) LONG.get(data, at)));
        };
    }

    /** Stores {@code v} as item {@code i} of {@code data}, or raises the setter's TypeError/OverflowError. */
    void set(byte[] data, int i, PyObject v) {
        int at = i * size;
        switch (this) {
            case f -> INT.set(data, at, Float.floatToRawIntBits((float) FloatSlots.asDouble(v)));
            case d -> LONG.set(data, at, Double.doubleToRawLongBits(FloatSlots.asDouble(v)));
            case u -> INT.set(data, at, unicode(v));
            default -> store(data, at, integer(v));
        }
    }

    private void store(byte[] data, int at, long bits) {
        switch (size) {
            case 1 -> data[at] = (byte) bits;
            case 2 -> SHORT.set(data, at, (short) bits);
            case 4 -> INT.set(data, at, (int) bits);
            default -> LONG.set(data, at, bits);
        }
    }

    private static int unicode(PyObject v) {
        if (!(v instanceof PyStr s) || s.length() != 1) {
            throw PyErr.typeError("array item must be unicode character");
        }
        return s.codePointAt(0);
    }

    /** The bits of integer item {@code v} after CPython's conversions and range checks for this code. */
    private long integer(PyObject v) {
        if (!(v instanceof PyInt) && v.type().nb_index == null) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", PyErr.typeName(v));
        }
        PyInt x = Abstract.index(v);
        switch (this) {
            case q -> {
                if (x.big != null) {
                    throw overflow("int too big to convert");
                }
                return x.value;
            }
            case Q -> {
                BigInteger big = x.bigValue();
                if (big.signum() < 0) {
                    throw overflow("can't convert negative int to unsigned");
                }
                if (big.bitLength() > 64) {
                    throw overflow("int too big to convert");
                }
                return big.longValue();
            }
            case L -> {
                BigInteger big = x.bigValue();
                if (big.signum() < 0) {
                    throw overflow("can't convert negative value to unsigned int");
                }
                if (big.bitLength() > 64) {
                    throw overflow("Python int too large to convert to C unsigned long");
                }
                return big.longValue();
            }
            case I -> {
                BigInteger big = x.bigValue();
                if (big.signum() < 0) {
                    throw overflow("can't convert negative value to unsigned int");
                }
                if (big.bitLength() > 64) {
                    throw overflow("Python int too large to convert to C unsigned long");
                }
                if (big.bitLength() > 32) {
                    throw overflow("unsigned int is greater than maximum");
                }
                return big.longValue();
            }
            default -> {
                if (x.big != null) {
                    throw overflow("Python int too large to convert to C long");
                }
                long n = x.value;
                if (this == l) {
                    return n;
                }
                if (n < min) {
                    throw overflow(cName + " is less than minimum");
                }
                if (n > max) {
                    throw overflow(cName + " is greater than maximum");
                }
                return n;
            }
        }
    }

    private static org.sanca.runtime.objects.PyException overflow(String msg) {
        return PyErr.format(PyExc.OverflowError, "%s", msg);
    }
}
