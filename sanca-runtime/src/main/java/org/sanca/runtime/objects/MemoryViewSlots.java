package org.sanca.runtime.objects;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code memoryview} ({@code Objects/memoryobject.c}). */
final class MemoryViewSlots {
    private MemoryViewSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(((PyMemoryView) self).isReleased() ? "<released memory at " + org.sanca.runtime.types.Ids.hex(self) + ">"
                : "<memory at " + org.sanca.runtime.types.Ids.hex(self) + ">");
        t.tp_new = (type, args, kw) -> {
            PyObject[] a = CtorArgs.bind("memoryview", new String[] {"object"}, 0, args, kw);
            if (a[0] == null) {
                throw PyErr.typeError("memoryview() missing required argument 'object' (pos 1)");
            }
            return of(a[0]);
        };
        t.tp_richcompare = (a, b, op) -> {
            if (op != CompareOp.EQ && op != CompareOp.NE) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (a == b) {
                return PyBool.of(op == CompareOp.EQ);
            }
            if (((PyMemoryView) a).isReleased() || b instanceof PyMemoryView w && w.isReleased()) {
                return PyBool.of(op == CompareOp.NE);
            }
            PyObject[] y;
            if (b instanceof PyMemoryView m) {
                y = m.items();
            } else if (PyBytes.bufferOrNull(b) != null) {
                y = of(b).items();
            } else {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            boolean eq = Sequences.itemsEqual(((PyMemoryView) a).items(), y);
            return PyBool.of(eq == (op == CompareOp.EQ));
        };
        t.tp_hash = self -> {
            PyMemoryView m = (PyMemoryView) self;
            m.checkReleased();
            if (!m.isReadonly()) {
                throw PyErr.valueError("cannot hash writable memoryview object");
            }
            if (!MemoryFormat.isByte(m.format)) {
                throw PyErr.valueError("memoryview: hashing is restricted to formats 'B', 'b' or 'c'");
            }
            byte[] b = m.toArray();
            return StrHash.hash(b, 0, b.length);
        };
        t.tp_iter = self -> new PyArrayIter(((PyMemoryView) self).items());
        t.sq_length = self -> {
            ((PyMemoryView) self).checkReleased();
            return ((PyMemoryView) self).length;
        };
        t.mp_subscript = MemoryViewSlots::subscript;
        t.bf_getbuffer = (self, flags) -> of(self);
        t.bf_releasebuffer = (self, view) -> PyNone.NONE;
        t.mp_ass_subscript = MemoryViewSlots::assign;
    }

    static PyMemoryView of(PyObject o) {
        if (o instanceof PyMemoryView m) {
            m.checkReleased();
            return new PyMemoryView(m.obj, m.offset, m.step, m.length, m.format);
        }
        if (o instanceof PyBytes b) {
            return new PyMemoryView(o, 0, 1, b.value.length, 'B');
        }
        if (o instanceof PyByteArray a) {
            return new PyMemoryView(o, 0, 1, a.size(), 'B');
        }
        if (o instanceof BufferExporter e) {
            char f = e.exportFormat();
            return new PyMemoryView(o, 0, MemoryFormat.size(f), e.exportLength() / MemoryFormat.size(f), f);
        }
        PyMemoryView exported = BufferProtocol.acquire(o, 0);
        if (exported != null) {
            PyMemoryView m = new PyMemoryView(exported.obj, exported.offset, exported.step, exported.length,
                    exported.format);
            m.onRelease = () -> BufferProtocol.release(o, exported);
            return m;
        }
        throw PyErr.typeError("memoryview: a bytes-like object is required, not '%s'", PyErr.typeName(o));
    }

    private static PyObject subscript(PyObject self, PyObject key) {
        PyMemoryView m = (PyMemoryView) self;
        m.checkReleased();
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(m.length);
            return new PyMemoryView(m.obj, m.offset + ix.start() * m.step, m.step * ix.step(), Math.max(0, ix.length()), m.format);
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("memoryview: invalid slice key");
        }
        return m.item(Sequences.checkIndex(key, m.length, "index out of bounds on dimension 1"));
    }

    private static void assign(PyObject self, PyObject key, PyObject value) {
        PyMemoryView m = (PyMemoryView) self;
        m.checkReleased();
        if (m.isReadonly()) {
            throw PyErr.typeError("cannot modify read-only memory");
        }
        if (value == null) {
            throw PyErr.typeError("cannot delete memory");
        }
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(m.length);
            byte[] src = PyBytes.bufferOrNull(value);
            if (src == null) {
                throw PyErr.typeError("a bytes-like object is required, not '%s'", PyErr.typeName(value));
            }
            int n = Math.max(0, ix.length());
            if (src.length != n * m.itemsize) {
                throw PyErr.valueError("memoryview assignment: lvalue and rvalue have different structures");
            }
            for (int i = 0; i < n; i++) {
                long bits = 0;
                for (int k = m.itemsize - 1; k >= 0; k--) {
                    bits = bits << 8 | (src[i * m.itemsize + k] & 0xff);
                }
                m.store(ix.start() + i * ix.step(), bits);
            }
            return;
        }
        long bits = MemoryFormat.encode(m.format, value);
        m.store(Sequences.checkIndex(key, m.length, "index out of bounds on dimension 1"), bits);
    }
}
