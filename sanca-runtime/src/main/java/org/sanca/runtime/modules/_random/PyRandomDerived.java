package org.sanca.runtime.modules._random;

import org.sanca.runtime.objects.Derived;
import org.sanca.runtime.objects.DerivedState;
import org.sanca.runtime.types.PyType;

/** An instance of a Python class deriving from {@code _random.Random}, such as {@code random.Random}. */
public class PyRandomDerived extends PyRandom implements Derived {
    private final DerivedState derived;

    PyRandomDerived(PyType type) {
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
