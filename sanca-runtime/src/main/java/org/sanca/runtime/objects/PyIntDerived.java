package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code int}. */
public final class PyIntDerived extends PyInt implements Derived {
    private final DerivedState derived;

    public PyIntDerived(PyType type, long value, java.math.BigInteger big) {
        super(value, big);
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
