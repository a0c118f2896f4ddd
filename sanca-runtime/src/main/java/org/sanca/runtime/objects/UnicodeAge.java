package org.sanca.runtime.objects;

import java.util.Arrays;

/**
 * The code points the JDK's character data assigns but Unicode 15.0, CPython 3.12's version,
 * leaves unassigned (the JDK in use may follow a newer Unicode). {@code str}'s classifications
 * and case mappings treat them as CPython does: as unassigned characters. The ranges are the
 * difference between the JDK's {@code Character.getType} and Unicode 15.0's category Cn.
 */
final class UnicodeAge {
    private static final int[] NEWER = {
        0x897, 0x897, 0x1b4e, 0x1b4f, 0x1b7f, 0x1b7f, 0x1c89, 0x1c8a, 0x2427, 0x2429, 0x2ffc, 0x2fff, 0x31e4, 0x31e5,
        0x31ef, 0x31ef, 0xa7cb, 0xa7cd, 0xa7da, 0xa7dc, 0x105c0, 0x105f3, 0x10d40, 0x10d65, 0x10d69, 0x10d85, 0x10d8e,
        0x10d8f, 0x10ec2, 0x10ec4, 0x10efc, 0x10efc, 0x11380, 0x11389, 0x1138b, 0x1138b, 0x1138e, 0x1138e, 0x11390,
        0x113b5, 0x113b7, 0x113c0, 0x113c2, 0x113c2, 0x113c5, 0x113c5, 0x113c7, 0x113ca, 0x113cc, 0x113d5, 0x113d7,
        0x113d8, 0x113e1, 0x113e2, 0x116d0, 0x116e3, 0x11bc0, 0x11be1, 0x11bf0, 0x11bf9, 0x11f5a, 0x11f5a, 0x13460,
        0x143fa, 0x16100, 0x16139, 0x16d40, 0x16d79, 0x18cff, 0x18cff, 0x1cc00, 0x1ccf9, 0x1cd00, 0x1ceb3, 0x1e5d0,
        0x1e5fa, 0x1e5ff, 0x1e5ff, 0x1f8b2, 0x1f8bb, 0x1f8c0, 0x1f8c1, 0x1fa89, 0x1fa89, 0x1fa8f, 0x1fa8f, 0x1fabe,
        0x1fabe, 0x1fac6, 0x1fac6, 0x1fadc, 0x1fadc, 0x1fadf, 0x1fadf, 0x1fae9, 0x1fae9, 0x1fbcb, 0x1fbef, 0x2ebf0,
        0x2ee5d,
    };

    private UnicodeAge() {
    }

    /** True when {@code cp} is unassigned in Unicode 15.0 though the JDK assigns it. */
    static boolean newer(int cp) {
        if (cp < 0x897 || Character.getType(cp) == Character.UNASSIGNED) {
            return false;
        }
        int i = Arrays.binarySearch(NEWER, cp);
        return i >= 0 || (-i - 1) % 2 == 1;
    }

    /** True when {@code s} holds a character {@link #newer} reports. */
    static boolean hasNewer(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0x897 && newer(s.codePointAt(i))) {
                return true;
            }
        }
        return false;
    }
}
