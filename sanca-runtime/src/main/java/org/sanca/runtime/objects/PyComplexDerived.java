package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code complex}. */
public final class PyComplexDerived extends PyComplex implements WithDict {
    private final PyType type;
    private PyDict dict;

    public PyComplexDerived(PyType type, double real, double imag) {
        super(real, imag);
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
