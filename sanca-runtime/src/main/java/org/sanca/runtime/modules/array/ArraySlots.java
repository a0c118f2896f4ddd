package org.sanca.runtime.modules.array;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyByteArray;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PySlice;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.Sequences;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code array.array}: construction, the sequence protocol, comparison and repr. */
final class ArraySlots {
    private ArraySlots() {
    }

    static void fill(PyType t) {
        t.tp_new = ArraySlots::newArray;
        t.tp_repr = self -> PyStr.of(PyArray.of(self).reprText());
        t.tp_hash = null;
        t.tp_richcompare = ArraySlots::richCompare;
        t.tp_iter = self -> new PyArrayIterator(PyArray.of(self));
        t.sq_length = self -> PyArray.of(self).size();
        t.sq_concat = ArraySlots::concat;
        t.sq_repeat = (self, times) -> {
            PyArray a = PyArray.of(self);
            PyArray r = a.slice(0, a.size());
            r.repeatInPlace(times);
            return r;
        };
        t.sq_inplace_concat = (self, other) -> {
            if (!(other instanceof PyArray)) {
                throw PyErr.typeError("can only extend array with array (not \"%s\")", PyErr.typeName(other));
            }
            PyArray.of(self).extend(other);
            return self;
        };
        t.sq_inplace_repeat = (self, times) -> {
            PyArray.of(self).repeatInPlace(times);
            return self;
        };
        t.sq_item = (self, i) -> {
            PyArray a = PyArray.of(self);
            synchronized (a) {
                if (i < 0 || i >= a.size()) {
                    throw PyErr.format(PyExc.IndexError, "array index out of range");
                }
                return a.get((int) i);
            }
        };
        t.sq_contains = (self, v) -> {
            for (PyObject x : PyArray.of(self).items()) {
                if (Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                    return true;
                }
            }
            return false;
        };
        t.mp_subscript = ArraySlots::subscript;
        t.mp_ass_subscript = ArraySlots::assign;
        t.bf_getbuffer = Buffers::getBuffer;
        t.bf_releasebuffer = Buffers::releaseBuffer;
    }

