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

    @PyMethod(value = "($self, /)", doc = "Return a shallow copy of a set.", textSignature = false)
    PyObject copy() {
        return type() == TYPE ? this : copySet();
    }

    /** {@code list[int]} and the like: a {@code types.GenericAlias} (PEP 585). */
    @org.sanca.runtime.types.PyMethod(value = "($type, item, /)", name = "__class_getitem__",
            kind = org.sanca.runtime.types.PyMethod.Kind.CLASS, doc = "See PEP 585", textSignature = false)
    static PyObject classGetItem(PyObject type, PyObject item) {
        return org.sanca.runtime.types.PyGenericAlias.classGetItem(type, item);
    }
}
