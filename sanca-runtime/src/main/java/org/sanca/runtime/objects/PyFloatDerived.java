package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code float}. */
public final class PyFloatDerived extends PyFloat implements Derived {
    private final DerivedState derived;

    public PyFloatDerived(PyType type, double value) {
        super(value);
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
