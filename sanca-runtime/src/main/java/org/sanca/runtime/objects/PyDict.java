package org.sanca.runtime.objects;

import java.util.Arrays;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code dict}: CPython's {@code Objects/dictobject.c}. An insertion-ordered table: entries
 * (hash, key, value) are kept in insertion order in parallel arrays, and an open-addressing
 * index table maps a hash to an entry position, probing with CPython's perturbation scheme.
 * Deleted entries leave a hole that is compacted away when the table is resized.
 *
 * <p>Keys are compared by identity, then (for equal hashes) with Python {@code ==}, which may
 * run Python code and raise. Every public operation holds the dict's lock, so single operations
 * are atomic under threads; {@link #version()} changes on every mutation so iterators and
 * caches can detect change.
 */
public class PyDict extends PyObject {
    public static final PyType TYPE = PyType.builtin("dict", PyDict.class, PyType.OBJECT, PyType.BASETYPE, DictSlots::fill);

    private static final int EMPTY = -1;
    private static final int DUMMY = -2;
    private static final int MIN_SIZE = 8;

    private int[] indices;
    private long[] hashes;
    private PyObject[] keys;
    private PyObject[] values;
    /** Entries used, holes included. */
    private int filled;
    /** Live entries. */
    private int size;
    /** Written under the lock, read without it (caches compare it to a remembered value). */
    private volatile int version;

    public PyDict() {
        clearTable(MIN_SIZE);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void clearTable(int tableSize) {
        indices = new int[tableSize];
        Arrays.fill(indices, EMPTY);
        int cap = usable(tableSize);
        hashes = new long[cap];
        keys = new PyObject[cap];
        values = new PyObject[cap];
        filled = 0;
        size = 0;
    }

    private static int usable(int tableSize) {
        return tableSize * 2 / 3;
    }

    /** The number of items: {@code len(d)}. */
    public synchronized int size() {
        return size;
    }

    /** A counter that changes on every mutation. */
    public int version() {
        return version;
    }

    /** {@code d.get(key)} without a default: the value, or null when absent. */
    public synchronized PyObject getItem(PyObject key) {
        long h = hashOf(key);
        int ix = find(key, h);
        return ix < 0 ? null : values[ix];
    }

    /** {@code d[key] = value}. */
    public synchronized void setItem(PyObject key, PyObject value) {
        long h = hashOf(key);
        int ix = find(key, h);
        if (ix >= 0) {
            values[ix] = value;
            version++;
            return;
        }
        insertNew(key, h, value);
    }

    /** Sets {@code key} only when absent; returns the value now in the dict ({@code setdefault}). */
    public synchronized PyObject setDefault(PyObject key, PyObject value) {
        long h = hashOf(key);
        int ix = find(key, h);
        if (ix >= 0) {
            return values[ix];
        }
        insertNew(key, h, value);
        return value;
    }

    /** Removes {@code key}; returns its value, or null when it was absent. */
    public synchronized PyObject delItem(PyObject key) {
        long h = hashOf(key);
        int slot = findSlot(key, h);
        if (slot < 0) {
            return null;
        }
        int ix = indices[slot];
        PyObject old = values[ix];
        indices[slot] = DUMMY;
        keys[ix] = null;
        values[ix] = null;
        size--;
        version++;
        return old;
    }

    /** Removes every item. */
    public synchronized void clear() {
        clearTable(MIN_SIZE);
        version++;
    }

    /**
     * The position of the first live entry at or after {@code pos}, or -1. Iterators walk the
     * entries with this and {@link #keyAt}/{@link #valueAt}, checking {@link #version()}.
     */
    public synchronized int nextIndex(int pos) {
        for (int i = pos; i < filled; i++) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    public synchronized PyObject keyAt(int pos) {
        return keys[pos];
    }

    public synchronized PyObject valueAt(int pos) {
        return values[pos];
    }

    /**
     * Whether merging {@code o} into a dict may read its entries directly: a dict whose type
     * keeps dict's {@code __iter__} (CPython's test in {@code dict_merge}); other mappings, dict
     * subclasses overriding {@code __iter__} included, go through {@code keys()} and
     * {@code __getitem__}.
     */
    public static boolean iteratesAsDict(PyObject o) {
        return o instanceof PyDict && (o.type() == TYPE || o.type().tp_iter == TYPE.tp_iter);
    }

    /** The live keys in insertion order, as a snapshot. */
    public synchronized PyObject[] keysArray() {
        PyObject[] out = new PyObject[size];
        int n = 0;
        for (int i = 0; i < filled; i++) {
            if (keys[i] != null) {
                out[n++] = keys[i];
            }
        }
        return out;
    }

    /** The live values in insertion order, as a snapshot. */
    public synchronized PyObject[] valuesArray() {
        PyObject[] out = new PyObject[size];
        int n = 0;
        for (int i = 0; i < filled; i++) {
            if (keys[i] != null) {
                out[n++] = values[i];
            }
        }
        return out;
    }

    /** Removes and returns the last (key, value) entry, or null when empty ({@code popitem}). */
    public synchronized PyObject[] popLast() {
        for (int i = filled - 1; i >= 0; i--) {
            if (keys[i] != null) {
                PyObject[] kv = {keys[i], values[i]};
                delItem(kv[0]);
                return kv;
            }
        }
        return null;
    }

    /** A shallow copy. */
    public synchronized PyDict copy() {
        PyDict d = new PyDict();
        d.updateFrom(this);
        return d;
    }

    /** Adds every item of {@code other}, in its order ({@code d.update(other)} for a dict). */
    public void updateFrom(PyDict other) {
        PyObject[] ks;
        PyObject[] vs;
        synchronized (other) {
            ks = other.keysArray();
            vs = other.valuesArray();
        }
        synchronized (this) {
            for (int i = 0; i < ks.length; i++) {
                setItem(ks[i], vs[i]);
            }
        }
    }

    /** The position of the last live entry before {@code pos}, or -1 (for reverse iterators). */
    public synchronized int prevIndex(int pos) {
        for (int i = Math.min(pos, filled) - 1; i >= 0; i--) {
            if (keys[i] != null) {
                return i;
            }
        }
        return -1;
    }

    /** One past the last entry position, for reverse iteration. */
    public synchronized int endIndex() {
        return filled;
    }

    @PyMethod(value = "($self, key, /)", name = "__getitem__", doc = "x.__getitem__(y) <==> x[y]")
    PyObject getitemMethod(PyObject key) {
        return DictSlots.subscript(this, key);
    }

    @PyMethod(value = "($self, /)", doc = "D.keys() -> a set-like object providing a view on D's keys", textSignature = false)
    PyObject keys() {
        return new PyDictView(this, PyDictView.KEYS);
    }

    @PyMethod(value = "($self, /)", doc = "D.values() -> an object providing a view on D's values", textSignature = false)
    PyObject values() {
        return new PyDictView(this, PyDictView.VALUES);
    }

    @PyMethod(value = "($self, /)", doc = "D.items() -> a set-like object providing a view on D's items", textSignature = false)
    PyObject items() {
        return new PyDictView(this, PyDictView.ITEMS);
    }

    @PyMethod(value = "($self, key, default=None, /)", doc = "Return the value for key if key is in the dictionary, else default.")
    PyObject get(PyObject key, PyObject dflt) {
        PyObject v = getItem(key);
        return v == null ? dflt : v;
    }

    @PyMethod(value = "($self, key, default=None, /)", name = "setdefault", doc = "Insert key with a value of default if key is not in the dictionary.\n\n"
            + "Return the value for key if key is in the dictionary, else default.")
    PyObject setdefaultMethod(PyObject key, PyObject dflt) {
        return setDefault(key, dflt);
    }

    @PyMethod(value = "($self, key, default=<unrepresentable>, /)", doc = "D.pop(k[,d]) -> v, remove specified key and return the corresponding value.\n\n"
            + "If the key is not found, return the default if given; otherwise,\nraise a KeyError.")
    PyObject pop(PyObject key, PyObject dflt) {
        PyObject v = delItem(key);
        if (v != null) {
            return v;
        }
        if (dflt == null) {
            throw DictSlots.keyError(key);
        }
        return dflt;
    }

    @PyMethod(value = "($self, /)", doc = "Remove and return a (key, value) pair as a 2-tuple.\n\n"
            + "Pairs are returned in LIFO (last-in, first-out) order.\nRaises KeyError if the dict is empty.")
    PyObject popitem() {
        PyObject[] kv = popLast();
        if (kv == null) {
            throw PyErr.format(PyExc.KeyError, "popitem(): dictionary is empty");
        }
        return PyTuple.of(kv);
    }

    @PyMethod(value = "($self, /)", name = "clear", doc = "D.clear() -> None.  Remove all items from D.", textSignature = false)
    void clearMethod() {
        clear();
    }

    @PyMethod(value = "($self, /)", name = "copy", doc = "D.copy() -> a shallow copy of D", textSignature = false)
    PyObject copyMethod() {
        return copy();
    }

    @PyMethod(value = "($self, /, *args, **kwargs)", doc = "D.update([E, ]**F) -> None.  Update D from dict/iterable E and F.\n"
            + "If E is present and has a .keys() method, then does:  for k in E: D[k] = E[k]\n"
            + "If E is present and lacks a .keys() method, then does:  for k, v in E: D[k] = v\n"
            + "In either case, this is followed by: for k in F:  D[k] = F[k]", textSignature = false)
    void update(PyTuple args, PyDict kwargs) {
        if (args.size() > 1) {
            throw PyErr.typeError("update expected at most 1 argument, got %d", args.size());
        }
        if (args.size() == 1) {
            DictSlots.updateArg(this, args.get(0));
        }
        updateFrom(kwargs);
    }

    @PyMethod(value = "($type, iterable, value=None, /)", kind = PyMethod.Kind.CLASS, doc = "Create a new dictionary with keys from iterable and values set to value.")
    static PyObject fromkeys(PyObject type, PyObject iterable, PyObject value) {
        PyObject d = Abstract.call(type);
        PyObject it = Abstract.getIter(iterable);
        for (PyObject k = Abstract.next(it); k != null; k = Abstract.next(it)) {
            if (d.type() == TYPE) {
                ((PyDict) d).setItem(k, value);
            } else {
                Abstract.setItem(d, k, value);
            }
        }
        return d;
    }

    @PyMethod(value = "($self, /)", doc = "Return a reverse iterator over the dict keys.")
    PyObject __reversed__() {
        return new PyDictIter(this, PyDictIter.REVERSE_KEYS);
    }

    private static long hashOf(PyObject key) {
        if (key.type() == PyStr.TYPE) {
            return ((PyStr) key).hash();
        }
        return Abstract.hash(key);
    }

    private int find(PyObject key, long h) {
        int slot = findSlot(key, h);
        return slot < 0 ? -1 : indices[slot];
    }

    /**
     * The index-table slot holding {@code key}, or -1. A Python {@code __eq__} may change the
     * dict; the probe then starts again, as CPython's lookup does.
     */
    private int findSlot(PyObject key, long h) {
        restart:
        while (true) {
            int mask = indices.length - 1;
            long perturb = h;
            int i = (int) h & mask;
            while (true) {
                int ix = indices[i];
                if (ix == EMPTY) {
                    return -1;
                }
                if (ix >= 0) {
                    PyObject k = keys[ix];
                    if (k == key) {
                        return i;
                    }
                    if (hashes[ix] == h) {
                        if (k.type() == PyStr.TYPE && key.type() == PyStr.TYPE) {
                            if (((PyStr) k).value().equals(((PyStr) key).value())) {
                                return i;
                            }
                        } else {
                            int before = version;
                            boolean eq = Abstract.richCompareBool(k, key, org.sanca.runtime.types.CompareOp.EQ);
                            if (version != before) {
                                continue restart;
                            }
                            if (eq) {
                                return i;
                            }
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) (i * 5L + perturb + 1) & mask;
            }
        }
    }

    private void insertNew(PyObject key, long h, PyObject value) {
        if (filled == keys.length) {
            resize();
        }
        int ix = filled++;
        hashes[ix] = h;
        keys[ix] = key;
        values[ix] = value;
        int mask = indices.length - 1;
        long perturb = h;
        int i = (int) h & mask;
        while (indices[i] >= 0) {
            perturb >>>= 5;
            i = (int) (i * 5L + perturb + 1) & mask;
        }
        indices[i] = ix;
        size++;
        version++;
    }

    private void resize() {
        long[] oh = hashes;
        PyObject[] ok = keys;
        PyObject[] ov = values;
        int oldFilled = filled;
        int tableSize = MIN_SIZE;
        while (usable(tableSize) <= size * 3 / 2 + 1) {
            tableSize <<= 1;
        }
        clearTable(tableSize);
        for (int i = 0; i < oldFilled; i++) {
            if (ok[i] != null) {
                insertNew(ok[i], oh[i], ov[i]);
            }
        }
    }

    /** {@code list[int]} and the like: a {@code types.GenericAlias} (PEP 585). */
    @org.sanca.runtime.types.PyMethod(value = "($type, item, /)", name = "__class_getitem__",
            kind = org.sanca.runtime.types.PyMethod.Kind.CLASS, doc = "See PEP 585", textSignature = false)
    static PyObject classGetItem(PyObject type, PyObject item) {
        return org.sanca.runtime.types.PyGenericAlias.classGetItem(type, item);
    }
}
