package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python class deriving from {@code list}: a list with its own type and dict. */
public class PyListDerived extends PyList implements Derived {
    private final DerivedState derived;

    public PyListDerived(PyType type) {
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
