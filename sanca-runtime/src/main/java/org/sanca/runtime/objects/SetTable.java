package org.sanca.runtime.objects;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/**
 * The hash table of a set or frozenset, laid out and probed as CPython's
 * {@code Objects/setobject.c} does (short linear probes, then perturbation), so that sets
 * iterate and print in the same order as CPython's. Every method holds the table's lock.
 */
final class SetTable {
    private static final int MIN_SIZE = 8;
    private static final int LINEAR_PROBES = 9;
    /** The mark of a deleted entry: a private object, so that no Python value (not even None) is taken for it. */
    private static final PyObject DUMMY = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    private PyObject[] keys;
    private long[] hashes;
    private int mask;
    /** Active plus dummy entries. */
    private int fill;
    /** Active entries. */
    private int used;
    /** Where {@code pop} looks next. */
    private int finger;

    SetTable() {
        reset(MIN_SIZE);
    }

    private void reset(int size) {
        keys = new PyObject[size];
        hashes = new long[size];
        mask = size - 1;
        fill = 0;
        used = 0;
    }

    static long hashOf(PyObject key) {
        return key.type() == PyStr.TYPE ? ((PyStr) key).hash() : Abstract.hash(key);
    }

    synchronized int size() {
        return used;
    }

    private static boolean isActive(PyObject k) {
        return k != null && k != DUMMY;
    }

