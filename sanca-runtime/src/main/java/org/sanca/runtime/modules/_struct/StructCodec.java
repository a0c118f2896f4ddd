package org.sanca.runtime.modules._struct;

import java.math.BigInteger;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyByteArray;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.FloatSlots;

/**
 * Packing and unpacking the items of a compiled format: the {@code np_*}/{@code lp_*}/{@code bp_*}
 * and {@code nu_*}/{@code lu_*}/{@code bu_*} tables of CPython's {@code Modules/_struct.c},
 * with their struct.error and OverflowError messages.
 */
final class StructCodec {
    private static final BigInteger TWO_64 = BigInteger.ONE.shiftLeft(64);

    private StructCodec() {
    }

    /** The bytes of {@code values} (already counted) packed by {@code f}. */
    static byte[] pack(StructFormat f, PyObject[] values, int first) {
        byte[] buf = new byte[f.size];
        int v = first;
        for (StructFormat.Code c : f.codes) {
            int off = c.offset();
            switch (c.code()) {
                case 'x' -> {
                }
                case 's' -> packBytes(buf, off, c.count(), values[v++], false);
                case 'p' -> packBytes(buf, off, c.count(), values[v++], true);
                default -> {
                    for (int k = 0; k < c.count(); k++) {
                        packItem(buf, off + k * c.itemSize(), c.code(), c.itemSize(), f, values[v++]);
                    }
                }
            }
        }
        return buf;
    }

    private static void packBytes(byte[] buf, int off, int count, PyObject o, boolean pascal) {
        byte[] b;
        if (o instanceof PyBytes pb) {
            b = pb.value();
        } else if (o instanceof PyByteArray pa) {
            b = pa.toArray();
        } else {
            throw StructModule.error(pascal ? "argument for 'p' must be a bytes object" : "argument for 's' must be a bytes object");
        }
        if (!pascal) {
            System.arraycopy(b, 0, buf, off, Math.min(b.length, count));
            return;
        }
        if (count == 0) {
            return;
        }
        int n = Math.min(b.length, count - 1);
        System.arraycopy(b, 0, buf, off + 1, n);
        buf[off] = (byte) Math.min(n, 255);
    }

    private static void packItem(byte[] buf, int off, char code, int size, StructFormat f, PyObject o) {
        boolean big = f.bigEndian;
        boolean nativeMode = f.nativeSizes;
        switch (code) {
            case 'c' -> {
                byte[] b = o instanceof PyBytes pb ? pb.value() : null;
                if (b == null || b.length != 1) {
                    throw StructModule.error("char format requires a bytes object of length 1");
                }
                buf[off] = b[0];
            }
            case '?' -> buf[off] = (byte) (Abstract.isTrue(o) ? 1 : 0);
            case 'e' -> store(buf, off, 2, big, halfBits(floatArg(o)));
            case 'f' -> {
                double d = floatArg(o);
                float x = (float) d;
                if (!nativeMode && Float.isInfinite(x) && !Double.isInfinite(d)) {
                    throw PyErr.format(PyExc.OverflowError, "float too large to pack with f format");
                }
                store(buf, off, 4, big, Float.floatToRawIntBits(x));
            }
            case 'd' -> store(buf, off, 8, big, Double.doubleToRawLongBits(floatArg(o)));
            default -> store(buf, off, size, big, intBits(code, size, o));
        }
    }

    private static double floatArg(PyObject o) {
        if (!(o instanceof PyFloat) && !(o instanceof PyInt) && o.type().nb_float == null && o.type().nb_index == null) {
            throw StructModule.error("required argument is not a float");
        }
        return FloatSlots.asDouble(o);
    }

