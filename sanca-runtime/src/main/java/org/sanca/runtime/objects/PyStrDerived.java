package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code str}: the str value, the subclass and an instance dict. */
public final class PyStrDerived extends PyStr implements Derived {
    private final DerivedState derived;

    public PyStrDerived(PyType type, String value) {
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
