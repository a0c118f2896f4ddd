package org.sanca.runtime.modules._collections;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.Retypable;
import org.sanca.runtime.objects.SlotHolder;
import org.sanca.runtime.objects.SlotValues;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.types.PyHeapType;
import org.sanca.runtime.types.PyType;

/** An instance of a Python class deriving from {@code deque}: a deque with its own type and dict. */
public final class PyDequeDerived extends PyDeque implements Retypable, WithDict, SlotHolder {
    private volatile PyType type;
    private PyDict dict;
    private final SlotValues slotValues = new SlotValues();

    PyDequeDerived(PyType type) {
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

    @Override
    public PyObject getSlot(int i) {
        return slotValues.get(i);
    }

    @Override
    public void setSlot(int i, PyObject v) {
        slotValues.set(type(), i, v);
    }
}
