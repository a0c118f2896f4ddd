package org.sanca.runtime.objects;

import java.math.BigInteger;

/** {@code int.to_bytes}, {@code int.from_bytes} and {@code round(int, n)} ({@code longobject.c}). */
final class IntBytes {
    private IntBytes() {
    }

    private static boolean littleEndian(PyObject byteorder) {
        if (!(byteorder instanceof PyStr s)) {
            throw PyErr.typeError("to_bytes() argument 'byteorder' must be str, not %s", PyStr.argTypeName(byteorder));
        }
        return switch (s.value()) {
            case "little" -> true;
            case "big" -> false;
            default -> throw PyErr.valueError("byteorder must be either 'little' or 'big'");
        };
    }

    static PyBytes toBytes(PyInt v, PyObject length, PyObject byteorder, boolean signed) {
        long n = Abstract.indexValue(length);
        boolean little = littleEndian(byteorder);
        if (n < 0) {
            throw PyErr.valueError("length argument must be non-negative");
        }
        BigInteger b = v.bigValue();
        if (b.signum() < 0 && !signed) {
            throw PyErr.format(PyExc.OverflowError, "can't convert negative int to unsigned");
        }
        int bits = signed ? b.bitLength() + 1 : b.bitLength();
        // CPython writes -1 into zero bytes without complaint: no byte is left to hold its sign.
        if (bits > n * 8 && !(n == 0 && signed && b.equals(BigInteger.ONE.negate()))) {
            throw PyErr.format(PyExc.OverflowError, "int too big to convert");
        }
        byte[] raw = b.toByteArray();
        byte[] out = new byte[(int) n];
        byte fill = (byte) (b.signum() < 0 ? 0xff : 0);
        for (int i = 0; i < n; i++) {
            int src = raw.length - 1 - i;
            byte x = src >= 0 ? raw[src] : fill;
            out[little ? i : (int) n - 1 - i] = x;
        }
        return new PyBytes(out);
    }

    static PyInt fromBytes(PyObject bytes, PyObject byteorder, boolean signed) {
        boolean little = littleEndian(byteorder);
        byte[] b = BytesSlots.toBytes(bytes);
        byte[] be = new byte[b.length + 1];
        for (int i = 0; i < b.length; i++) {
            be[i + 1] = little ? b[b.length - 1 - i] : b[i];
        }
        BigInteger v = new BigInteger(be);
        if (signed && b.length > 0 && be[1] < 0) {
            v = v.subtract(BigInteger.ONE.shiftLeft(b.length * 8));
        }
        return PyInt.of(v);
    }

    /** {@code round(v, n)} for negative n: half to even at the 10**-n place. */
    static PyInt round(PyInt v, PyInt ndigits) {
        BigInteger n = ndigits.bigValue();
        if (n.signum() >= 0) {
            return PyInt.of(v.bigValue());
        }
        if (n.compareTo(BigInteger.valueOf(-100000)) < 0) {
            return PyInt.of(0);
        }
        BigInteger pow = BigInteger.TEN.pow(-n.intValue());
        BigInteger x = v.bigValue();
        BigInteger[] qr = x.divideAndRemainder(pow);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        if (r.signum() < 0) {
            q = q.subtract(BigInteger.ONE);
            r = r.add(pow);
        }
        int c = r.shiftLeft(1).compareTo(pow);
        if (c > 0 || (c == 0 && q.testBit(0))) {
            q = q.add(BigInteger.ONE);
        }
        return PyInt.of(q.multiply(pow));
    }
}
