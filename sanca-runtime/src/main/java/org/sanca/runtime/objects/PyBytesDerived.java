package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code bytes}. */
public final class PyBytesDerived extends PyBytes implements Derived {
    private final DerivedState derived;

    public PyBytesDerived(PyType type, byte[] value) {
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
