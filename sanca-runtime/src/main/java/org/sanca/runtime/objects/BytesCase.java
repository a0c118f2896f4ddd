package org.sanca.runtime.objects;

import java.util.function.IntPredicate;

/** ASCII-only case mapping and character classes of {@code bytes} ({@code Python/pyctype.c}). */
final class BytesCase {
    private BytesCase() {
    }

    static String map(String s, boolean upper) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (upper && c[i] >= 'a' && c[i] <= 'z') {
                c[i] -= 32;
            } else if (!upper && c[i] >= 'A' && c[i] <= 'Z') {
                c[i] += 32;
            }
        }
        return new String(c);
    }

    static boolean all(byte[] b, IntPredicate p) {
        if (b.length == 0) {
            return false;
        }
        for (byte x : b) {
            if (!p.test(x & 0xff)) {
                return false;
            }
        }
        return true;
    }

    private static boolean lowerAscii(char c) {
        return c >= 'a' && c <= 'z';
    }

    private static boolean upperAscii(char c) {
        return c >= 'A' && c <= 'Z';
    }

    static String swapcase(String s) {
        char[] c = s.toCharArray();
        for (int i = 0; i < c.length; i++) {
            if (lowerAscii(c[i])) {
                c[i] -= 32;
            } else if (upperAscii(c[i])) {
                c[i] += 32;
            }
        }
        return new String(c);
    }

    static String title(String s) {
        char[] c = s.toCharArray();
        boolean prevCased = false;
        for (int i = 0; i < c.length; i++) {
            boolean cased = lowerAscii(c[i]) || upperAscii(c[i]);
            if (prevCased && upperAscii(c[i])) {
                c[i] += 32;
            } else if (!prevCased && lowerAscii(c[i])) {
                c[i] -= 32;
            }
            prevCased = cased;
        }
        return new String(c);
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        String rest = map(s.substring(1), false);
        return map(s.substring(0, 1), true) + rest;
    }

    /** islower/isupper over ASCII letters: at least one cased byte and none of the other case. */
    static boolean cased(byte[] b, boolean lower) {
        boolean any = false;
        for (byte x : b) {
            char c = (char) (x & 0xff);
            if (lower ? upperAscii(c) : lowerAscii(c)) {
                return false;
            }
            any |= lower ? lowerAscii(c) : upperAscii(c);
        }
        return any;
    }

    static boolean istitle(byte[] b) {
        boolean any = false;
        boolean prevCased = false;
        for (byte x : b) {
            char c = (char) (x & 0xff);
            if (upperAscii(c)) {
                if (prevCased) {
                    return false;
                }
                prevCased = true;
                any = true;
            } else if (lowerAscii(c)) {
                if (!prevCased) {
                    return false;
                }
                prevCased = true;
                any = true;
            } else {
                prevCased = false;
            }
        }
        return any;
    }

    static byte[] translate(byte[] b, PyObject table, PyObject delete) {
        byte[] t = null;
        if (table != PyNone.NONE) {
            t = PyBytes.buffer(table);
            if (t.length != 256) {
                throw PyErr.valueError("translation table must be 256 characters long");
            }
        }
        byte[] del = PyBytes.buffer(delete);
        boolean[] drop = new boolean[256];
        for (byte d : del) {
            drop[d & 0xff] = true;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(b.length);
        for (byte x : b) {
            if (!drop[x & 0xff]) {
                out.write(t == null ? x : t[x & 0xff]);
            }
        }
        return out.toByteArray();
    }

    static byte[] maketrans(PyObject from, PyObject to) {
        byte[] f = PyBytes.buffer(from);
        byte[] t = PyBytes.buffer(to);
        if (f.length != t.length) {
            throw PyErr.valueError("maketrans arguments must have same length");
        }
        byte[] out = new byte[256];
        for (int i = 0; i < 256; i++) {
            out[i] = (byte) i;
        }
        for (int i = 0; i < f.length; i++) {
            out[f[i] & 0xff] = t[i];
        }
        return out;
    }
}
