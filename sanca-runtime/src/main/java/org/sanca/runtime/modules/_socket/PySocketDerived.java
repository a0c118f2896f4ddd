package org.sanca.runtime.modules._socket;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.SlotHolder;
import org.sanca.runtime.objects.SlotValues;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.types.PyHeapType;
import org.sanca.runtime.types.PyType;

/** An instance of a Python class deriving from {@code _socket.socket}, such as {@code socket.socket}. */
public class PySocketDerived extends PySocket implements WithDict, SlotHolder {
    private final PyType type;
    private PyDict dict;
    private final SlotValues slotValues = new SlotValues();

    PySocketDerived(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
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
        slotValues.set(type, i, v);
    }
}
