package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code float}. */
public final class PyFloatDerived extends PyFloat implements WithDict {
    private final PyType type;
    private PyDict dict;

    public PyFloatDerived(PyType type, double value) {
        super(value);
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }
}
