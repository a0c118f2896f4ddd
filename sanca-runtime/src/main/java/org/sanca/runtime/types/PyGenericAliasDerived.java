package org.sanca.runtime.types;

import org.sanca.runtime.objects.Derived;
import org.sanca.runtime.objects.DerivedState;
import org.sanca.runtime.objects.PyObject;

/**
 * An instance of a Python class deriving from {@code types.GenericAlias} (such as
 * {@code collections.abc}'s alias for {@code Callable[[A], R]}): an alias with its own type,
 * dict and slots.
 */
public final class PyGenericAliasDerived extends PyGenericAlias implements Derived {
    private final DerivedState derived;

    PyGenericAliasDerived(PyType type, PyObject origin, PyObject args) {
        super(origin, args);
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
