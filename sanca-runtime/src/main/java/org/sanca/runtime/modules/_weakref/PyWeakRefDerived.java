package org.sanca.runtime.modules._weakref;

import org.sanca.runtime.objects.Derived;
import org.sanca.runtime.objects.DerivedState;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyType;
import org.sanca.runtime.types.WeakRefList;

/** An instance of a Python class deriving from {@code weakref.ref} (as {@code KeyedRef}). */
public class PyWeakRefDerived extends PyWeakRef implements Derived {
    private final DerivedState derived;

    PyWeakRefDerived(PyType type, WeakRefList.Anchor anchor, PyObject callback) {
        super(anchor, callback);
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
