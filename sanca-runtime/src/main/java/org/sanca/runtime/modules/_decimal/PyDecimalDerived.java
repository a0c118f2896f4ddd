package org.sanca.runtime.modules._decimal;

import org.sanca.runtime.objects.Derived;
import org.sanca.runtime.objects.DerivedState;
import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code decimal.Decimal}. */
final class PyDecimalDerived extends PyDecimal implements Derived {
    private final DerivedState derived;

    PyDecimalDerived(PyType type, DecNum num) {
        super(num);
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
