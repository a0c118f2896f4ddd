package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
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

    @PyMethod(value = "($self, value, start=0, stop=sys.maxsize, /)", doc = "Return first index of value.\n\n"
            + "Raises ValueError if the value is not present.")
    long index(PyObject value, PyObject start, PyObject stop) {
        long lo = Sequences.sliceIndex(start, items.length);
        long hi = stop == null ? Long.MAX_VALUE : Sequences.sliceIndex(stop, items.length);
        int i = Sequences.indexOf(items, value, lo, hi);
        if (i < 0) {
            throw PyErr.valueError("tuple.index(x): x not in tuple");
        }
        return i;
    }

    @PyMethod(value = "($self, value, /)", doc = "Return number of occurrences of value.")
    long count(PyObject value) {
        return Sequences.count(items, value);
    }

    @PyMethod(value = "($self, /)", doc = "")
    PyObject __getnewargs__() {
        return PyTuple.of(type() == TYPE ? this : new PyTuple(items));
    }

    /** {@code list[int]} and the like: a {@code types.GenericAlias} (PEP 585). */
    @org.sanca.runtime.types.PyMethod(value = "($type, item, /)", name = "__class_getitem__",
            kind = org.sanca.runtime.types.PyMethod.Kind.CLASS, doc = "See PEP 585", textSignature = false)
    static PyObject classGetItem(PyObject type, PyObject item) {
        return org.sanca.runtime.types.PyGenericAlias.classGetItem(type, item);
    }
}