    private static long intBits(char code, int size, PyObject o) {
        PyInt i;
        if (o instanceof PyInt pi) {
            i = pi;
        } else if (o.type().nb_index != null) {
            i = Abstract.index(o);
        } else {
            throw StructModule.error("required argument is not an integer");
        }
        boolean unsigned = Character.isUpperCase(code) && code != 'P';
        if (i.big == null) {
            long x = i.value;
            boolean fits = size == 8 ? !unsigned || x >= 0
                    : unsigned ? x >= 0 && x < 1L << (8 * size) : x >= -(1L << (8 * size - 1)) && x < 1L << (8 * size - 1);
            if (fits) {
                return x;
            }
        }
        BigInteger b = i.bigValue();
        if (code == 'P' || unsigned) {
            boolean fits = b.signum() >= 0 ? b.bitLength() <= 8 * size : code == 'P' && b.bitLength() <= 63;
            if (fits) {
                return b.longValue();
            }
            if (code == 'P') {
                throw StructModule.error("argument out of range");
            }
            throw StructModule.error("'%c' format requires 0 <= number <= %s", code, BigInteger.ONE.shiftLeft(8 * size).subtract(BigInteger.ONE));
        }
        BigInteger half = BigInteger.ONE.shiftLeft(8 * size - 1);
        throw StructModule.error("'%c' format requires %s <= number <= %s", code, half.negate(), half.subtract(BigInteger.ONE));
    }

    private static void store(byte[] buf, int off, int size, boolean big, long bits) {
        for (int k = 0; k < size; k++) {
            buf[big ? off + size - 1 - k : off + k] = (byte) (bits >>> (8 * k));
        }
    }

    private static long load(byte[] buf, int off, int size, boolean big) {
        long v = 0;
        for (int k = 0; k < size; k++) {
            v |= (buf[big ? off + size - 1 - k : off + k] & 0xffL) << (8 * k);
        }
        return v;
    }

    /** The IEEE 754 binary16 bits of {@code x}, rounded half to even; OverflowError when out of range. */
    static long halfBits(double x) {
        int sign = Double.doubleToRawLongBits(x) < 0 ? 0x8000 : 0;
        if (Double.isNaN(x)) {
            return sign | 0x7e00;
        }
        if (Double.isInfinite(x)) {
            return sign | 0x7c00;
        }
        double a = Math.abs(x);
        if (a == 0) {
            return sign;
        }
        int e = Math.getExponent(a);
        if (e < -14) {
            return sign | (long) Math.rint(Math.scalb(a, 24));
        }
        long m = (long) Math.rint(Math.scalb(a, 10 - e));
        if (m == 2048) {
            m = 1024;
            e++;
        }
        if (e > 15) {
            throw PyErr.format(PyExc.OverflowError, "float too large to pack with e format");
        }
        return sign | (long) (e + 15) << 10 | (m - 1024);
    }

    /** The values {@code f} unpacks from {@code buf} starting at {@code base}. */
    static PyObject[] unpack(StructFormat f, byte[] buf, int base) {
        PyObject[] out = new PyObject[f.items];
        int v = 0;
        for (StructFormat.Code c : f.codes) {
            int off = base + c.offset();
            switch (c.code()) {
                case 'x' -> {
                }
                case 's' -> out[v++] = new PyBytes(java.util.Arrays.copyOfRange(buf, off, off + c.count()));
                case 'p' -> {
                    int n = c.count() == 0 ? 0 : Math.min(buf[off] & 0xff, c.count() - 1);
                    out[v++] = new PyBytes(java.util.Arrays.copyOfRange(buf, off + 1, off + 1 + n));
                }
                default -> {
                    for (int k = 0; k < c.count(); k++) {
                        out[v++] = unpackItem(buf, off + k * c.itemSize(), c.code(), c.itemSize(), f.bigEndian);
                    }
                }
            }
        }
        return out;
    }

    private static PyObject unpackItem(byte[] buf, int off, char code, int size, boolean big) {
        long bits = load(buf, off, size, big);
        return switch (code) {
            case 'c' -> new PyBytes(new byte[] {(byte) bits});
            case '?' -> PyBool.of(bits != 0);
            case 'e' -> PyFloat.of(Float.float16ToFloat((short) bits));
            case 'f' -> PyFloat.of(Float.intBitsToFloat((int) bits));
            case 'd' -> PyFloat.of(Double.longBitsToDouble(bits));
            default -> {
                if (Character.isUpperCase(code)) {
                    yield size == 8 && bits < 0 ? PyInt.of(BigInteger.valueOf(bits).add(TWO_64)) : PyInt.of(bits);
                }
                int shift = 64 - 8 * size;
                yield PyInt.of(bits << shift >> shift);
            }
        };
    }
}
