package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** An instance of a Python class deriving from {@code module}: its attributes live in the module dict. */
public class PyModuleDerived extends PyModule implements SlotHolder {
    private final SlotValues slotValues = new SlotValues();

    public PyModuleDerived(PyType type) {
        super("?");
        setType(type);
    }

    @Override
    public PyObject getSlot(int i) {
        return slotValues.get(i);
    }

    @Override
    public void setSlot(int i, PyObject v) {
        slotValues.set(type(), i, v);
    }
}
