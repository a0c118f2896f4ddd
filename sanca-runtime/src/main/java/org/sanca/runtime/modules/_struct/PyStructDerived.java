package org.sanca.runtime.modules._struct;

import org.sanca.runtime.objects.Derived;
import org.sanca.runtime.objects.DerivedState;
import org.sanca.runtime.types.PyType;

/** An instance of a Python class deriving from {@code struct.Struct}: a Struct with its own type and dict. */
final class PyStructDerived extends PyStruct implements Derived {
    private final DerivedState derived;

    PyStructDerived(PyType type, StructFormat format) {
        super(format);
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
