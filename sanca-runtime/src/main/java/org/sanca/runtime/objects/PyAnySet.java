package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;

/**
 * What {@code set} and {@code frozenset} share ({@code Objects/setobject.c}): the table and the
 * operations that build new sets. {@link PySet} adds mutation; {@link PyFrozenSet} hashing.
 */
public abstract class PyAnySet extends PyObject {
    final SetTable table = new SetTable();

    public int size() {
        return table.size();
    }

    /** A new empty set of the same base type (set or frozenset), as {@code make_new_set_basetype}. */
    abstract PyAnySet emptyLike();

    /** Adds {@code key} (hashing it); false when present. */
    boolean addKey(PyObject key) {
        return table.add(key, SetTable.hashOf(key));
    }

    /** {@code key in self}; a set key is looked up as the equal frozenset, as CPython does. */
    public boolean containsKey(PyObject key) {
        long h;
        try {
            h = SetTable.hashOf(key);
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !e.matches(PyExc.TypeError)) {
                throw e;
            }
            PyFrozenSet f = PyFrozenSet.copyOf(s);
            return table.contains(f, SetTable.hashOf(f));
        }
        return table.contains(key, h);
    }

    /** Adds every item of {@code other}: CPython's {@code set_update_internal}. */
    void update(PyObject other) {
        if (other instanceof PyAnySet s) {
            table.merge(s.table);
            return;
        }
        if (other.type() == PyDict.TYPE) {
            PyDict d = (PyDict) other;
            table.presize(d.size());
            for (PyObject k : d.keysArray()) {
                addKey(k);
            }
            return;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            addKey(x);
        }
    }

    /** {@code set_reduce}: the class, a list of the members, and the instance dict (None when empty). */
    @PyMethod(value = "($self, /)", doc = "Return state information for pickling.", textSignature = false)
    PyObject __reduce__() {
        PyObject state = this instanceof WithDict wd && wd.getDict().size() > 0 ? wd.getDict() : PyNone.NONE;
        return PyTuple.of(type(), PyTuple.of(new PyList(keysArray())), state);
    }

    /** The keys in table order, as a snapshot. */
    public PyObject[] keysArray() {
        return table.snapshot().keys();
    }

    PyAnySet copySet() {
        PyAnySet r = emptyLike();
        r.table.merge(table);
        return r;
    }

    PyAnySet union(PyObject other) {
        PyAnySet r = copySet();
        if (other != this) {
            r.update(other);
        }
        return r;
    }

    PyAnySet intersection(PyObject other) {
        PyAnySet r = emptyLike();
        if (other instanceof PyAnySet o) {
            PyAnySet big = this;
            PyAnySet small = o;
            if (o.size() > size()) {
                big = o;
                small = this;
            }
            SetTable.Snapshot s = small.table.snapshot();
            for (int i = 0; i < s.keys().length; i++) {
                if (big.table.contains(s.keys()[i], s.hashes()[i])) {
                    r.table.add(s.keys()[i], s.hashes()[i]);
                }
            }
            return r;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            long h = SetTable.hashOf(x);
            if (table.contains(x, h)) {
                r.table.add(x, h);
            }
        }
        return r;
    }

    PyAnySet difference(PyObject other) {
        int otherSize;
        if (other instanceof PyAnySet o) {
            otherSize = o.size();
        } else if (other.type() == PyDict.TYPE) {
            otherSize = ((PyDict) other).size();
        } else {
            otherSize = -1;
        }
        if (otherSize < 0 || (size() >> 2) > otherSize) {
            PyAnySet r = copySet();
            r.differenceUpdate(other);
            return r;
        }
        PyAnySet r = emptyLike();
        SetTable.Snapshot s = table.snapshot();
        for (int i = 0; i < s.keys().length; i++) {
            PyObject k = s.keys()[i];
            boolean inOther = other instanceof PyAnySet o ? o.table.contains(k, s.hashes()[i]) : ((PyDict) other).getItem(k) != null;
            if (!inOther) {
                r.table.add(k, s.hashes()[i]);
            }
        }
        return r;
    }

    /** Removes every item of {@code other}: CPython's {@code set_difference_update_internal}. */
    void differenceUpdate(PyObject other) {
        if (other == this) {
            table.clear();
            return;
        }
        if (other instanceof PyAnySet o) {
            SetTable.Snapshot s = o.table.snapshot();
            for (int i = 0; i < s.keys().length; i++) {
                table.discard(s.keys()[i], s.hashes()[i]);
            }
        } else {
            PyObject it = Abstract.getIter(other);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                discardKey(x);
            }
        }
        table.compact();
    }

    /** Removes {@code key} if present (a set key as the equal frozenset); false when absent. */
    boolean discardKey(PyObject key) {
        long h;
        try {
            h = SetTable.hashOf(key);
        } catch (PyException e) {
            if (!(key instanceof PySet s) || !e.matches(PyExc.TypeError)) {
                throw e;
            }
            PyFrozenSet f = PyFrozenSet.copyOf(s);
            return table.discard(f, SetTable.hashOf(f));
        }
        return table.discard(key, h);
    }

    PyAnySet symmetricDifference(PyObject other) {
        PyAnySet r = copySet();
        r.symmetricDifferenceUpdate(other);
        return r;
    }

    void symmetricDifferenceUpdate(PyObject other) {
        if (other == this) {
            table.clear();
            return;
        }
        SetTable.Snapshot s;
        if (other instanceof PyAnySet o) {
            s = o.table.snapshot();
        } else if (other.type() == PyDict.TYPE) {
            PyObject[] ks = ((PyDict) other).keysArray();
            long[] hs = new long[ks.length];
            for (int i = 0; i < ks.length; i++) {
                hs[i] = SetTable.hashOf(ks[i]);
            }
            s = new SetTable.Snapshot(ks, hs);
        } else {
            PyAnySet tmp = emptyLike();
            tmp.update(other);
            s = tmp.table.snapshot();
        }
        for (int i = 0; i < s.keys().length; i++) {
            if (!table.discard(s.keys()[i], s.hashes()[i])) {
                table.add(s.keys()[i], s.hashes()[i]);
            }
        }
    }

    boolean isSubset(PyObject other) {
        if (!(other instanceof PyAnySet o)) {
            PySet tmp = new PySet();
            tmp.update(other);
            return isSubset(tmp);
        }
        if (size() > o.size()) {
            return false;
        }
        SetTable.Snapshot s = table.snapshot();
        for (int i = 0; i < s.keys().length; i++) {
            if (!o.table.contains(s.keys()[i], s.hashes()[i])) {
                return false;
            }
        }
        return true;
    }

    boolean isSuperset(PyObject other) {
        if (other instanceof PyAnySet o) {
            return o.isSubset(this);
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!containsKey(x)) {
                return false;
            }
        }
        return true;
    }

    boolean isDisjoint(PyObject other) {
        if (other instanceof PyAnySet o) {
            PyAnySet small = size() <= o.size() ? this : o;
            PyAnySet big = small == this ? o : this;
            SetTable.Snapshot s = small.table.snapshot();
            for (int i = 0; i < s.keys().length; i++) {
                if (big.table.contains(s.keys()[i], s.hashes()[i])) {
                    return false;
                }
            }
            return true;
        }
        PyObject it = Abstract.getIter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (containsKey(x)) {
                return false;
            }
        }
        return true;
    }

    /** The result of a method taking {@code *others}: {@code op} folded over them from a copy. */
    PyAnySet fold(PyTuple others, java.util.function.BiFunction<PyAnySet, PyObject, PyAnySet> op) {
        PyAnySet r = this;
        if (others.size() == 0) {
            return copySet();
        }
        for (PyObject o : others.items()) {
            r = op.apply(r, o);
        }
        return r;
    }

    @PyMethod(value = "($self, /, *others)", doc = "Return a new set with elements from the set and all others.", textSignature = false)
    PyObject union(PyTuple others) {
        return fold(others, PyAnySet::union);
    }

    @PyMethod(value = "($self, /, *others)", doc = "Return a new set with elements common to the set and all others.", textSignature = false)
    PyObject intersection(PyTuple others) {
        return fold(others, PyAnySet::intersection);
    }

    @PyMethod(value = "($self, /, *others)", doc = "Return a new set with elements in the set that are not in the others.", textSignature = false)
    PyObject difference(PyTuple others) {
        return fold(others, PyAnySet::difference);
    }

    @PyMethod(value = "($self, other, /)", name = "symmetric_difference", doc = "Return a new set with elements in either the set or other but not both.", textSignature = false)
    PyObject symmetricDifferenceMethod(PyObject other) {
        return symmetricDifference(other);
    }

    @PyMethod(value = "($self, other, /)", doc = "Report whether another set contains this set.")
    boolean issubset(PyObject other) {
        return isSubset(other);
    }

    @PyMethod(value = "($self, other, /)", doc = "Report whether this set contains another set.")
    boolean issuperset(PyObject other) {
        return isSuperset(other);
    }

    @PyMethod(value = "($self, other, /)", doc = "Return True if two sets have a null intersection.", textSignature = false)
    boolean isdisjoint(PyObject other) {
        return isDisjoint(other);
    }
}
