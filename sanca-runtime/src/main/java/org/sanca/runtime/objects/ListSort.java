package org.sanca.runtime.objects;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/**
 * The sort behind {@code list.sort} and {@code sorted} ({@code Objects/listsort.txt} describes
 * CPython's): a stable natural merge sort that compares only with {@code <}. Runs already in
 * order are found and extended to a minimum length by binary insertion, then merged pairwise.
 * A comparison may raise: the array then still holds every item, in some order.
 */
final class ListSort {
    private static final int MIN_RUN = 32;

    /** How keys compare: CPython's pre-sort check picks a direct comparison for keys all of one exact type. */
    private enum Mode { GENERIC, LONG, INT, FLOAT, STR }

    private final PyObject[] keys;
    private final Mode mode;
    /** The items to reorder with the keys, or null when the items are their own keys. */
    private final PyObject[] values;
    private final int n;
    private PyObject[] tmpKeys;
    private PyObject[] tmpValues;

    private ListSort(PyObject[] keys, PyObject[] values, int n) {
        this.keys = keys;
        this.values = values;
        this.n = n;
        this.mode = modeOf(keys, n);
    }

    private static Mode modeOf(PyObject[] keys, int n) {
        PyType t = keys[0].type();
        if (t != PyInt.TYPE && t != PyFloat.TYPE && t != PyStr.TYPE) {
            return Mode.GENERIC;
        }
        boolean small = true;
        for (int i = 0; i < n; i++) {
            if (keys[i].type() != t) {
                return Mode.GENERIC;
            }
            if (t == PyInt.TYPE && ((PyInt) keys[i]).big != null) {
                small = false;
            }
        }
        if (t == PyInt.TYPE) {
            return small ? Mode.LONG : Mode.INT;
        }
        return t == PyFloat.TYPE ? Mode.FLOAT : Mode.STR;
    }

    /** Sorts {@code items[0:n]} by {@code key(item)} (or the items themselves when key is null). */
    static void sort(PyObject[] items, int n, PyObject key) {
        if (n < 2) {
            if (n == 1 && key != null) {
                Abstract.call(key, items[0]);
            }
            return;
        }
        if (key == null) {
            new ListSort(items, null, n).run();
            return;
        }
        PyObject[] keys = new PyObject[n];
        for (int i = 0; i < n; i++) {
            keys[i] = Abstract.call(key, items[i]);
        }
        new ListSort(keys, items, n).run();
    }

    private boolean lt(PyObject a, PyObject b) {
        return switch (mode) {
            case LONG -> ((PyInt) a).value < ((PyInt) b).value;
            case INT -> ((PyInt) a).bigValue().compareTo(((PyInt) b).bigValue()) < 0;
            case FLOAT -> ((PyFloat) a).value < ((PyFloat) b).value;
            case STR -> codePointCompare(((PyStr) a).value(), ((PyStr) b).value()) < 0;
            case GENERIC -> Abstract.richCompareBool(a, b, CompareOp.LT);
        };
    }

    /** Strings in code-point order (UTF-16 order differs only between astral and high-BMP characters). */
    static int codePointCompare(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char c = x.charAt(i);
            char d = y.charAt(i);
            if (c != d) {
                boolean cs = Character.isSurrogate(c);
                boolean ds = Character.isSurrogate(d);
                if (cs != ds) {
                    return cs ? 1 : -1;
                }
                return c - d;
            }
        }
        return x.length() - y.length();
    }

    private void run() {
        int[] runs = new int[n + 1];
        int nruns = 0;
        int lo = 0;
        while (lo < n) {
            int hi = countRun(lo);
            int forced = Math.min(n, lo + MIN_RUN);
            if (hi < forced) {
                binaryInsertion(lo, forced, hi);
                hi = forced;
            }
            runs[nruns++] = lo;
            lo = hi;
        }
        runs[nruns] = n;
        while (nruns > 1) {
            int w = 0;
            for (int r = 0; r < nruns; r += 2) {
                if (r + 1 < nruns) {
                    merge(runs[r], runs[r + 1], runs[r + 2]);
                }
                runs[w++] = runs[r];
            }
            runs[w] = n;
            nruns = w;
        }
    }

    /** The end of the run starting at {@code lo}; a strictly descending run is reversed in place. */
    private int countRun(int lo) {
        int hi = lo + 1;
        if (hi == n) {
            return hi;
        }
        if (lt(keys[hi], keys[lo])) {
            hi++;
            while (hi < n && lt(keys[hi], keys[hi - 1])) {
                hi++;
            }
            reverse(lo, hi);
        } else {
            hi++;
            while (hi < n && !lt(keys[hi], keys[hi - 1])) {
                hi++;
            }
        }
        return hi;
    }

    private void reverse(int lo, int hi) {
        PyList.reverse(keys, lo, hi);
        if (values != null) {
            PyList.reverse(values, lo, hi);
        }
    }

    /** Sorts {@code [lo, hi)} given that {@code [lo, start)} is sorted; stable. */
    private void binaryInsertion(int lo, int hi, int start) {
        for (int i = start; i < hi; i++) {
            PyObject pivot = keys[i];
            int l = lo;
            int r = i;
            while (l < r) {
                int m = (l + r) >>> 1;
                if (lt(pivot, keys[m])) {
                    r = m;
                } else {
                    l = m + 1;
                }
            }
            System.arraycopy(keys, l, keys, l + 1, i - l);
            keys[l] = pivot;
            if (values != null) {
                PyObject v = values[i];
                System.arraycopy(values, l, values, l + 1, i - l);
                values[l] = v;
            }
        }
    }

    /** Merges the sorted runs {@code [lo, mid)} and {@code [mid, hi)}. */
    private void merge(int lo, int mid, int hi) {
        if (!lt(keys[mid], keys[mid - 1])) {
            return;
        }
        int leftLen = mid - lo;
        if (tmpKeys == null || tmpKeys.length < leftLen) {
            tmpKeys = new PyObject[Math.max(leftLen, n / 2 + 1)];
            tmpValues = values == null ? null : new PyObject[tmpKeys.length];
        }
        System.arraycopy(keys, lo, tmpKeys, 0, leftLen);
        if (values != null) {
            System.arraycopy(values, lo, tmpValues, 0, leftLen);
        }
        int i = 0;
        int j = mid;
        int k = lo;
        try {
            while (i < leftLen && j < hi) {
                if (lt(keys[j], tmpKeys[i])) {
                    move(j++, k++);
                } else {
                    takeLeft(i++, k++);
                }
            }
        } finally {
            while (i < leftLen) {
                takeLeft(i++, k++);
            }
        }
    }

    private void move(int from, int to) {
        keys[to] = keys[from];
        if (values != null) {
            values[to] = values[from];
        }
    }

    private void takeLeft(int from, int to) {
        keys[to] = tmpKeys[from];
        if (values != null) {
            values[to] = tmpValues[from];
        }
    }
}
