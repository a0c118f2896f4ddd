package org.sanca.runtime.objects;

import java.util.Arrays;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.Ids;
import org.sanca.runtime.types.PyType;

/** The slots of {@code memoryview} ({@code Objects/memoryobject.c}) and the buffer slots of its exporters. */
final class MemoryViewSlots {
    /** {@code PyBUF_WRITABLE}: the flag of {@code __buffer__} asking for writable memory. */
    private static final long WRITABLE = 1;

    private MemoryViewSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of((((PyMemoryView) self).isReleased() ? "<released memory at " : "<memory at ") + Ids.hex(self) + ">");
        t.tp_new = (type, args, kw) -> {
            PyObject[] a = CtorArgs.bind("memoryview", new String[] {"object"}, 0, args, kw);
            if (a[0] == null) {
                throw PyErr.typeError("memoryview() missing required argument 'object' (pos 1)");
            }
            return of(a[0]);
        };
        t.tp_richcompare = MemoryViewSlots::richCompare;
        t.tp_hash = MemoryViewSlots::hash;
        t.tp_iter = self -> new MemoryViewIter((PyMemoryView) self);
        t.sq_length = self -> {
            PyMemoryView m = (PyMemoryView) self;
            m.checkReleased();
            if (m.ndim() == 0) {
                throw PyErr.typeError("0-dim memory has no length");
            }
            return m.shape[0];
        };
        t.mp_subscript = MemoryIndex::subscript;
        t.mp_ass_subscript = MemoryIndex::assign;
        t.bf_getbuffer = MemoryViewSlots::getBuffer;
        t.bf_releasebuffer = MemoryViewSlots::releaseBuffer;
    }

    /** {@code PyMemoryView_FromObject}: a new view of {@code o}, or TypeError when it exports no buffer. */
    static PyMemoryView of(PyObject o) {
        PyMemoryView m = viewOrNull(o);
        if (m == null) {
            throw PyErr.typeError("memoryview: a bytes-like object is required, not '%s'", PyErr.typeName(o));
        }
        return m;
    }

    /** A new view of {@code o}, or null when {@code o} exports no buffer. */
    static PyMemoryView viewOrNull(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.checkReleased();
            return m.derive(m.offset, m.shape, m.strides, m.format, m.itemsize, m.readonly);
        }
        if (o instanceof PyBytes b) {
            return PyMemoryView.whole(o, null, b.value.length, "B", 1, true);
        }
        if (o instanceof BufferExporter e) {
            synchronized (o) {
                return PyMemoryView.whole(o, e.exports(), e.exportLength(), String.valueOf(e.exportFormat()), e.exportItemsize(), false);
            }
        }
        PyMemoryView ret = BufferProtocol.acquire(o, BufferProtocol.FULL_RO);
        if (ret == null) {
            return null;
        }
        ret.checkReleased();
        BufferExports export = new BufferExports(() -> BufferProtocol.release(o, ret));
        return PyMemoryView.open(o, ret.base, export, ret.offset, ret.shape, ret.strides, ret.format, ret.itemsize, ret.readonly);
    }

    /** {@code bf_getbuffer} of bytes, bytearray, array and memoryview, as {@code __buffer__(flags)} shows it. */
    static PyObject getBuffer(PyObject self, PyObject flags) {
        PyInt f = Abstract.index(flags);
        if (f.big != null) {
            throw PyErr.format(PyExc.OverflowError, "cannot fit 'int' into an index-sized integer");
        }
        boolean writable = (f.value & WRITABLE) != 0;
        if (self instanceof PyMemoryView m) {
            m.checkReleased();
            if (writable && m.readonly) {
                throw PyErr.format(PyExc.BufferError, "memoryview: underlying buffer is not writable");
            }
            return m.export();
        }
        if (writable && self instanceof PyBytes) {
            throw PyErr.format(PyExc.BufferError, "Object is not writable.");
        }
        return of(self);
    }

    /** {@code bf_releasebuffer} as {@code __release_buffer__(view)} shows it: ends a view this object exported. */
    static PyObject releaseBuffer(PyObject self, PyObject view) {
        if (!(view instanceof PyMemoryView m)) {
            throw PyErr.typeError("expected a memoryview object");
        }
        if (m.obj != self) {
            throw PyErr.valueError("memoryview's buffer is not this object");
        }
        m.release();
        return PyNone.NONE;
    }

    private static long hash(PyObject self) {
        PyMemoryView m = (PyMemoryView) self;
        if (m.hash != -1) {
            return m.hash;
        }
        m.checkReleased();
        if (!m.readonly) {
            throw PyErr.valueError("cannot hash writable memoryview object");
        }
        if (!MemoryFormat.isByte(m.code)) {
            throw PyErr.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
        }
        Abstract.hash(m.obj);
        byte[] b = m.toArray();
        m.hash = StrHash.hash(b, 0, b.length);
        return m.hash;
    }

    /**
     * {@code memory_richcompare}: views are equal when their shapes are and their items, unpacked
     * by each one's format, compare equal in C order. A released view equals only itself; a view of a
     * format that cannot be unpacked equals nothing.
     */
    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyMemoryView v = (PyMemoryView) a;
        boolean equal;
        if (v.isReleased() || b instanceof PyMemoryView x && x.isReleased()) {
            equal = a == b;
        } else {
            PyMemoryView w = b instanceof PyMemoryView x ? x : viewOrNull(b);
            if (w == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            try {
                equal = v.code != 0 && w.code != 0 && sameShape(v, w) && sameItems(v, w);
            } finally {
                if (w != b) {
                    w.release();
                }
            }
        }
        return PyBool.of(equal == (op == CompareOp.EQ));
    }

    /** CPython's {@code equiv_shape}: dimensions match up to the first empty one. */
    static boolean sameShape(PyMemoryView v, PyMemoryView w) {
        if (v.ndim() != w.ndim()) {
            return false;
        }
        for (int d = 0; d < v.ndim(); d++) {
            if (v.shape[d] != w.shape[d]) {
                return false;
            }
            if (v.shape[d] == 0) {
                break;
            }
        }
        return true;
    }

    private static boolean sameItems(PyMemoryView v, PyMemoryView w) {
        if (v.code == w.code && MemoryFormat.bitsCompare(v.code)) {
            return Arrays.equals(v.toArray(), w.toArray());
        }
        int[] p = v.positions(false);
        int[] q = w.positions(false);
        for (int k = 0; k < p.length; k++) {
            if (!Abstract.richCompareBool(v.unpack(p[k]), w.unpack(q[k]), CompareOp.EQ)) {
                return false;
            }
        }
        return true;
    }
}
