package org.sanca.runtime.objects;

/**
 * An object with storage for the {@code __slots__} of its class: instances of classes defined in
 * Python, whether they derive from {@code object} ({@link PyInstance}) or from a builtin type
 * (the {@code Py*Derived} classes). The member descriptors of the slots read and write it.
 */
public interface SlotHolder {
    /** The value of {@code __slots__} entry {@code i}, or null when unset. */
    PyObject getSlot(int i);

    /** Sets (null: clears) {@code __slots__} entry {@code i}. */
    void setSlot(int i, PyObject v);
}
