package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyHeapType;
import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code bytearray}. */
public final class PyByteArrayDerived extends PyByteArray implements Retypable, WithDict, SlotHolder {
    private volatile PyType type;
    private PyDict dict;

    public PyByteArrayDerived(PyType type) {
        super(new byte[0]);
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
