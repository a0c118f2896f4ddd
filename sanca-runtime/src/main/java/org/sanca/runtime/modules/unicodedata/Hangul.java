package org.sanca.runtime.modules.unicodedata;

/**
 * Hangul syllables, whose names and decompositions the Unicode Standard (chapter 3.12) derives
 * from the code point: a leading consonant, a vowel and an optional trailing consonant.
 */
final class Hangul {
    static final int S_BASE = 0xAC00;
    static final int L_BASE = 0x1100;
    static final int V_BASE = 0x1161;
    static final int T_BASE = 0x11A7;
    static final int L_COUNT = 19;
    static final int V_COUNT = 21;
    static final int T_COUNT = 28;
    static final int N_COUNT = V_COUNT * T_COUNT;
    static final int S_COUNT = L_COUNT * N_COUNT;

    private static final String[] LEADING = {"G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J",
        "JJ", "C", "K", "T", "P", "H"};
    private static final String[] VOWEL = {"A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE",
        "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I"};
    private static final String[] TRAILING = {"", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB",
        "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C", "K", "T", "P", "H"};
    private static final String PREFIX = "HANGUL SYLLABLE ";

    private Hangul() {
    }

    static boolean isSyllable(int cp) {
        return cp >= S_BASE && cp < S_BASE + S_COUNT;
    }

    static String name(int cp) {
        if (!isSyllable(cp)) {
            return null;
        }
        int s = cp - S_BASE;
        return PREFIX + LEADING[s / N_COUNT] + VOWEL[s % N_COUNT / T_COUNT] + TRAILING[s % T_COUNT];
    }

    /** The syllable named {@code name} (upper case only, as CPython), or -1. */
    static int lookup(String name) {
        if (!name.startsWith(PREFIX)) {
            return -1;
        }
        String rest = name.substring(PREFIX.length());
        for (int l = 0; l < L_COUNT; l++) {
            if (!rest.startsWith(LEADING[l])) {
                continue;
            }
            for (int v = 0; v < V_COUNT; v++) {
                if (!rest.startsWith(VOWEL[v], LEADING[l].length())) {
                    continue;
                }
                String tail = rest.substring(LEADING[l].length() + VOWEL[v].length());
                for (int t = 0; t < T_COUNT; t++) {
                    if (tail.equals(TRAILING[t])) {
                        return S_BASE + (l * V_COUNT + v) * T_COUNT + t;
                    }
                }
            }
        }
        return -1;
    }

    /** Appends the canonical decomposition of syllable {@code cp}. */
    static void decompose(int cp, StringBuilder out) {
        int s = cp - S_BASE;
        out.appendCodePoint(L_BASE + s / N_COUNT);
        out.appendCodePoint(V_BASE + s % N_COUNT / T_COUNT);
        if (s % T_COUNT != 0) {
            out.appendCodePoint(T_BASE + s % T_COUNT);
        }
    }

    /** The syllable {@code first} + {@code second} compose to, or -1. */
    static int compose(int first, int second) {
        if (first >= L_BASE && first < L_BASE + L_COUNT && second >= V_BASE && second < V_BASE + V_COUNT) {
            return S_BASE + ((first - L_BASE) * V_COUNT + second - V_BASE) * T_COUNT;
        }
        if (isSyllable(first) && (first - S_BASE) % T_COUNT == 0 && second > T_BASE && second < T_BASE + T_COUNT) {
            return first + second - T_BASE;
        }
        return -1;
    }
}
