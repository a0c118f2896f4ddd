package org.sanca.runtime.modules.unicodedata;

/**
 * The Unicode normalization forms NFC, NFD, NFKC and NFKD (Unicode Standard Annex #15) over the
 * 15.0.0 tables: full decomposition, canonical ordering by combining class, then canonical
 * composition for the C forms. CPython's counterpart is {@code nfd_nfkd}/{@code nfc_nfkc} in
 * {@code Modules/unicodedata.c}.
 */
final class Normalization {
    private Normalization() {
    }

    static String normalize(UcdTables t, String form, String s) {
        boolean compat = form.equals("NFKC") || form.equals("NFKD");
        boolean compose = form.equals("NFC") || form.equals("NFKC");
        int plain = compat ? 0xa0 : 0xc0;
        if (s.chars().allMatch(c -> c < plain)) {
            return s;
        }
        int[] cps = decompose(t, s, compat);
        order(t, cps);
        if (compose) {
            cps = compose(t, cps);
        }
        return new String(cps, 0, cps.length);
    }

    private static int[] decompose(UcdTables t, String s, boolean compat) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> decompose(t, cp, compat, out));
        return out.codePoints().toArray();
    }

    private static void decompose(UcdTables t, int cp, boolean compat, StringBuilder out) {
        if (Hangul.isSyllable(cp)) {
            Hangul.decompose(cp, out);
            return;
        }
        UcdTables.Decomp d = t.decomposition(cp);
        if (d == null || d.compat() && !compat) {
            out.appendCodePoint(cp);
            return;
        }
        for (int c : d.cps()) {
            decompose(t, c, compat, out);
        }
    }

    /** Sorts each run of non-starters by combining class, keeping equal classes in order. */
    private static void order(UcdTables t, int[] cps) {
        for (int i = 1; i < cps.length; i++) {
            int cc = t.combining(cps[i]);
            if (cc == 0) {
                continue;
            }
            int j = i;
            int c = cps[i];
            while (j > 0 && t.combining(cps[j - 1]) > cc) {
                cps[j] = cps[j - 1];
                j--;
            }
            cps[j] = c;
        }
    }

    private static int[] compose(UcdTables t, int[] cps) {
        if (cps.length == 0) {
            return cps;
        }
        int[] out = new int[cps.length];
        int n = 0;
        int starter = -1;
        int lastClass = -1;
        for (int cp : cps) {
            int cc = t.combining(cp);
            if (starter >= 0 && (lastClass < cc || lastClass == 0 && n - 1 == starter)) {
                int composite = composite(t, out[starter], cp);
                if (composite >= 0) {
                    out[starter] = composite;
                    continue;
                }
            }
            if (cc == 0) {
                starter = n;
            }
            lastClass = cc;
            out[n++] = cp;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static int composite(UcdTables t, int first, int second) {
        int h = Hangul.compose(first, second);
        return h >= 0 ? h : t.compose(first, second);
    }
}
