package org.sanca.runtime.objects;

import java.util.Arrays;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code list}: CPython's {@code Objects/listobject.c}. Every operation holds the list's lock,
 * so a single {@code append}, {@code l[i] = x} or {@code pop()} is atomic under threads and no
 * Java exception escapes concurrent use. Python code (comparisons, key functions) never runs
 * while the lock is held: such methods read the list item by item.
 */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyList.class, PyType.OBJECT, PyType.BASETYPE, ListSlots::fill);

    private static final PyObject[] NONE = new PyObject[0];

    private PyObject[] items;
    private int size;

    public PyList() {
        this.items = NONE;
    }

    /** A list holding {@code items}; the array is taken over. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    /** {@code list(iterable)}. */
    public static PyList fromIterable(PyObject iterable) {
        return new PyList(Sequences.toArray(iterable));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The length; read without the lock, as one int read is atomic (a racing change may not be seen yet). */
    public int size() {
        return size;
    }

    /** The item at {@code i}, or null when {@code i} is out of range (the list may have shrunk). */
    public synchronized PyObject getOrNull(int i) {
        return i >= 0 && i < size ? items[i] : null;
    }

    /**
     * The item at {@code i} read without the lock (the interpreter's fast path for {@code l[i]}),
     * or null when {@code i} is out of range or the read raced with a change of the list; the
     * caller then takes the locked path.
     */
    public PyObject peek(int i) {
        PyObject[] a = items;
        return i >= 0 && i < size && i < a.length ? a[i] : null;
    }

    /** The item at {@code i}, which the caller has checked is in range. */
    public synchronized PyObject get(int i) {
        return items[i];
    }

    public synchronized void set(int i, PyObject v) {
        items[i] = v;
    }

    private void ensureCapacity(int n) {
        if (n > items.length) {
            items = Arrays.copyOf(items, Math.max(Math.max(4, n), n + (n >> 3) + 6));
        }
    }

    /** {@code l.append(v)}. */
    @PyMethod(value = "($self, object, /)", doc = "Append object to the end of the list.")
    public synchronized void append(PyObject v) {
        ensureCapacity(size + 1);
        items[size++] = v;
    }

    /** {@code l.insert(i, v)} with {@code i} already clamped to 0..size. */
    public synchronized void insert(int i, PyObject v) {
        ensureCapacity(size + 1);
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    @PyMethod(value = "($self, index, object, /)", name = "insert", doc = "Insert object before index.")
    void insertMethod(PyObject index, PyObject object) {
        long i = Sequences.ssize(index);
        synchronized (this) {
            if (i < 0) {
                i = Math.max(0, i + size);
            }
            insert((int) Math.min(i, size), object);
        }
    }

    /** Removes and returns the item at {@code i}, which the caller has checked is in range. */
    public synchronized PyObject remove(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** A copy of the items, safe to iterate while the list changes. */
    public synchronized PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces all items; the array is taken over. */
    public synchronized void setArray(PyObject[] newItems) {
        items = newItems;
        size = newItems.length;
    }

    /** Appends every item of {@code more}. */
    public synchronized void appendAll(PyObject[] more) {
        ensureCapacity(size + more.length);
        System.arraycopy(more, 0, items, size, more.length);
        size += more.length;
    }

    @PyMethod(value = "($self, iterable, /)", doc = "Extend list by appending elements from the iterable.")
    public void extend(PyObject iterable) {
        if (iterable == this || iterable.type() == TYPE || iterable.type() == PyTuple.TYPE) {
            appendAll(Sequences.toArrayNoCopy(iterable));
            return;
        }
        PyObject it = Abstract.getIter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            append(x);
        }
    }

    @PyMethod(value = "($self, index=-1, /)", doc = "Remove and return item at index (default last).\n\n"
            + "Raises IndexError if list is empty or index is out of range.")
    PyObject pop(PyObject index) {
        long i = Sequences.ssize(index);
        synchronized (this) {
            if (size == 0) {
                throw PyErr.format(PyExc.IndexError, "pop from empty list");
            }
            if (i < 0) {
                i += size;
            }
            if (i < 0 || i >= size) {
                throw PyErr.format(PyExc.IndexError, "pop index out of range");
            }
            return remove((int) i);
        }
    }

    @PyMethod(value = "($self, value, /)", name = "remove", doc = "Remove first occurrence of value.\n\n"
            + "Raises ValueError if the value is not present.")
    void removeMethod(PyObject value) {
        for (int i = 0;; i++) {
            PyObject x = getOrNull(i);
            if (x == null) {
                throw PyErr.valueError("list.remove(x): x not in list");
            }
            if (Abstract.richCompareBool(x, value, CompareOp.EQ)) {
                synchronized (this) {
                    if (i < size && items[i] == x) {
                        remove(i);
                    }
                }
                return;
            }
        }
    }

    @PyMethod(value = "($self, value, start=0, stop=sys.maxsize, /)", doc = "Return first index of value.\n\n"
            + "Raises ValueError if the value is not present.")
    long index(PyObject value, PyObject start, PyObject stop) {
        long lo = Sequences.sliceIndex(start, size());
        long hi = stop == null ? Long.MAX_VALUE : Sequences.sliceIndex(stop, size());
        for (long i = lo; i < hi; i++) {
            PyObject x = getOrNull((int) Math.min(i, Integer.MAX_VALUE));
            if (x == null) {
                break;
            }
            if (Abstract.richCompareBool(x, value, CompareOp.EQ)) {
                return i;
            }
        }
        throw PyErr.valueError("%s is not in list", Abstract.repr(value).value());
    }

    @PyMethod(value = "($self, value, /)", doc = "Return number of occurrences of value.")
    long count(PyObject value) {
        long n = 0;
        for (int i = 0;; i++) {
            PyObject x = getOrNull(i);
            if (x == null) {
                return n;
            }
            if (Abstract.richCompareBool(x, value, CompareOp.EQ)) {
                n++;
            }
        }
    }

    @PyMethod(value = "($self, /)", doc = "Remove all items from list.")
    public synchronized void clear() {
        if (size == 0) {
            return;
        }
        items = NONE;
        size = 0;
    }

    @PyMethod(value = "($self, /)", doc = "Return a shallow copy of the list.")
    PyObject copy() {
        return new PyList(toArray());
    }

    @PyMethod(value = "($self, /)", doc = "Reverse *IN PLACE*.")
    public synchronized void reverse() {
        reverse(items, 0, size);
    }

    static void reverse(PyObject[] a, int lo, int hi) {
        for (int i = lo, j = hi - 1; i < j; i++, j--) {
            PyObject t = a[i];
            a[i] = a[j];
            a[j] = t;
        }
    }

    @PyMethod(value = "($self, /, *, key=None, reverse=False)", name = "sort", doc = "Sort the list in ascending order and return None.\n\n"
            + "The sort is in-place (i.e. the list itself is modified) and stable (i.e. the\n"
            + "order of two equal elements is maintained).\n\n"
            + "If a key function is given, apply it once to each list item and sort them,\n"
            + "ascending or descending, according to their function values.\n\n"
            + "The reverse flag can be set to sort in descending order.")
    void sortMethod(PyObject key, PyObject reverse) {
        sort(key == PyNone.NONE ? null : key, Abstract.isTrue(reverse));
    }

    /**
     * {@code l.sort(key=key, reverse=reverse)}: stable, by {@code <} only. While it runs the list
     * looks empty; a change made meanwhile is discarded and reported, as in CPython.
     */
    public void sort(PyObject key, boolean reverse) {
        PyObject[] saved;
        int n;
        PyObject[] marker = new PyObject[0];
        synchronized (this) {
            saved = items;
            n = size;
            items = marker;
            size = 0;
        }
        try {
            if (reverse) {
                reverse(saved, 0, n);
            }
            ListSort.sort(saved, n, key);
            if (reverse) {
                reverse(saved, 0, n);
            }
        } finally {
            boolean modified;
            synchronized (this) {
                modified = items != marker || size != 0;
                items = saved;
                size = n;
            }
            if (modified) {
                throw PyErr.valueError("list modified during sort");
            }
        }
    }

    /** {@code l[s]} for a slice. */
    public synchronized PyList getSlice(PySlice s) {
        PySlice.Indices ix = s.indices(size);
        PyObject[] out = new PyObject[ix.length()];
        for (int i = 0, j = ix.start(); i < out.length; i++, j += ix.step()) {
            out[i] = items[j];
        }
        return new PyList(out);
    }

    /** {@code l[s] = v} for a slice; {@code v} null deletes. */
    public void setSlice(PySlice s, PyObject v) {
        PyObject[] src = null;
        if (v != null) {
            src = v == this ? toArray() : Sequences.toArrayOrError(v, "must assign iterable to extended slice");
        }
        synchronized (this) {
            PySlice.Indices ix = s.indices(size);
            if (ix.step() == 1) {
                replace(ix.start(), Math.max(ix.start(), ix.stop()), src == null ? NONE : src);
            } else if (src == null) {
                deleteExtended(ix);
            } else {
                if (src.length != ix.length()) {
                    throw PyErr.valueError("attempt to assign sequence of size %d to extended slice of size %d",
                            src.length, ix.length());
                }
                for (int i = 0, j = ix.start(); i < src.length; i++, j += ix.step()) {
                    items[j] = src[i];
                }
            }
        }
    }

    private void replace(int lo, int hi, PyObject[] src) {
        int newSize = size - (hi - lo) + src.length;
        PyObject[] dest = items;
        if (newSize > items.length) {
            dest = Arrays.copyOf(items, newSize + (newSize >> 3) + 6);
        }
        System.arraycopy(items, hi, dest, lo + src.length, size - hi);
        System.arraycopy(src, 0, dest, lo, src.length);
        for (int i = newSize; i < size; i++) {
            dest[i] = null;
        }
        items = dest;
        size = newSize;
    }

    private void deleteExtended(PySlice.Indices ix) {
        if (ix.length() == 0) {
            return;
        }
        int lo = ix.start();
        int step = ix.step();
        if (step < 0) {
            lo = ix.start() + (ix.length() - 1) * step;
            step = -step;
        }
        int w = lo;
        for (int r = lo; r < size; r++) {
            if (r >= lo && (r - lo) % step == 0 && (r - lo) / step < ix.length()) {
                continue;
            }
            items[w++] = items[r];
        }
        Arrays.fill(items, w, size, null);
        size = w;
    }

    /** {@code l * n}. */
    public synchronized PyList repeat(long n) {
        return new PyList(Sequences.repeat(items, size, n));
    }

    /** {@code l *= n}. */
    public synchronized void repeatInPlace(long n) {
        PyObject[] r = Sequences.repeat(items, size, n);
        items = r;
        size = r.length;
    }

    @PyMethod(value = "($self, /)", doc = "Return a reverse iterator over the list.")
    PyObject __reversed__() {
        return new PyListIter(this, true);
    }

    /** {@code list[int]} and the like: a {@code types.GenericAlias} (PEP 585). */
    @org.sanca.runtime.types.PyMethod(value = "($type, item, /)", name = "__class_getitem__",
            kind = org.sanca.runtime.types.PyMethod.Kind.CLASS, doc = "See PEP 585", textSignature = false)
    static PyObject classGetItem(PyObject type, PyObject item) {
        return org.sanca.runtime.types.PyGenericAlias.classGetItem(type, item);
    }
}
