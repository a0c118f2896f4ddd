package org.sanca.runtime.modules.array;

import org.sanca.runtime.objects.Derived;
import org.sanca.runtime.objects.DerivedState;
import org.sanca.runtime.types.PyType;

/** An instance of a Python class deriving from {@code array.array}: an array with its own type and dict. */
final class PyArrayDerived extends PyArray implements Derived {
    private final DerivedState derived;

    PyArrayDerived(PyType type, TypeCode tc) {
        super(tc);
        this.derived = new DerivedState(type);
    }

    @Override
    public PyType type() {
        return derived.type();
    }

    @Override
    public DerivedState derivedState() {
        return derived;
    }
}