    /** Adds {@code key}; false when it was already present. */
    synchronized boolean add(PyObject key, long hash) {
        restart:
        while (true) {
            int free = -1;
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int e = i;
                for (int p = 0; p <= probes; p++, e++) {
                    PyObject k = keys[e];
                    if (k == null) {
                        insertAt(free >= 0 ? free : e, free < 0, key, hash);
                        return true;
                    }
                    if (k == DUMMY) {
                        if (free < 0) {
                            free = e;
                        }
                    } else if (hashes[e] == hash) {
                        PyObject[] table = keys;
                        int found = matches(k, key);
                        if (found > 0) {
                            return false;
                        }
                        if (table != keys || keys[e] != k) {
                            continue restart;
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    /** 1 when stored key {@code k} equals {@code key}, else 0; Python's {@code ==} may run. */
    private static int matches(PyObject k, PyObject key) {
        if (k == key) {
            return 1;
        }
        if (k.type() == PyStr.TYPE && key.type() == PyStr.TYPE) {
            return ((PyStr) k).value().equals(((PyStr) key).value()) ? 1 : 0;
        }
        return Abstract.richCompareBool(k, key, CompareOp.EQ) ? 1 : 0;
    }

    private void insertAt(int e, boolean fresh, PyObject key, long hash) {
        keys[e] = key;
        hashes[e] = hash;
        used++;
        if (fresh) {
            fill++;
            if ((long) fill * 5 >= (long) mask * 3) {
                resize(used > 50000 ? used * 2 : used * 4);
            }
        }
    }

    /** The table slot holding {@code key}, or -1. */
    private int lookup(PyObject key, long hash) {
        restart:
        while (true) {
            long perturb = hash;
            int i = (int) (hash & mask);
            while (true) {
                int probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
                int e = i;
                for (int p = 0; p <= probes; p++, e++) {
                    PyObject k = keys[e];
                    if (k == null) {
                        return -1;
                    }
                    if (k != DUMMY && hashes[e] == hash) {
                        PyObject[] table = keys;
                        if (matches(k, key) > 0) {
                            return e;
                        }
                        if (table != keys || keys[e] != k) {
                            continue restart;
                        }
                    }
                }
                perturb >>>= 5;
                i = (int) ((i * 5L + 1 + perturb) & mask);
            }
        }
    }

    synchronized boolean contains(PyObject key, long hash) {
        return lookup(key, hash) >= 0;
    }

    /** Removes {@code key}; false when it was absent. */
    synchronized boolean discard(PyObject key, long hash) {
        int e = lookup(key, hash);
        if (e < 0) {
            return false;
        }
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        return true;
    }

    /** Removes and returns an arbitrary key, or null when empty ({@code set.pop}). */
    synchronized PyObject pop() {
        if (used == 0) {
            return null;
        }
        int e = finger & mask;
        while (!isActive(keys[e])) {
            e = (e + 1) & mask;
        }
        PyObject k = keys[e];
        keys[e] = DUMMY;
        hashes[e] = -1;
        used--;
        finger = e + 1;
        return k;
    }

    synchronized void clear() {
        reset(MIN_SIZE);
    }

    private void resize(int minUsed) {
        int size = MIN_SIZE;
        while (size <= minUsed) {
            size <<= 1;
        }
        PyObject[] oldKeys = keys;
        long[] oldHashes = hashes;
        int n = used;
        reset(size);
        for (int i = 0; i < oldKeys.length; i++) {
            if (isActive(oldKeys[i])) {
                insertClean(oldKeys[i], oldHashes[i]);
            }
        }
        fill = n;
        used = n;
    }

    /** Places a key known to be absent into a table without dummies. */
    private void insertClean(PyObject key, long hash) {
        long perturb = hash;
        int i = (int) (hash & mask);
        while (true) {
            if (keys[i] == null) {
                keys[i] = key;
                hashes[i] = hash;
                return;
            }
            if (i + LINEAR_PROBES <= mask) {
                for (int j = 1; j <= LINEAR_PROBES; j++) {
                    if (keys[i + j] == null) {
                        keys[i + j] = key;
                        hashes[i + j] = hash;
                        return;
                    }
                }
            }
            perturb >>>= 5;
            i = (int) ((i * 5L + 1 + perturb) & mask);
        }
    }

    /** The active keys and their hashes in table order: {@code [keys, hashes]} snapshots. */
    synchronized Snapshot snapshot() {
        PyObject[] ks = new PyObject[used];
        long[] hs = new long[used];
        int n = 0;
        for (int i = 0; i <= mask; i++) {
            if (isActive(keys[i])) {
                ks[n] = keys[i];
                hs[n++] = hashes[i];
            }
        }
        return new Snapshot(ks, hs);
    }

    /** Keys with their hashes, in table order. */
    record Snapshot(PyObject[] keys, long[] hashes) {
    }

    /** Adds every key of {@code other}: CPython's {@code set_merge}. */
    void merge(SetTable other) {
        if (other == this) {
            return;
        }
        Snapshot s;
        int otherMask;
        boolean otherClean;
        PyObject[] otherKeys;
        long[] otherHashes;
        synchronized (other) {
            s = other.snapshot();
            otherMask = other.mask;
            otherClean = other.fill == other.used;
            otherKeys = other.keys.clone();
            otherHashes = other.hashes.clone();
        }
        synchronized (this) {
            if (s.keys.length == 0) {
                return;
            }
            if ((long) (fill + s.keys.length) * 5 >= (long) mask * 3) {
                resize((used + s.keys.length) * 2);
            }
            if (fill == 0 && mask == otherMask && otherClean) {
                keys = otherKeys;
                hashes = otherHashes;
                fill = s.keys.length;
                used = s.keys.length;
                return;
            }
            if (fill == 0) {
                for (int i = 0; i < s.keys.length; i++) {
                    insertClean(s.keys[i], s.hashes[i]);
                }
                fill = s.keys.length;
                used = s.keys.length;
                return;
            }
        }
        for (int i = 0; i < s.keys.length; i++) {
            add(s.keys[i], s.hashes[i]);
        }
    }

    /** Makes room for {@code extra} more keys the way CPython does before adding a dict's keys. */
    synchronized void presize(int extra) {
        if ((long) (fill + extra) * 5 >= (long) mask * 3) {
            resize((used + extra) * 2);
        }
    }

    /** Drops dummies when more than a quarter of the table holds them (after difference_update). */
    synchronized void compact() {
        if (fill - used > mask / 4) {
            resize(used > 50000 ? used * 2 : used * 4);
        }
    }

    /** The position of the first active entry at or after {@code pos}, or -1 (for iterators). */
    synchronized int nextIndex(int pos) {
        for (int i = pos; i <= mask; i++) {
            if (isActive(keys[i])) {
                return i;
            }
        }
        return -1;
    }

    synchronized PyObject keyAt(int pos) {
        return keys[pos];
    }

    /** The raw hash fields of every slot folded as CPython's frozenset hash does. */
    synchronized long frozenHash() {
        long h = 0;
        for (int i = 0; i <= mask; i++) {
            if (isActive(keys[i])) {
                h ^= shuffle(hashes[i]);
            }
        }
        h ^= ((long) used + 1) * 1927868237L;
        h ^= (h >>> 11) ^ (h >>> 25);
        h = h * 69069L + 907133923L;
        return h == -1 ? 590923713L : h;
    }

    private static long shuffle(long h) {
        return ((h ^ 89869747L) ^ (h << 16)) * 3644798167L;
    }
}
