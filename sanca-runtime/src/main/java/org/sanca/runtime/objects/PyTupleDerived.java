package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python class deriving from {@code tuple}: a tuple with its own type and dict. */
public class PyTupleDerived extends PyTuple implements Derived {
    private final DerivedState derived;

    public PyTupleDerived(PyType type, PyObject[] items) {
        super(items);
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
