package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/**
 * An instance of a class defined in Python (or of {@code object} itself): a type pointer and an
 * instance dict. CPython lays such objects out per type ({@code tp_basicsize},
 * {@code tp_dictoffset}); here one Java class serves every such class.
 */
public class PyInstance extends PyObject implements WithDict {
    private volatile PyType type;
    private PyDict dict;

    public PyInstance(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Assigns {@code __class__}; the caller has checked the layouts are compatible. */
    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public synchronized PyDict getDict() {
        PyDict d = dict;
        if (d == null) {
            d = new PyDict();
            dict = d;
        }
        return d;
    }

    /** Replaces the instance dict ({@code obj.__dict__ = d}). */
    public synchronized void setDict(PyDict dict) {
        this.dict = dict;
    }
}
