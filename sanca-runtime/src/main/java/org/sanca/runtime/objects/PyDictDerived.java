package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyHeapType;
import org.sanca.runtime.types.PyType;

/** An instance of a Python class deriving from {@code dict}: one with its own type and dict. */
public class PyDictDerived extends PyDict implements WithDict, SlotHolder {
    private volatile PyType type;
    private PyDict dict;

    public PyDictDerived(PyType type) {
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
        if (dict == null) {
            if (!(type instanceof PyHeapType h) || !h.hasInstanceDict()) {
                return null;
            }
            dict = new PyDict();
        }
        return dict;
    }

    private final SlotValues slotValues = new SlotValues();

    @Override
    public PyObject getSlot(int i) {
        return slotValues.get(i);
    }

    @Override
    public void setSlot(int i, PyObject v) {
        slotValues.set(type(), i, v);
    }
}
