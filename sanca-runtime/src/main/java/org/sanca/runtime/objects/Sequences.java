package org.sanca.runtime.objects;

/** Index arithmetic shared by the sequence types: CPython's negative-index rule and bounds checks. */
public final class Sequences {
    private Sequences() {
    }

    /**
     * The in-range position of index {@code key} in a sequence of {@code size}, or IndexError
     * with {@code what} ("list index out of range").
     */
    public static int checkIndex(PyObject key, int size, String what) {
        long i = Abstract.indexValue(key);
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.format(PyExc.IndexError, "%s", what);
        }
        return (int) i;
    }

    /** Equality of two item arrays, item by item with identity first. */
    public static boolean itemsEqual(PyObject[] a, PyObject[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Abstract.richCompareBool(a[i], b[i], org.sanca.runtime.types.CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }
}
