package org.sanca.runtime.modules.unicodedata;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The Unicode Character Database 15.0.0 as CPython 3.12's {@code unicodedata} sees it: the
 * properties, decompositions, numeric values and names of every code point, read on first use
 * from a table written by {@code tools/unicodedata-gen.py} (so programs that never touch
 * {@code unicodedata} never load it). CPython's counterpart is {@code Modules/unicodedata_db.h}.
 */
final class UcdTables {
    /** A decomposition mapping: its text as {@code decomposition()} gives it, and its code points. */
    record Decomp(String text, boolean compat, int[] cps) {
    }

    /** A numeric value: decimal and digit values (-1 when none) and the numeric value (NaN when none). */
    record Numeric(int decimal, int digit, double value) {
    }

    private final List<String> categories = new ArrayList<>();
    private final List<String> bidiClasses = new ArrayList<>();
    private final List<String> widths = new ArrayList<>();
    private int[] runStart = new int[8192];
    private int[] runValue = new int[8192];
    private int runs;
    private final Map<Integer, Decomp> decompositions = new HashMap<>(8192);
    private final Map<Integer, Numeric> numerics = new HashMap<>(4096);
    private final Map<Integer, String> names = new HashMap<>(40000);
    private final Map<String, Integer> codes = new HashMap<>(40000);
    private final List<int[]> ranges = new ArrayList<>();
    private final List<String> rangePrefixes = new ArrayList<>();
    private final BitSet excluded = new BitSet();
    private final Map<String, String> sequences = new HashMap<>();
    private final Map<Long, Integer> compositions = new HashMap<>(2048);

    private static final class Current {
        static final UcdTables INSTANCE = load("ucd-15.0.0.txt.gz");
    }

    private static final class Old {
        static final UcdTables INSTANCE = load("ucd-3.2.0.txt.gz");
    }

    /** The tables of Unicode 15.0.0, the module's own. */
    static UcdTables current() {
        return Current.INSTANCE;
    }

    /** The tables of Unicode 3.2.0, {@code ucd_3_2_0}'s. */
    static UcdTables old() {
        return Old.INSTANCE;
    }

