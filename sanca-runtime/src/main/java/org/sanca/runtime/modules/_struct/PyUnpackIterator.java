package org.sanca.runtime.modules._struct;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** {@code struct.iter_unpack}'s iterator: CPython's {@code unpackiter_type}, one tuple per struct-sized slice. */
public final class PyUnpackIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("_struct.unpack_iterator", PyUnpackIterator.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyUnpackIterator) self).next();
    });

    private final StructFormat f;
    private final byte[] data;
    private int pos;

    PyUnpackIterator(StructFormat f, byte[] data) {
        this.f = f;
        this.data = data;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject next() {
        if (pos >= data.length) {
            return null;
        }
        PyObject r = PyTuple.of(StructCodec.unpack(f, data, pos));
        pos += f.size;
        return r;
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized long __length_hint__() {
        return (data.length - pos) / f.size;
    }
}
