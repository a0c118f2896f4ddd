package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** {@code frozenset}: CPython's {@code Objects/setobject.c}; hashable, never changed once made. */
public class PyFrozenSet extends PyAnySet {
    public static final PyType TYPE = PyType.builtin("frozenset", PyFrozenSet.class, PyType.OBJECT, PyType.BASETYPE,
            SetSlots::fillFrozenSet);

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    PyAnySet emptyLike() {
        return new PyFrozenSet();
    }

    /** A frozenset of the items of {@code s}. */
    public static PyFrozenSet copyOf(PyAnySet s) {
        PyFrozenSet f = new PyFrozenSet();
        f.table.merge(s.table);
        return f;
    }

    /** {@code frozenset(iterable)}. */
    public static PyFrozenSet of(PyObject iterable) {
        PyFrozenSet f = new PyFrozenSet();
        f.update(iterable);
        return f;
    }

    @PyMethod(value = "($self, /)", doc = "Return a shallow copy of a set.")
    PyObject copy() {
        return type() == TYPE ? this : copySet();
    }

    @PyMethod(value = "($self, /, *others)", doc = "Return a new set with elements from the set and all others.")
    PyObject union(PyTuple others) {
        return fold(others, PyAnySet::union);
    }

    @PyMethod(value = "($self, /, *others)", doc = "Return a new set with elements common to the set and all others.")
    PyObject intersection(PyTuple others) {
        return fold(others, PyAnySet::intersection);
    }

    @PyMethod(value = "($self, /, *others)", doc = "Return a new set with elements in the set that are not in the others.")
    PyObject difference(PyTuple others) {
        return fold(others, PyAnySet::difference);
    }

    @PyMethod(value = "($self, other, /)", name = "symmetric_difference", doc = "Return a new set with elements in either the set or other but not both.")
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

    @PyMethod(value = "($self, other, /)", doc = "Return True if two sets have a null intersection.")
    boolean isdisjoint(PyObject other) {
        return isDisjoint(other);
    }
}
