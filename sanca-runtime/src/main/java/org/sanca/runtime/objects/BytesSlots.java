package org.sanca.runtime.objects;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;

import org.sanca.runtime.objects.codecs.Codecs;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code bytes} ({@code Objects/bytesobject.c}). */
final class BytesSlots {
    private static final String[] NEW_PARAMS = {"source", "encoding", "errors"};

    private BytesSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(repr(((PyBytes) self).value));
        t.tp_str = t.tp_repr;
        t.tp_hash = self -> StrHash.hash(((PyBytes) self).value, 0, ((PyBytes) self).value.length);
        t.tp_richcompare = BytesSlots::richCompare;
        t.tp_iter = self -> new PyBytesIter((PyBytes) self);
        t.tp_new = BytesSlots::newBytes;
        t.sq_length = self -> ((PyBytes) self).value.length;
        t.bf_getbuffer = MemoryViewSlots::getBuffer;
        t.sq_concat = (a, b) -> {
            byte[] x = ((PyBytes) a).value;
            byte[] y = PyBytes.bufferOrNull(b);
            if (y == null) {
                throw PyErr.typeError("can't concat %s to bytes", PyErr.typeName(b));
            }
            byte[] r = Arrays.copyOf(x, x.length + y.length);
            System.arraycopy(y, 0, r, x.length, y.length);
            return new PyBytes(r);
        };
        t.sq_repeat = (self, n) -> {
            byte[] b = ((PyBytes) self).value;
            if (n <= 0) {
                return new PyBytes(new byte[0]);
            }
            if (n > Integer.MAX_VALUE / Math.max(1, b.length)) {
                throw PyErr.format(PyExc.OverflowError, "repeated bytes are too long");
            }
            byte[] r = new byte[(int) (b.length * n)];
            for (int i = 0; i < n; i++) {
                System.arraycopy(b, 0, r, i * b.length, b.length);
            }
            return new PyBytes(r);
        };
        t.mp_subscript = BytesSlots::subscript;
        t.nb_remainder = (a, b) -> a instanceof PyBytes x
                ? PyBytes.ofLatin1(org.sanca.runtime.objects.format.PercentFormat.formatBytes(x.latin1(), b))
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.sq_contains = (self, item) -> {
            byte[] b = ((PyBytes) self).value;
            if (item.type().nb_index != null) {
                long v = Abstract.indexValue(item);
                if (v < 0 || v > 255) {
                    throw PyErr.valueError("byte must be in range(0, 256)");
                }
                for (byte x : b) {
                    if ((x & 0xff) == v) {
                        return true;
                    }
                }
                return false;
            }
            return ((PyBytes) self).latin1().contains(((PyStr) PyBytes.asText(item)).value());
        };
    }

    static String repr(byte[] b) {
        return repr(b, false);
    }

    /** The {@code b'...'} form; bytearray's repr escapes a single quote even inside double quotes. */
    static String repr(byte[] b, boolean escapeSingle) {
        boolean single = false;
        boolean dbl = false;
        for (byte x : b) {
            single |= x == '\'';
            dbl |= x == '"';
        }
        char quote = single && !dbl ? '"' : '\'';
        StringBuilder s = new StringBuilder(b.length + 3).append('b').append(quote);
        for (byte x : b) {
            int c = x & 0xff;
            if (c == quote || c == '\\' || (escapeSingle && c == '\'')) {
                s.append('\\').append((char) c);
            } else if (c == '\t') {
                s.append("\\t");
            } else if (c == '\n') {
                s.append("\\n");
            } else if (c == '\r') {
                s.append("\\r");
            } else if (c < 0x20 || c >= 0x7f) {
                s.append(String.format("\\x%02x", c));
            } else {
                s.append((char) c);
            }
        }
        return s.append(quote).toString();
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyBytes y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int c = Arrays.compareUnsigned(((PyBytes) a).value, y.value);
        return PyBool.of(op.test(c));
    }

    private static PyObject subscript(PyObject self, PyObject key) {
        byte[] b = ((PyBytes) self).value;
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(b.length);
            byte[] r = new byte[Math.max(0, ix.length())];
            for (int i = 0, j = ix.start(); i < r.length; i++, j += ix.step()) {
                r[i] = b[j];
            }
            return new PyBytes(r);
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("byte indices must be integers or slices, not %s", PyErr.typeName(key));
        }
        return PyInt.of(b[Sequences.checkIndex(key, b.length, "index out of range")] & 0xff);
    }

    private static PyObject newBytes(PyObject cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = CtorArgs.bind("bytes", NEW_PARAMS, 0, args, kwnames);
        byte[] value = a[0] != null && a[1] == null && a[2] == null ? fromSpecial(a[0]) : null;
        if (value == null) {
            value = make(a[0], a[1], a[2], "bytes");
        }
        PyType type = (PyType) cls;
        return type == PyBytes.TYPE ? new PyBytes(value) : new PyBytesDerived(type, value);
    }

    private static final PyStr BYTES = PyStr.of("__bytes__");

    /** The result of {@code o.__bytes__()} when o's type defines it, else null ({@code PyObject_Bytes}). */
    static byte[] fromSpecial(PyObject o) {
        if (o.type() == PyBytes.TYPE) {
            return null;
        }
        PyObject method = o.type().lookup(BYTES);
        if (method == null) {
            return null;
        }
        PyObject r = Abstract.call(method, new PyObject[] {o}, null);
        if (!(r instanceof PyBytes b)) {
            throw PyErr.typeError("__bytes__ returned non-bytes (type %s)", PyErr.typeName(r));
        }
        return b.value;
    }

    /** {@code PyObject_Bytes}: __bytes__, a buffer, else the items of an iterable other than str. */
    static byte[] toBytes(PyObject o) {
        byte[] special = fromSpecial(o);
        if (special != null) {
            return special;
        }
        byte[] buf = PyBytes.bufferOrNull(o);
        if (buf != null) {
            return buf;
        }
        if (o instanceof PyStr || o.type().nb_index != null) {
            throw PyErr.typeError("cannot convert '%s' object to bytes", PyErr.typeName(o));
        }
        return make(o, null, null, "bytes");
    }

    static byte[] make(PyObject source, PyObject encoding, PyObject errors) {
        return make(source, encoding, errors, "byte");
    }

    /** The bytes of a {@code bytes()}/{@code bytearray()} source; {@code what} names the item in range errors. */
    static byte[] make(PyObject source, PyObject encoding, PyObject errors, String what) {
        if (source == null) {
            if (encoding != null || errors != null) {
                throw PyErr.typeError(encoding != null ? "encoding without a string argument" : "errors without a string argument");
            }
            return new byte[0];
        }
        if (source instanceof PyStr s) {
            if (encoding == null) {
                throw PyErr.typeError("string argument without an encoding");
            }
            return Codecs.encode(s, encoding, errors).value();
        }
        if (encoding != null) {
            throw PyErr.typeError("encoding without a string argument");
        }
        if (errors != null) {
            throw PyErr.typeError("errors without a string argument");
        }
        byte[] buf = PyBytes.bufferOrNull(source);
        if (buf != null) {
            return buf.clone();
        }
        if (source.type().nb_index != null) {
            long n = Abstract.indexValue(source);
            if (n < 0) {
                throw PyErr.valueError("negative count");
            }
            return new byte[(int) n];
        }
        PyObject it;
        try {
            it = Abstract.getIter(source);
        } catch (PyException e) {
            if (e.matches(PyExc.TypeError)) {
                throw PyErr.typeError("cannot convert '%s' object to %s", PyErr.typeName(source),
                        what.equals("bytes") ? "bytes" : "bytearray");
            }
            throw e;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            out.write(byteValue(x, what));
        }
        return out.toByteArray();
    }

    /** An item stored into bytes or bytearray: an index in range(256). */
    static int byteValue(PyObject x) {
        return byteValue(x, "byte");
    }

    private static int byteValue(PyObject x, String what) {
        if (x.type().nb_index == null) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", PyErr.typeName(x));
        }
        PyInt i = Abstract.index(x);
        if (i.big != null || i.value < 0 || i.value > 255) {
            throw PyErr.valueError("%s must be in range(0, 256)", what);
        }
        return (int) i.value;
    }
}
