package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** {@code tuple}: CPython's {@code Objects/tupleobject.c}. The item array is never changed. */
public class PyTuple extends PyObject {
    public static final PyType TYPE = PyType.builtin("tuple", PyTuple.class, PyType.OBJECT, PyType.BASETYPE, TupleSlots::fill);
    public static final PyTuple EMPTY = new PyTuple(new PyObject[0]);

    private final PyObject[] items;

    protected PyTuple(PyObject[] items) {
        this.items = items;
    }

    /** The tuple of {@code items}; the array is taken over, the caller must not change it. */
    public static PyTuple of(PyObject... items) {
        return items.length == 0 ? EMPTY : new PyTuple(items);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public int size() {
        return items.length;
    }

    public PyObject get(int i) {
        return items[i];
    }

    /** The item array itself: read it, never write it. */
    public PyObject[] items() {
        return items;
    }
}
