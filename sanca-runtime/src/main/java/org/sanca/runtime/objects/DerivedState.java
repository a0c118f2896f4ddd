package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyHeapType;
import org.sanca.runtime.types.PyType;

/**
 * The part of a {@link Derived} instance that its Python class adds: the class itself (which
 * {@code __class__} assignment may change), the instance dict, made on first use, and the
 * storage of {@code __slots__}, made on first write.
 */
public final class DerivedState {
    private volatile PyType type;
    private PyDict dict;
    private SlotValues slots;

    public DerivedState(PyType type) {
        this.type = type;
    }

    public PyType type() {
        return type;
    }

    void setType(PyType type) {
        this.type = type;
    }

    synchronized PyDict dict() {
        if (dict == null) {
            dict = PyHeapType.newInstanceDict(type);
        }
        return dict;
    }

    synchronized PyObject getSlot(int i) {
        return slots == null ? null : slots.get(i);
    }

    synchronized void setSlot(int i, PyObject v) {
        if (slots == null) {
            slots = new SlotValues();
        }
        slots.set(type, i, v);
    }
}
