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
}
