package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code complex}. */
public final class PyComplexDerived extends PyComplex implements Derived {
    private final DerivedState derived;

    public PyComplexDerived(PyType type, double real, double imag) {
        super(real, imag);
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
