package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/**
 * A class made by a class statement or {@code type(name, bases, dict)}: CPython's
 * {@code PyHeapTypeObject}. Beyond {@link PyType} it knows its instances' layout: the
 * {@code __slots__} storage they carry and whether they have a {@code __dict__}.
 */
public final class PyHeapType extends PyType {
    private int slotCount;
    private java.util.List<String> ownSlots = java.util.List.of();
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

    /**
     * A new instance dict for an instance of {@code type}, or null when the class gives its
     * instances none (a builtin, or {@code __slots__} without {@code __dict__} all the way up).
     */
    public static org.sanca.runtime.objects.PyDict newInstanceDict(PyType type) {
        return type instanceof PyHeapType h && h.instanceDict ? new org.sanca.runtime.objects.PyDict() : null;
    }

    /** Whether instances accept weak references ({@code __weakref__}). */
    public boolean hasWeakrefs() {
        return weakrefs;
    }

    /** The names of the {@code __slots__} this class adds (mangled, sorted). */
    public java.util.List<String> ownSlots() {
        return ownSlots;
    }

    void setLayout(java.util.List<String> ownSlots, int slotCount, boolean instanceDict, boolean weakrefs) {
        this.ownSlots = java.util.List.copyOf(ownSlots);
        this.slotCount = slotCount;
        this.instanceDict = instanceDict;
        this.weakrefs = weakrefs;
    }
}
