package org.sanca.runtime.objects;

import java.util.Arrays;

import org.sanca.runtime.types.PyType;

/** The slots of {@code bytearray} ({@code Objects/bytearrayobject.c}). */
final class ByteArraySlots {
    private static final String[] NEW_PARAMS = {"source", "encoding", "errors"};

    private ByteArraySlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(self.type().getName() + "(" + BytesSlots.repr(((PyByteArray) self).toArray(), true) + ")");
        t.tp_richcompare = (a, b, op) -> {
            byte[] y = PyBytes.bufferOrNull(b);
            if (y == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            return PyBool.of(op.test(Arrays.compareUnsigned(((PyByteArray) a).toArray(), y)));
        };
        t.tp_iter = self -> new PyByteArrayIter((PyByteArray) self);
        t.tp_new = (type, args, kw) -> ((PyType) type) == PyByteArray.TYPE ? new PyByteArray(new byte[0])
                : new PyByteArrayDerived((PyType) type);
        t.tp_init = (self, args, kw) -> {
            PyByteArray ba = (PyByteArray) self;
            if (ba.size() != 0) {
                ba.setAll(new byte[0]);
            }
            PyObject[] a = CtorArgs.bind("bytearray", NEW_PARAMS, 0, args, kw);
            ba.setAll(BytesSlots.make(a[0], a[1], a[2]));
            return PyNone.NONE;
        };
        t.sq_length = self -> ((PyByteArray) self).size();
        t.bf_getbuffer = MemoryViewSlots::getBuffer;
        t.bf_releasebuffer = MemoryViewSlots::releaseBuffer;
        t.sq_concat = (a, b) -> {
            byte[] y = PyBytes.bufferOrNull(b);
            if (y == null) {
                throw PyErr.typeError("can't concat %s to %s", PyErr.typeName(b), PyErr.typeName(a));
            }
            byte[] x = ((PyByteArray) a).toArray();
            byte[] r = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PyByteArray(r);
        };
        t.sq_inplace_concat = (a, b) -> {
            byte[] y = PyBytes.bufferOrNull(b);
            if (y == null) {
                throw PyErr.typeError("can't concat %s to %s", PyErr.typeName(b), PyErr.typeName(a));
            }
            PyByteArray ba = (PyByteArray) a;
            synchronized (ba) {
                ba.replaceRange(ba.size(), ba.size(), y);
            }
            return a;
        };
        t.sq_repeat = (self, n) -> new PyByteArray(repeat(((PyByteArray) self).toArray(), n));
        t.sq_inplace_repeat = (self, n) -> {
            PyByteArray ba = (PyByteArray) self;
            ba.setAll(repeat(ba.toArray(), n));
            return self;
        };
        t.nb_remainder = (a, b) -> a instanceof PyByteArray x
                ? new PyByteArray(PyBytes.ofLatin1(org.sanca.runtime.objects.format.PercentFormat.formatBytes(
                        new String(x.toArray(), java.nio.charset.StandardCharsets.ISO_8859_1), b)).value)
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.mp_subscript = ByteArraySlots::subscript;
        t.mp_ass_subscript = ByteArraySlots::assign;
        t.sq_contains = (self, item) -> PyBytes.TYPE.sq_contains.call(new PyBytes(((PyByteArray) self).toArray()), item);
    }

    private static byte[] repeat(byte[] b, long n) {
        if (n <= 0) {
            return new byte[0];
        }
        if (n > Integer.MAX_VALUE / Math.max(1, b.length)) {
            throw PyErr.format(PyExc.MemoryError, "");
        }
        byte[] r = new byte[(int) (b.length * n)];
        for (int i = 0; i < n; i++) {
            System.arraycopy(b, 0, r, i * b.length, b.length);
        }
        return r;
    }

    private static PyObject subscript(PyObject self, PyObject key) {
        PyByteArray ba = (PyByteArray) self;
        if (key instanceof PySlice) {
            return new PyByteArray(((PyBytes) PyBytes.TYPE.mp_subscript.call(new PyBytes(ba.toArray()), key)).value());
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("bytearray indices must be integers or slices, not %s", PyErr.typeName(key));
        }
        synchronized (ba) {
            return PyInt.of(ba.get(Sequences.checkIndex(key, ba.size(), "bytearray index out of range")));
        }
    }

    private static void assign(PyObject self, PyObject key, PyObject value) {
        PyByteArray ba = (PyByteArray) self;
        if (key instanceof PySlice sl) {
            byte[] repl = value == null ? new byte[0]
                    : value == self ? ba.toArray() : BytesSlots.make(value instanceof PyInt || value instanceof PyStr ? badInt(value) : value, null, null);
            synchronized (ba) {
                PySlice.Indices ix = sl.indices(ba.size());
                if (ix.step() == 1) {
                    int hi = Math.max(ix.start(), ix.stop());
                    ba.replaceRange(ix.start(), hi, repl);
                    return;
                }
                if (value == null) {
                    deleteExtended(ba, ix);
                    return;
                }
                if (repl.length != ix.length()) {
                    throw PyErr.valueError("attempt to assign bytes of size %d to extended slice of size %d", repl.length, ix.length());
                }
                for (int i = 0, j = ix.start(); i < ix.length(); i++, j += ix.step()) {
                    ba.set(j, repl[i] & 0xff);
                }
            }
            return;
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("bytearray indices must be integers or slices, not %s", PyErr.typeName(key));
        }
        int v = value == null ? -1 : BytesSlots.byteValue(value);
        synchronized (ba) {
            int i = Sequences.checkIndex(key, ba.size(), value == null ? "bytearray index out of range" : "bytearray index out of range");
            if (value == null) {
                ba.replaceRange(i, i + 1, new byte[0]);
            } else {
                ba.set(i, v);
            }
        }
    }

    private static PyObject badInt(PyObject value) {
        throw PyErr.typeError("can assign only bytes, buffers, or iterables of ints in range(0, 256)");
    }

    private static void deleteExtended(PyByteArray ba, PySlice.Indices ix) {
        byte[] b = ba.toArray();
        boolean[] drop = new boolean[b.length];
        for (int i = 0, j = ix.start(); i < ix.length(); i++, j += ix.step()) {
            drop[j] = true;
        }
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < b.length; i++) {
            if (!drop[i]) {
                out.write(b[i]);
            }
        }
        ba.setAll(out.toByteArray());
    }
}
