package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/**
 * A class made by a class statement or {@code type(name, bases, dict)}: CPython's
 * {@code PyHeapTypeObject}. Beyond {@link PyType} it knows its instances' layout: the
 * {@code __slots__} storage they carry and whether they have a {@code __dict__}.
 */
public final class PyHeapType extends PyType {
    private int slotCount;
    private boolean instanceDict;
    private boolean weakrefs;

    PyHeapType(String name, Class<? extends PyObject> javaClass, PyType metatype) {
        super(name, javaClass, metatype);
        flags = HEAPTYPE | BASETYPE;
    }

    /** The number of {@code __slots__} values an instance stores, its bases' included. */
    public int slotCount() {
        return slotCount;
    }

    /** Whether instances have a {@code __dict__}. */
    public boolean hasInstanceDict() {
        return instanceDict;
    }

    /** Whether instances accept weak references ({@code __weakref__}). */
    public boolean hasWeakrefs() {
        return weakrefs;
    }

    void setLayout(int slotCount, boolean instanceDict, boolean weakrefs) {
        this.slotCount = slotCount;
        this.instanceDict = instanceDict;
        this.weakrefs = weakrefs;
    }
}
