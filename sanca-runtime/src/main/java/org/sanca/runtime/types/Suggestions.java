package org.sanca.runtime.types;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * The "Did you mean" suggestions of AttributeError and NameError tracebacks: CPython 3.12's
 * {@code _compute_suggestion_error} and {@code _levenshtein_distance} ({@code Lib/traceback.py},
 * {@code Python/suggestions.c}), with their cut-offs. The traceback printer calls these.
 */
public final class Suggestions {
    private static final int MAX_CANDIDATE_ITEMS = 750;
    private static final int MAX_STRING_SIZE = 40;
    private static final int MOVE_COST = 2;
    private static final int CASE_COST = 1;
    private static final PyStr DIR = PyStr.of("__dir__");

    private static final Set<String> STDLIB = loadStdlibNames();

    private Suggestions() {
    }

    /** {@code sys.stdlib_module_names} of CPython 3.12, for "Did you forget to import". */
    public static boolean isStdlibModule(String name) {
        return STDLIB.contains(name);
    }

    /** The names of {@code sys.stdlib_module_names}, sorted. */
    public static List<String> stdlibModuleNames() {
        List<String> out = new ArrayList<>(STDLIB);
        Collections.sort(out);
        return out;
    }

    private static Set<String> loadStdlibNames() {
        Set<String> names = new HashSet<>();
        try (InputStream in = Suggestions.class.getResourceAsStream("stdlib_module_names.txt")) {
            if (in != null) {
                BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    if (!line.isBlank()) {
                        names.add(line.strip());
                    }
                }
            }
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return names;
    }

    /** The suggestion for missing attribute {@code name} of {@code obj}, from {@code dir(obj)}; null for none. */
    public static String forAttribute(PyObject obj, String name) {
        List<String> candidates;
        try {
            candidates = dir(obj);
        } catch (PyException e) {
            return null;
        }
        return closest(name, candidates);
    }

    /**
     * The suggestion for undefined name {@code name} in a frame with these namespaces (each may
     * be null): {@code self.name} when the frame's {@code self} has the attribute, else the
     * closest of the locals', globals' and builtins' names. Null for none.
     */
    public static String forName(String name, PyObject locals, PyObject globals, PyObject builtins) {
        List<String> candidates = new ArrayList<>();
        try {
            addKeys(candidates, locals);
            addKeys(candidates, globals);
            addKeys(candidates, builtins);
            PyObject self = locals == null ? null : lookup(locals, "self");
            if (self != null && Abstract.lookupAttr(self, PyStr.of(name)) != null) {
                return "self." + name;
            }
        } catch (PyException e) {
            return null;
        }
        return closest(name, candidates);
    }

    private static PyObject lookup(PyObject mapping, String key) {
        if (mapping instanceof PyDict d) {
            return d.getItem(PyStr.of(key));
        }
        return Abstract.contains(mapping, PyStr.of(key)) ? Abstract.getItem(mapping, PyStr.of(key)) : null;
    }

    private static void addKeys(List<String> out, PyObject mapping) {
        if (mapping == null) {
            return;
        }
        PyObject it = Abstract.getIter(mapping);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            if (k instanceof PyStr s) {
                out.add(s.value());
            }
        }
    }

    private static List<String> dir(PyObject obj) {
        PyObject names = Special.callMaybe(obj, DIR);
        List<String> out = new ArrayList<>();
        if (names != null) {
            addKeys(out, names);
        }
        Collections.sort(out);
        return out;
    }

    /** {@code _compute_suggestion_error}'s search for the closest candidate. */
    static String closest(String wrong, List<String> candidates) {
        if (candidates.size() > MAX_CANDIDATE_ITEMS) {
            return null;
        }
        int wrongLen = wrong.codePointCount(0, wrong.length());
        if (wrongLen > MAX_STRING_SIZE) {
            return null;
        }
        // The display (suggestions.c) starts from no bound; traceback.py starts from the name's length.
        int best = Integer.MAX_VALUE;
        String suggestion = null;
        for (String candidate : candidates) {
            if (candidate.equals(wrong)) {
                continue;
            }
            int max = (candidate.codePointCount(0, candidate.length()) + wrongLen + 3) * MOVE_COST / 6;
            max = Math.min(max, best - 1);
            int d = distance(wrong, candidate, max);
            if (d > max) {
                continue;
            }
            if (suggestion == null || d < best) {
                suggestion = candidate;
                best = d;
            }
        }
        return suggestion;
    }

    /** {@code _levenshtein_distance}: moves cost 2, a change of case only 1; gives up above {@code maxCost}. */
    static int distance(String as, String bs, int maxCost) {
        if (as.equals(bs)) {
            return 0;
        }
        int[] a = as.codePoints().toArray();
        int[] b = bs.codePoints().toArray();
        int pre = 0;
        while (pre < a.length && pre < b.length && a[pre] == b[pre]) {
            pre++;
        }
        int aEnd = a.length;
        int bEnd = b.length;
        while (aEnd > pre && bEnd > pre && a[aEnd - 1] == b[bEnd - 1]) {
            aEnd--;
            bEnd--;
        }
        int la = aEnd - pre;
        int lb = bEnd - pre;
        if (la == 0 || lb == 0) {
            return MOVE_COST * (la + lb);
        }
        if (la > MAX_STRING_SIZE || lb > MAX_STRING_SIZE) {
            return maxCost + 1;
        }
        int[] x = java.util.Arrays.copyOfRange(a, pre, aEnd);
        int[] y = java.util.Arrays.copyOfRange(b, pre, bEnd);
        if (y.length < x.length) {
            int[] t = x;
            x = y;
            y = t;
        }
        if ((y.length - x.length) * MOVE_COST > maxCost) {
            return maxCost + 1;
        }
        int[] row = new int[x.length];
        for (int i = 0; i < row.length; i++) {
            row[i] = (i + 1) * MOVE_COST;
        }
        int result = 0;
        for (int bi = 0; bi < y.length; bi++) {
            int bchar = y[bi];
            int distance = bi * MOVE_COST;
            result = distance;
            int minimum = Integer.MAX_VALUE;
            for (int i = 0; i < x.length; i++) {
                int substitute = distance + substitutionCost(bchar, x[i]);
                distance = row[i];
                int insertDelete = Math.min(result, distance) + MOVE_COST;
                result = Math.min(insertDelete, substitute);
                row[i] = result;
                minimum = Math.min(minimum, result);
            }
            if (minimum > maxCost) {
                return maxCost + 1;
            }
        }
        return result;
    }

    private static int substitutionCost(int a, int b) {
        if (a == b) {
            return 0;
        }
        return Character.toLowerCase(a) == Character.toLowerCase(b) ? CASE_COST : MOVE_COST;
    }
}