    private static PyObject newArray(PyObject type, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("array.array() takes no keyword arguments");
        }
        if (args.length == 0 || args.length > 2) {
            throw PyErr.typeError("array() takes %s (%d given)", args.length == 0 ? "at least 1 argument" : "at most 2 arguments",
                    args.length);
        }
        if (!(args[0] instanceof PyStr s) || s.length() != 1) {
            throw PyErr.typeError("array() argument 1 must be a unicode character, not %s", PyErr.typeName(args[0]));
        }
        TypeCode tc = s.codePointAt(0) < 128 ? TypeCode.of((char) s.codePointAt(0)) : null;
        if (tc == null) {
            throw PyErr.valueError("bad typecode (must be b, B, u, h, H, i, I, l, L, q, Q, f or d)");
        }
        PyArray a = type == PyArray.TYPE ? new PyArray(tc) : new PyArrayDerived((PyType) type, tc);
        if (args.length == 2) {
            initialize(a, args[1]);
        }
        return a;
    }

    private static void initialize(PyArray a, PyObject init) {
        TypeCode tc = a.tc;
        if (init instanceof PyStr s) {
            if (tc != TypeCode.u) {
                throw PyErr.typeError("cannot use a str to initialize an array with typecode '%c'", tc.code);
            }
            a.fromunicode(s);
        } else if (init instanceof PyArray other && other.tc == TypeCode.u && tc != TypeCode.u) {
            throw PyErr.typeError("cannot use a unicode array to initialize an array with typecode '%c'", tc.code);
        } else if (init instanceof PyBytes || init instanceof PyByteArray) {
            a.frombytes(init);
        } else if (init instanceof PyArray other) {
            for (PyObject v : other.items()) {
                a.append(v);
            }
        } else {
            a.extend(init);
        }
    }

    private static PyObject concat(PyObject self, PyObject other) {
        if (!(other instanceof PyArray b)) {
            throw PyErr.typeError("can only append array (not \"%s\") to array", PyErr.typeName(other));
        }
        PyArray a = PyArray.of(self);
        if (a.tc != b.tc) {
            throw PyErr.typeError("bad argument type for built-in operation");
        }
        PyArray r = a.slice(0, a.size());
        r.appendBytes(b.bytes());
        return r;
    }

    private static PyObject subscript(PyObject self, PyObject key) {
        PyArray a = PyArray.of(self);
        if (key instanceof PySlice sl) {
            synchronized (a) {
                PySlice.Indices ix = sl.indices(a.size());
                if (ix.step() == 1) {
                    return a.slice(ix.start(), ix.start() + ix.length());
                }
                PyArray r = new PyArray(a.tc);
                for (int k = 0; k < ix.length(); k++) {
                    r.append(a.get(ix.start() + k * ix.step()));
                }
                return r;
            }
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("array indices must be integers");
        }
        synchronized (a) {
            return a.get(Sequences.checkIndex(key, a.size(), "array index out of range"));
        }
    }

    private static void assign(PyObject self, PyObject key, PyObject value) {
        PyArray a = PyArray.of(self);
        if (!(key instanceof PySlice sl)) {
            if (key.type().nb_index == null) {
                throw PyErr.typeError("array indices must be integers");
            }
            synchronized (a) {
                int i = Sequences.checkIndex(key, a.size(), "array assignment index out of range");
                if (value == null) {
                    a.replace(i, i + 1, new byte[0]);
                } else {
                    a.set(i, value);
                }
            }
            return;
        }
        byte[] raw = null;
        if (value != null) {
            if (!(value instanceof PyArray v)) {
                throw PyErr.typeError("can only assign array (not \"%s\") to array slice", PyErr.typeName(value));
            }
            if (v.tc != a.tc) {
                throw PyErr.typeError("bad argument type for built-in operation");
            }
            raw = v.bytes();
        }
        synchronized (a) {
            PySlice.Indices ix = sl.indices(a.size());
            int count = Math.max(0, ix.length());
            if (raw == null || raw.length / a.tc.size != count) {
                a.checkUnexported();
            }
            if (ix.step() == 1) {
                a.replace(ix.start(), ix.start() + count, raw == null ? new byte[0] : raw);
                return;
            }
            if (raw == null) {
                int lo = ix.step() > 0 ? ix.start() : ix.start() + (count - 1) * ix.step();
                a.deleteStep(lo, Math.abs(ix.step()), count);
                return;
            }
            int size = a.tc.size;
            if (raw.length / size != count) {
                throw PyErr.valueError("attempt to assign array of size %d to extended slice of size %d", raw.length / size, count);
            }
            PyArray src = new PyArray(a.tc, raw, count);
            for (int k = 0; k < count; k++) {
                a.set(ix.start() + k * ix.step(), src.get(k));
            }
        }
    }

    private static PyObject richCompare(PyObject self, PyObject other, CompareOp op) {
        if (!(other instanceof PyArray b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject[] x = PyArray.of(self).items();
        PyObject[] y = b.items();
        if (x.length != y.length && (op == CompareOp.EQ || op == CompareOp.NE)) {
            return PyBool.of(op == CompareOp.NE);
        }
        int k = 0;
        while (k < x.length && k < y.length && Abstract.richCompareBool(x[k], y[k], CompareOp.EQ)) {
            k++;
        }
        if (k < x.length && k < y.length) {
            if (op == CompareOp.EQ) {
                return PyBool.FALSE;
            }
            if (op == CompareOp.NE) {
                return PyBool.TRUE;
            }
            return Abstract.richCompare(x[k], y[k], op);
        }
        return PyBool.of(op.test(Integer.compare(x.length, y.length)));
    }
}
