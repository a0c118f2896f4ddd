package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** {@code set}: CPython's {@code Objects/setobject.c}. */
public class PySet extends PyAnySet {
    public static final PyType TYPE = PyType.builtin("set", PySet.class, PyType.OBJECT, PyType.BASETYPE, SetSlots::fillSet);

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    PyAnySet emptyLike() {
        return new PySet();
    }

    /** {@code set(iterable)}. */
    public static PySet of(PyObject iterable) {
        PySet s = new PySet();
        s.update(iterable);
        return s;
    }

    @PyMethod(value = "($self, object, /)", doc = "Add an element to a set.\n\nThis has no effect if the element is already present.", textSignature = false)
    public void add(PyObject object) {
        addKey(object);
    }

    @PyMethod(value = "($self, /)", doc = "Remove all elements from this set.", textSignature = false)
    public void clear() {
        table.clear();
    }

    @PyMethod(value = "($self, /)", doc = "Return a shallow copy of a set.", textSignature = false)
    PyObject copy() {
        return copySet();
    }

    @PyMethod(value = "($self, object, /)", doc = "Remove an element from a set if it is a member.\n\n"
            + "Unlike set.remove(), the discard() method does not raise\nan exception when an element is missing from the set.", textSignature = false)
    void discard(PyObject object) {
        discardKey(object);
    }

    @PyMethod(value = "($self, object, /)", doc = "Remove an element from a set; it must be a member.\n\n"
            + "If the element is not a member, raise a KeyError.", textSignature = false)
    void remove(PyObject object) {
        if (!discardKey(object)) {
            throw DictSlots.keyError(object);
        }
    }

    @PyMethod(value = "($self, /)", doc = "Remove and return an arbitrary set element.\nRaises KeyError if the set is empty.", textSignature = false)
    PyObject pop() {
        PyObject k = table.pop();
        if (k == null) {
            throw PyErr.format(PyExc.KeyError, "pop from an empty set");
        }
        return k;
    }

    @PyMethod(value = "($self, /, *others)", name = "update", doc = "Update the set, adding elements from all others.", textSignature = false)
    void updateMethod(PyTuple others) {
        for (PyObject o : others.items()) {
            update(o);
        }
    }

    @PyMethod(value = "($self, /, *others)", name = "intersection_update", doc = "Update the set, keeping only elements found in it and all others.", textSignature = false)
    void intersectionUpdate(PyTuple others) {
        replaceWith(fold(others, PyAnySet::intersection));
    }

    @PyMethod(value = "($self, /, *others)", name = "difference_update", doc = "Update the set, removing elements found in others.", textSignature = false)
    void differenceUpdateMethod(PyTuple others) {
        for (PyObject o : others.items()) {
            differenceUpdate(o);
        }
    }

    @PyMethod(value = "($self, other, /)", name = "symmetric_difference_update", doc = "Update the set, keeping only elements found in either set, but not in both.", textSignature = false)
    void symmetricDifferenceUpdateMethod(PyObject other) {
        symmetricDifferenceUpdate(other);
    }

    /** Makes this set hold exactly the items of {@code other}. */
    void replaceWith(PyAnySet other) {
        if (other != this) {
            table.clear();
            table.merge(other.table);
        }
    }

    /** {@code list[int]} and the like: a {@code types.GenericAlias} (PEP 585). */
    @org.sanca.runtime.types.PyMethod(value = "($type, item, /)", name = "__class_getitem__",
            kind = org.sanca.runtime.types.PyMethod.Kind.CLASS, doc = "See PEP 585", textSignature = false)
    static PyObject classGetItem(PyObject type, PyObject item) {
        return org.sanca.runtime.types.PyGenericAlias.classGetItem(type, item);
    }
}
