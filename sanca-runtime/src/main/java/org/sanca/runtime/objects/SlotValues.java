package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyHeapType;
import org.sanca.runtime.types.PyType;

/**
 * The slot storage of an instance of a class deriving from a builtin type, made on first write
 * with as many entries as the class (and its bases) declare in {@code __slots__}.
 */
public final class SlotValues {
    private PyObject[] values;

    public synchronized PyObject get(int i) {
        return values == null || i >= values.length ? null : values[i];
    }

    public synchronized void set(PyType type, int i, PyObject v) {
        if (values == null || i >= values.length) {
            int n = type instanceof PyHeapType h ? Math.max(h.slotCount(), i + 1) : i + 1;
            PyObject[] grown = new PyObject[n];
            if (values != null) {
                System.arraycopy(values, 0, grown, 0, values.length);
            }
            values = grown;
        }
        values[i] = v;
    }
}
