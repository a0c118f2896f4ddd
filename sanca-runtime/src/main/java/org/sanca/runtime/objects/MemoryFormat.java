package org.sanca.runtime.objects;

/**
 * The native single-item formats of {@code memoryview} (the {@code struct} module's native
 * codes, sized as on a 64-bit platform), read and written little-endian.
 */
final class MemoryFormat {
    private static final String CODES = "bBchHiIlLqQnNfd?eP";

    private MemoryFormat() {
    }

    /** The format code of a {@code cast} argument, or ValueError. */
    static char parse(String f) {
        String s = f.startsWith("@") ? f.substring(1) : f;
        if (s.length() != 1 || CODES.indexOf(s.charAt(0)) < 0) {
            throw PyErr.valueError("memoryview: destination format must be a native single character format prefixed with an optional '@'");
        }
        return s.charAt(0);
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
            case 'L', 'Q', 'N', 'P' -> bits >= 0 ? PyInt.of(bits) : PyInt.of(new java.math.BigInteger(Long.toUnsignedString(bits)));
            case 'c' -> new PyBytes(new byte[] {(byte) bits});
            case '?' -> PyBool.of(bits != 0);
            case 'f' -> PyFloat.of(Float.intBitsToFloat((int) bits));
            case 'd' -> PyFloat.of(Double.longBitsToDouble(bits));
            case 'e' -> PyFloat.of(Float.float16ToFloat((short) bits));
            default -> PyInt.of(bits & ((1L << (8 * size(f))) - 1));
        };
    }

    /** The bits of {@code v} stored as format {@code f}, or the TypeError/ValueError CPython gives. */
    static long encode(char f, PyObject v) {
        switch (f) {
            case 'f', 'd', 'e' -> {
                if (!(v instanceof PyFloat) && !(v instanceof PyInt) && v.type().nb_float == null) {
                    throw invalidType(f);
                }
                double d = FloatSlots.asDouble(v);
                return f == 'd' ? Double.doubleToRawLongBits(d) : f == 'f' ? Float.floatToRawIntBits((float) d) & 0xffffffffL
                        : Float.floatToFloat16((float) d) & 0xffffL;
            }
            case '?' -> {
                return Abstract.isTrue(v) ? 1 : 0;
            }
            case 'c' -> {
                byte[] b = v instanceof PyBytes ? ((PyBytes) v).value() : null;
                if (b == null || b.length != 1) {
                    throw invalidType(f);
                }
                return b[0] & 0xff;
            }
            default -> {
                if (!(v instanceof PyInt i)) {
                    throw invalidType(f);
                }
                java.math.BigInteger x = i.bigValue();
                int bits = 8 * size(f);
                boolean signed = Character.isLowerCase(f) && f != 'c';
                java.math.BigInteger lo = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1).negate() : java.math.BigInteger.ZERO;
                java.math.BigInteger hi = signed ? java.math.BigInteger.ONE.shiftLeft(bits - 1) : java.math.BigInteger.ONE.shiftLeft(bits);
                if (x.compareTo(lo) < 0 || x.compareTo(hi) >= 0) {
                    throw PyErr.valueError("memoryview: invalid value for format '%c'", f);
                }
                return x.longValue();
            }
        }
    }

    private static PyException invalidType(char f) {
        return PyErr.typeError("memoryview: invalid type for format '%c'", f);
    }
}
