package org.sanca.runtime.objects;

import java.math.BigInteger;

/**
 * The native single-item formats of {@code memoryview} (the {@code struct} module's native
 * codes, sized as on a 64-bit platform), read and written little-endian: CPython's
 * {@code unpack_single}/{@code pack_single} in {@code Objects/memoryobject.c}.
 */
final class MemoryFormat {
    private static final String CODES = "bBchHiIlLqQnNfd?eP";

    private MemoryFormat() {
    }

    /**
     * The code of a native single-character format ({@code "B"}, {@code "@i"}, ...), or 0 when
     * {@code format} is anything else: items of such a view can be counted and copied but not
     * unpacked.
     */
    static char code(String format) {
        String s = format.startsWith("@") ? format.substring(1) : format;
        return s.length() == 1 && CODES.indexOf(s.charAt(0)) >= 0 ? s.charAt(0) : 0;
    }

    /** The code of a {@code cast} destination format, or the ValueError CPython gives. */
    static char castTarget(String format) {
        char c = code(format);
        if (c == 0) {
            throw PyErr.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        return c;
    }

    static boolean isByte(char f) {
        return f == 'B' || f == 'b' || f == 'c';
    }

    static int size(char f) {
        return switch (f) {
            case 'b', 'B', 'c', '?' -> 1;
            case 'h', 'H', 'e' -> 2;
            case 'i', 'I', 'f' -> 4;
            default -> 8;
        };
    }

    /** The Python value of the item whose bytes (little-endian) form {@code bits}. */
    static PyObject decode(char f, long bits) {
        return switch (f) {
            case 'b' -> PyInt.of((byte) bits);
            case 'h' -> PyInt.of((short) bits);
            case 'i' -> PyInt.of((int) bits);
            case 'l', 'q', 'n' -> PyInt.of(bits);
            case 'L', 'Q', 'N', 'P' -> bits >= 0 ? PyInt.of(bits) : PyInt.of(new BigInteger(Long.toUnsignedString(bits)));
            case 'c' -> new PyBytes(new byte[] {(byte) bits});
            case '?' -> PyBool.of(bits != 0);
            case 'f' -> PyFloat.of(Float.intBitsToFloat((int) bits));
            case 'd' -> PyFloat.of(Double.longBitsToDouble(bits));
            case 'e' -> PyFloat.of(Float.float16ToFloat((short) bits));
            default -> PyInt.of(bits & ((1L << (8 * size(f))) - 1));
        };
    }

    /** Whether items of format {@code f} compare by value the way their bits compare. */
    static boolean bitsCompare(char f) {
        return f != 'f' && f != 'd' && f != 'e' && f != '?';
    }

    /** The bits of {@code v} stored as format {@code f}, or the TypeError/ValueError CPython gives. */
    static long encode(char f, PyObject v) {
        return switch (f) {
            case 'f', 'd', 'e' -> encodeFloat(f, v);
            case '?' -> Abstract.isTrue(v) ? 1 : 0;
            case 'c' -> {
                if (!(v instanceof PyBytes b)) {
                    throw invalidType(f);
                }
                if (b.value.length != 1) {
                    throw invalidValue(f);
                }
                yield b.value[0] & 0xff;
            }
            default -> encodeInt(f, v);
        };
    }

    private static long encodeFloat(char f, PyObject v) {
        if (!(v instanceof PyFloat) && !(v instanceof PyInt) && v.type().nb_float == null && v.type().nb_index == null) {
            throw invalidType(f);
        }
        double d = FloatSlots.asDouble(v);
        if (f == 'd') {
            return Double.doubleToRawLongBits(d);
        }
        if (f == 'f') {
            return Float.floatToRawIntBits((float) d) & 0xffffffffL;
        }
        short half = Float.floatToFloat16((float) d);
        if (Float.isInfinite(Float.float16ToFloat(half)) && !Double.isInfinite(d)) {
            throw invalidValue(f);
        }
        return half & 0xffffL;
    }

    private static long encodeInt(char f, PyObject v) {
        PyInt i;
        if (v instanceof PyInt x) {
            i = x;
        } else if (f != 'P' && v.type().nb_index != null) {
            i = Abstract.index(v);
        } else {
            throw invalidType(f);
        }
        int bits = 8 * size(f);
        boolean signed = Character.isLowerCase(f);
        if (i.big == null && bits < 64) {
            long lo = signed ? -(1L << (bits - 1)) : 0;
            long hi = signed ? 1L << (bits - 1) : 1L << bits;
            if (i.value < lo || i.value >= hi) {
                throw invalidValue(f);
            }
            return i.value;
        }
        BigInteger x = i.bigValue();
        BigInteger lo = signed || f == 'P' ? BigInteger.ONE.shiftLeft(bits - 1).negate() : BigInteger.ZERO;
        BigInteger hi = signed ? BigInteger.ONE.shiftLeft(bits - 1) : BigInteger.ONE.shiftLeft(bits);
        if (x.compareTo(lo) < 0 || x.compareTo(hi) >= 0) {
            throw invalidValue(f);
        }
        return x.longValue();
    }

    private static PyException invalidType(char f) {
        return PyErr.typeError("memoryview: invalid type for format '%c'", f);
    }

    private static PyException invalidValue(char f) {
        return PyErr.valueError("memoryview: invalid value for format '%c'", f);
    }
}
