package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code int}. */
public final class PyIntDerived extends PyInt implements WithDict {
    private final PyType type;
    private PyDict dict;

    public PyIntDerived(PyType type, long value, java.math.BigInteger big) {
        super(value, big);
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
