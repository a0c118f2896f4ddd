package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyHeapType;
import org.sanca.runtime.types.PyType;

/** An instance of a Python subclass of {@code complex}. */
public final class PyComplexDerived extends PyComplex implements Retypable, WithDict, SlotHolder {
    private volatile PyType type;
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