    private static UcdTables load(String resource) {
        UcdTables t = new UcdTables();
        try (InputStream raw = UcdTables.class.getResourceAsStream(resource);
             BufferedReader in = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw, 65536),
                     StandardCharsets.US_ASCII))) {
            String section = "";
            for (String line = in.readLine(); line != null; line = in.readLine()) {
                if (line.startsWith("#")) {
                    section = line;
                } else {
                    t.read(section, line);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        t.runStart = Arrays.copyOf(t.runStart, t.runs);
        t.runValue = Arrays.copyOf(t.runValue, t.runs);
        t.decompositions.forEach((cp, d) -> {
            if (!d.compat && d.cps.length == 2 && !t.excluded.get(cp)) {
                t.compositions.put(pair(d.cps[0], d.cps[1]), cp);
            }
        });
        return t;
    }

    static long pair(int first, int second) {
        return (long) first << 21 | second;
    }

    private void read(String section, String line) {
        int sp = line.indexOf(' ');
        switch (section) {
            case "#props" -> readProps(line.split(" "));
            case "#decomp" -> readDecomp(hex(line, 0, sp), line.substring(sp + 1));
            case "#numeric" -> {
                String[] f = line.split(" ");
                numerics.put(hex(f[0]), new Numeric(f[1].equals("-") ? -1 : Integer.parseInt(f[1]),
                        f[2].equals("-") ? -1 : Integer.parseInt(f[2]), f[3].equals("-") ? Double.NaN : fraction(f[3])));
            }
            case "#names", "#aliases" -> {
                int cp = hex(line, 0, sp);
                String name = line.substring(sp + 1);
                if (section.equals("#names")) {
                    names.put(cp, name);
                }
                codes.put(name, cp);
            }
            case "#ranges" -> {
                String[] f = line.split(" ", 3);
                ranges.add(new int[] {hex(f[0]), hex(f[1])});
                rangePrefixes.add(f[2]);
            }
            case "#excluded" -> excluded.set(hex(line));
            case "#sequences" -> readSequence(line);
            default -> throw new IllegalStateException("unicodedata table: unknown section " + section);
        }
    }

    private void readProps(String[] f) {
        if (runs == runStart.length) {
            runStart = Arrays.copyOf(runStart, runs * 2);
            runValue = Arrays.copyOf(runValue, runs * 2);
        }
        runStart[runs] = hex(f[0]);
        runValue[runs] = index(categories, f[1]) | index(bidiClasses, f[2]) << 5 | Integer.parseInt(f[3]) << 10
                | index(widths, f[4]) << 18 | Integer.parseInt(f[5]) << 21;
        runs++;
    }

    private void readDecomp(int cp, String text) {
        boolean compat = text.startsWith("<");
        String body = compat ? text.substring(text.indexOf('>') + 2) : text;
        String[] parts = body.split(" ");
        int[] cps = new int[parts.length];
        for (int i = 0; i < parts.length; i++) {
            cps[i] = hex(parts[i]);
        }
        decompositions.put(cp, new Decomp(text, compat, cps));
    }

    private void readSequence(String line) {
        int bar = line.indexOf('|');
        StringBuilder seq = new StringBuilder();
        for (String part : line.substring(bar + 1).split(" ")) {
            seq.appendCodePoint(hex(part));
        }
        sequences.put(line.substring(0, bar), seq.toString());
    }

    private static int index(List<String> values, String v) {
        int i = values.indexOf(v);
        if (i < 0) {
            values.add(v);
            i = values.size() - 1;
        }
        return i;
    }

    private static double fraction(String s) {
        int slash = s.indexOf('/');
        return slash < 0 ? Double.parseDouble(s)
                : Double.parseDouble(s.substring(0, slash)) / Double.parseDouble(s.substring(slash + 1));
    }

    private static int hex(String s) {
        return Integer.parseInt(s, 16);
    }

    private static int hex(String s, int from, int to) {
        return Integer.parseInt(s, from, to, 16);
    }

    private int props(int cp) {
        int i = Arrays.binarySearch(runStart, cp);
        return runValue[i >= 0 ? i : -i - 2];
    }

    String category(int cp) {
        return categories.get(props(cp) & 31);
    }

    String bidirectional(int cp) {
        String b = bidiClasses.get(props(cp) >> 5 & 31);
        return b.equals("-") ? "" : b;
    }

    int combining(int cp) {
        return props(cp) >> 10 & 255;
    }

    String eastAsianWidth(int cp) {
        return widths.get(props(cp) >> 18 & 7);
    }

    int mirrored(int cp) {
        return props(cp) >> 21 & 1;
    }

    Decomp decomposition(int cp) {
        return decompositions.get(cp);
    }

    Numeric numeric(int cp) {
        return numerics.get(cp);
    }

    /** The composite of a canonical pair, or -1. */
    int compose(int first, int second) {
        Integer c = compositions.get(pair(first, second));
        return c == null ? -1 : c;
    }

    /** The character's name, or null (Hangul syllables are named by {@link Hangul}). */
    String name(int cp) {
        String n = names.get(cp);
        if (n != null) {
            return n;
        }
        for (int i = 0; i < ranges.size(); i++) {
            int[] r = ranges.get(i);
            if (cp >= r[0] && cp <= r[1]) {
                return rangePrefixes.get(i) + "-" + Integer.toHexString(cp).toUpperCase(Locale.ROOT);
            }
        }
        return Hangul.name(cp);
    }

    /** The text a name or alias or named sequence stands for, or null. */
    String lookup(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        Integer cp = codes.get(upper);
        if (cp != null) {
            return Character.toString(cp);
        }
        String seq = sequences.get(upper);
        if (seq != null) {
            return seq;
        }
        int dash = name.lastIndexOf('-');
        if (dash > 0) {
            int i = rangePrefixes.indexOf(name.substring(0, dash));
            String digits = name.substring(dash + 1);
            if (i >= 0 && (digits.length() == 4 || digits.length() == 5)
                    && digits.chars().allMatch(c -> c >= '0' && c <= '9' || c >= 'A' && c <= 'F')) {
                int code = hex(digits);
                for (int k = 0; k < ranges.size(); k++) {
                    int[] r = ranges.get(k);
                    if (rangePrefixes.get(k).equals(rangePrefixes.get(i)) && code >= r[0] && code <= r[1]) {
                        return Character.toString(code);
                    }
                }
            }
        }
        int h = Hangul.lookup(name);
        return h < 0 ? null : Character.toString(h);
    }
}
