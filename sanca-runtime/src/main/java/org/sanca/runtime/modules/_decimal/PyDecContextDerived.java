package org.sanca.runtime.modules._decimal;

import org.sanca.runtime.objects.Derived;
import org.sanca.runtime.objects.DerivedState;
import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code decimal.Context}. */
final class PyDecContextDerived extends PyDecContext implements Derived {
    private final DerivedState derived;

    PyDecContextDerived(PyType type, long prec, Rounding rounding, long emin, long emax, int capitals, int clamp, int flags,
                        int traps) {
        super(prec, rounding, emin, emax, capitals, clamp, flags, traps);
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
