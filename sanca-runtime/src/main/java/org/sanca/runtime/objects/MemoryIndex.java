package org.sanca.runtime.objects;

/**
 * Subscripting a memoryview ({@code memory_subscript} and {@code memory_ass_sub} in
 * {@code Objects/memoryobject.c}): an index or a tuple of one index per dimension names an item,
 * a slice cuts the first dimension, and a 0-dim view is read and written through {@code ...} or
 * {@code ()}. Sub-views of one index into a multi-dimensional view are not implemented, as in
 * CPython.
 */
final class MemoryIndex {
    private MemoryIndex() {
    }

    static PyObject subscript(PyObject self, PyObject key) {
        PyMemoryView m = (PyMemoryView) self;
        m.checkReleased();
        if (m.ndim() == 0) {
            if (key == PyEllipsis.ELLIPSIS) {
                return m;
            }
            if (key instanceof PyTuple t && t.size() == 0) {
                return m.unpack(m.offset);
            }
            throw PyErr.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (m.ndim() != 1) {
                throw PyErr.format(PyExc.NotImplementedError, "multi-dimensional sub-views are not implemented");
            }
            m.requireCode();
            return m.unpack(m.position(Sequences.checkIndex(key, m.shape[0], "index out of bounds on dimension 1")));
        }
        if (key instanceof PySlice sl) {
            return slice(m, sl);
        }
        if (key instanceof PyTuple t) {
            if (all(t, true)) {
                m.requireCode();
                return m.unpack(position(m, t));
            }
            if (all(t, false)) {
                throw PyErr.format(PyExc.NotImplementedError, "multi-dimensional slicing is not implemented");
            }
        }
        throw PyErr.typeError("memoryview: invalid slice key");
    }

    static void assign(PyObject self, PyObject key, PyObject value) {
        PyMemoryView m = (PyMemoryView) self;
        m.checkReleased();
        if (m.readonly) {
            throw PyErr.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw PyErr.typeError("cannot delete memory");
        }
        if (m.ndim() == 0) {
            if (key == PyEllipsis.ELLIPSIS || key instanceof PyTuple t && t.size() == 0) {
                m.pack(m.offset, value);
                return;
            }
            throw PyErr.typeError("invalid indexing of 0-dim memory");
        }
        if (isIndex(key)) {
            if (m.ndim() > 1) {
                throw PyErr.format(PyExc.NotImplementedError, "sub-views are not implemented");
            }
            m.pack(m.position(Sequences.checkIndex(key, m.shape[0], "index out of bounds on dimension 1")), value);
            return;
        }
        if (key instanceof PySlice sl && m.ndim() == 1) {
            assignSlice(slice(m, sl), value);
            return;
        }
        if (key instanceof PyTuple t && all(t, true)) {
            m.pack(position(m, t), value);
            return;
        }
        if (key instanceof PySlice || key instanceof PyTuple t && all(t, false)) {
            throw PyErr.format(PyExc.NotImplementedError, "memoryview slice assignments are currently restricted to ndim = 1");
        }
        throw PyErr.typeError("memoryview: invalid slice key");
    }

    private static boolean isIndex(PyObject key) {
        return key.type().nb_index != null;
    }

    /** Whether every item of {@code t} is an index ({@code indexes}) or a slice (not {@code indexes}; never for ()). */
    private static boolean all(PyTuple t, boolean indexes) {
        int n = t.size();
        if (!indexes && n == 0) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (indexes ? !isIndex(t.get(i)) : !(t.get(i) instanceof PySlice)) {
                return false;
            }
        }
        return true;
    }

    /** The byte position of the item a tuple of indexes names. */
    private static int position(PyMemoryView m, PyTuple key) {
        int n = key.size();
        if (n < m.ndim()) {
            throw PyErr.format(PyExc.NotImplementedError, "sub-views are not implemented");
        }
        if (n > m.ndim()) {
            throw PyErr.typeError("cannot index %d-dimension view with %d-element tuple", m.ndim(), n);
        }
        int pos = m.offset;
        for (int d = 0; d < n; d++) {
            pos += Sequences.checkIndex(key.get(d), m.shape[d], "index out of bounds on dimension " + (d + 1)) * m.strides[d];
        }
        return pos;
    }

    /** The view of {@code m} cut along its first dimension. */
    private static PyMemoryView slice(PyMemoryView m, PySlice sl) {
        PySlice.Indices ix = sl.indices(m.shape[0]);
        int[] shape = m.shape.clone();
        int[] strides = m.strides.clone();
        shape[0] = Math.max(0, ix.length());
        strides[0] = m.strides[0] * ix.step();
        return m.derive(m.offset + ix.start() * m.strides[0], shape, strides, m.format, m.itemsize, m.readonly);
    }

    /** Copies the items of a bytes-like {@code value} of the same structure into {@code dest} (a slice view, released after). */
    private static void assignSlice(PyMemoryView dest, PyObject value) {
        try {
            PyMemoryView src = MemoryViewSlots.viewOrNull(value);
            if (src == null) {
                throw PyErr.typeError("a bytes-like object is required, not '%s'", PyErr.typeName(value));
            }
            try {
                if (!sameFormat(dest, src) || !MemoryViewSlots.sameShape(dest, src)) {
                    throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures");
                }
                dest.writeBytes(src.toArray());
            } finally {
                src.release();
            }
        } finally {
            dest.release();
        }
    }

    /** CPython's {@code equiv_format}: the same format text (an optional '@' aside) and item size. */
    private static boolean sameFormat(PyMemoryView a, PyMemoryView b) {
        String f = a.format.startsWith("@") ? a.format.substring(1) : a.format;
        String g = b.format.startsWith("@") ? b.format.substring(1) : b.format;
        return f.equals(g) && a.itemsize == b.itemsize;
    }
}
