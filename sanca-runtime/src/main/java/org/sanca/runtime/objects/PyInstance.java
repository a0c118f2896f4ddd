package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyHeapType;
import org.sanca.runtime.types.PyType;

/**
 * An instance of a class defined in Python (or of {@code object} itself): a type pointer, an
 * instance dict when the class gives its instances one, and the values of its
 * {@code __slots__}. CPython lays such objects out per type ({@code tp_basicsize},
 * {@code tp_dictoffset}); here one Java class serves every such class.
 */
public class PyInstance extends PyObject implements Retypable, WithDict, SlotHolder {
    private volatile PyType type;
    private PyDict dict;
    private final PyObject[] slots;

    private static final PyObject[] NO_SLOTS = new PyObject[0];

    public PyInstance(PyType type) {
        this.type = type;
        int n = type instanceof PyHeapType h ? h.slotCount() : 0;
        this.slots = n == 0 ? NO_SLOTS : new PyObject[n];
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setType(PyType type) {
        this.type = type;
    }

    /** The instance dict, made on first use; null when the class gives its instances none. */
    @Override
    public synchronized PyDict getDict() {
        PyDict d = dict;
        if (d == null) {
            if (!(type instanceof PyHeapType h) || !h.hasInstanceDict()) {
                return null;
            }
            d = new PyDict();
            dict = d;
        }
        return d;
    }

    /** Replaces the instance dict ({@code obj.__dict__ = d}); null empties it. */
    public synchronized void setDict(PyDict dict) {
        this.dict = dict;
    }

    @Override
    public PyObject getSlot(int i) {
        return slots[i];
    }

    @Override
    public void setSlot(int i, PyObject v) {
        slots[i] = v;
    }
}
