package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code bytearray}. */
public final class PyByteArrayDerived extends PyByteArray implements Derived {
    private final DerivedState derived;

    public PyByteArrayDerived(PyType type) {
        super(new byte[0]);
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
