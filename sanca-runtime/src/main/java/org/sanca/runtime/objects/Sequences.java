package org.sanca.runtime.objects;

import java.util.Arrays;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** Index arithmetic and item gathering shared by the sequence types. */
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

    /** An index argument converted as Clinic's {@code Py_ssize_t} converter does: OverflowError beyond the range. */
    public static long ssize(PyObject o) {
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /** The TypeError for a subscript that is neither an integer nor a slice. */
    public static PyException badIndexType(String typeName, PyObject key) {
        return PyErr.typeError("%s indices must be integers or slices, not %s", typeName, PyErr.typeName(key));
    }

    /**
     * A start or stop argument of {@code index()}: CPython's {@code _PyEval_SliceIndexNotNone}
     * then the negative-index adjustment, clamped to 0..size.
     */
    public static long sliceIndex(PyObject o, int size) {
        if (o == null) {
            return 0;
        }
        if (o.type().nb_index == null) {
            throw PyErr.typeError("slice indices must be integers or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        long v = i.big == null ? i.value : (i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2);
        if (v < 0) {
            v = Math.max(0, v + size);
        }
        return v;
    }

    /** True when {@code o} iterates as the builtin {@code base} does (no {@code __iter__} of its own). */
    private static boolean ownIter(PyObject o, PyType base) {
        return o.type() == base || o.type().tp_iter == base.tp_iter;
    }

    /** The items of an iterable as a new array the caller may keep and change. */
    public static PyObject[] toArray(PyObject iterable) {
        if (iterable instanceof PyTuple t && ownIter(t, PyTuple.TYPE)) {
            return t.items().clone();
        }
        return toArrayNoCopy(iterable);
    }

    /**
     * The items of an iterable; for a tuple, its own array (read it, never write it). CPython's
     * {@code PySequence_Fast}: only an exact list or tuple is read directly; a subclass is iterated.
     */
    public static PyObject[] toArrayNoCopy(PyObject iterable) {
        if (iterable instanceof PyTuple t && t.type() == PyTuple.TYPE) {
            return t.items();
        }
        if (iterable instanceof PyList l && l.type() == PyList.TYPE) {
            return l.toArray();
        }
        PyObject it = Abstract.getIter(iterable);
        PyObject[] out = new PyObject[lengthHint(iterable)];
        int n = 0;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (n == out.length) {
                out = Arrays.copyOf(out, n * 2);
            }
            out[n++] = x;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    /**
     * The initial capacity for the items of {@code iterable}: its length when a class defined
     * in Python gives it one, as {@code PyObject_LengthHint} asks (so an overridden
     * {@code __len__} is called, as in CPython), else 8.
     */
    private static int lengthHint(PyObject iterable) {
        PyType t = iterable.type();
        if (!t.isHeapType() || t.sq_length == null && t.mp_length == null) {
            return 8;
        }
        try {
            return Math.max(8, Math.min(Abstract.len(iterable), 1 << 16));
        } catch (PyException e) {
            if (!e.matches(PyExc.TypeError)) {
                throw e;
            }
            return 8;
        }
    }

    /** As {@link #toArrayNoCopy}, with {@code message} as the TypeError for a non-iterable. */
    public static PyObject[] toArrayOrError(PyObject iterable, String message) {
        if (iterable.type().tp_iter == null && iterable.type().sq_item == null) {
            throw PyErr.typeError("%s", message);
        }
        return toArrayNoCopy(iterable);
    }

    /** {@code n} copies of the first {@code size} items (none when {@code n <= 0}). */
    public static PyObject[] repeat(PyObject[] items, int size, long n) {
        if (n <= 0 || size == 0) {
            return new PyObject[0];
        }
        if (n > Integer.MAX_VALUE / size) {
            throw PyErr.newException(PyExc.MemoryError).toJava();
        }
        int total = (int) (size * n);
        PyObject[] out = new PyObject[total];
        for (int i = 0; i < total; i += size) {
            System.arraycopy(items, 0, out, i, size);
        }
        return out;
    }

    /** The position of the first item equal to {@code v} in {@code items[lo:hi]}, or -1. */
    public static int indexOf(PyObject[] items, PyObject v, long lo, long hi) {
        for (long i = lo; i < Math.min(hi, items.length); i++) {
            if (Abstract.richCompareBool(items[(int) i], v, CompareOp.EQ)) {
                return (int) i;
            }
        }
        return -1;
    }

    /** The number of items equal to {@code v}. */
    public static int count(PyObject[] items, PyObject v) {
        int n = 0;
        for (PyObject x : items) {
            if (Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                n++;
            }
        }
        return n;
    }

    /** Equality of two item arrays, item by item with identity first. */
    public static boolean itemsEqual(PyObject[] a, PyObject[] b) {
        if (a.length != b.length) {
            return false;
        }
        for (int i = 0; i < a.length; i++) {
            if (!Abstract.richCompareBool(a[i], b[i], CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }
}
