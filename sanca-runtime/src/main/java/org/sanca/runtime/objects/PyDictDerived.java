package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyHeapType;
import org.sanca.runtime.types.PyType;

/** An instance of a Python class deriving from {@code dict}: one with its own type and dict. */
public class PyDictDerived extends PyDict implements Retypable, WithDict, SlotHolder {
    private volatile PyType type;
    private PyDict dict;

    public PyDictDerived(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = PyHeapType.newInstanceDict(type);
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
