package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/**
 * An instance of a Python class deriving from a builtin type ({@code class S(str)}): the builtin's
 * Java class extended by a {@code Py*Derived} class. CPython appends a dict pointer and the
 * {@code __slots__} members to the base type's struct; here the additions live in one
 * {@link DerivedState}, and this interface gives every derived class the same dict, slot and
 * {@code __class__} assignment behaviour. Each implementation still overrides {@code type()},
 * which a default method cannot do.
 */
public interface Derived extends Retypable, WithDict, SlotHolder {
    /** What the Python subclass adds to the builtin's layout. */
    DerivedState derivedState();

    @Override
    default void setType(PyType type) {
        derivedState().setType(type);
    }

    @Override
    default PyDict getDict() {
        return derivedState().dict();
    }

    @Override
    default PyObject getSlot(int i) {
        return derivedState().getSlot(i);
    }

    @Override
    default void setSlot(int i, PyObject v) {
        derivedState().setSlot(i, v);
    }
}
