package org.sanca.runtime.modules._collections;

import org.sanca.runtime.objects.Derived;
import org.sanca.runtime.objects.DerivedState;
import org.sanca.runtime.types.PyType;

/** An instance of a Python class deriving from {@code deque}: a deque with its own type and dict. */
public final class PyDequeDerived extends PyDeque implements Derived {
    private final DerivedState derived;

    PyDequeDerived(PyType type) {
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
