package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code bytes}. */
public final class PyBytesDerived extends PyBytes implements WithDict {
    private final PyType type;
    private PyDict dict;

    public PyBytesDerived(PyType type, byte[] value) {
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
