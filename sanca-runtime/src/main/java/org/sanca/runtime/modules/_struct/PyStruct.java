package org.sanca.runtime.modules._struct;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.Sequences;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code struct.Struct}: CPython's {@code PyStructType} in {@code Modules/_struct.c}, a
 * compiled format with its pack and unpack methods. As in CPython, {@code __new__} makes an
 * object of the empty format and {@code __init__} compiles the format, so subclasses may take
 * other constructor arguments.
 */
public class PyStruct extends PyObject {
    public static final PyType TYPE = PyType.builtin("_struct.Struct", PyStruct.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tp_new = (type, args, kw) -> {
            StructFormat empty = StructModule.compiled(PyStr.of(""));
            return type == PyStruct.TYPE ? new PyStruct(empty) : new PyStructDerived((PyType) type, empty);
        };
        t.tp_init = (self, args, kw) -> {
            int nkw = kw == null ? 0 : kw.length;
            if (args.length > 1) {
                throw PyErr.typeError("Struct() takes at most 1 %sargument (%d given)", nkw == args.length ? "keyword " : "", args.length);
            }
            if (args.length == 0 || nkw == 1 && !kw[0].equals("format")) {
                throw PyErr.typeError("Struct() missing required argument 'format' (pos 1)");
            }
            ((PyStruct) self).format = StructModule.compiled(args[0]);
            return PyNone.NONE;
        };
    });

    /** The compiled format: set by {@code __init__}, which may run again on the same object. */
    private volatile StructFormat format;

    PyStruct(StructFormat format) {
        this.format = format;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyGetter("format")
    PyObject formatAttr() {
        StructFormat f = format;
        return PyStr.of(f.text);
    }

    @PyGetter("size")
    PyObject sizeAttr() {
        StructFormat f = format;
        return org.sanca.runtime.objects.PyInt.of(f.size);
    }

    @PyMethod("($self, /, *values)")
    PyObject pack(PyTuple values) {
        return new PyBytes(packValues(values.items(), 0, "pack"));
    }

    byte[] packValues(PyObject[] values, int first, String what) {
        StructFormat f = format;
        int given = values.length - first;
        if (given != f.items) {
            throw StructModule.error("%s expected %d items for packing (got %d)", what, f.items, given);
        }
        return StructCodec.pack(f, values, first);
    }

    @PyMethod("($self, buffer, offset, /, *values)")
    void pack_into(PyObject buffer, PyObject offset, PyTuple values) {
        packInto(buffer, offset, values.items(), 0);
    }

    void packInto(PyObject buffer, PyObject offset, PyObject[] values, int first) {
        StructFormat f = format;
        byte[] data = packValues(values, first, "pack_into");
        int len = Buffers.writableLength(buffer);
        if (len < 0) {
            throw PyErr.typeError("argument must be read-write bytes-like object, not %s", PyErr.typeName(buffer));
        }
        long off = Abstract.indexValue(offset);
        if (off < 0) {
            if (off + f.size > 0) {
                throw StructModule.error("no space to pack %d bytes at offset %d", f.size, off);
            }
            if (off + len < 0) {
                throw StructModule.error("offset %d out of range for %d-byte buffer", off, len);
            }
            off += len;
        }
        if (len - off < f.size) {
            throw StructModule.error("pack_into requires a buffer of at least %d bytes for packing %d bytes at offset %d (actual buffer size is %d)",
                    f.size + off, f.size, off, len);
        }
        Buffers.write(buffer, (int) off, data);
    }

    @PyMethod("($self, buffer, /)")
    PyObject unpack(PyObject buffer) {
        StructFormat f = format;
        byte[] b = Buffers.read(buffer);
        if (b.length != f.size) {
            throw StructModule.error("unpack requires a buffer of %d bytes", f.size);
        }
        return PyTuple.of(StructCodec.unpack(f, b, 0));
    }

    @PyMethod("($self, /, buffer, offset=0)")
    PyObject unpack_from(PyObject buffer, PyObject offset) {
        StructFormat f = format;
        byte[] b = Buffers.read(buffer);
        long off = Sequences.ssize(offset);
        int len = b.length;
        if (off < 0) {
            if (off + len < 0) {
                throw StructModule.error("offset %d out of range for %d-byte buffer", off, len);
            }
            if (off + f.size > 0) {
                throw StructModule.error("not enough data to unpack %d bytes at offset %d", f.size, off);
            }
            off += len;
        }
        if (len - off < f.size) {
            throw StructModule.error("unpack_from requires a buffer of at least %d bytes for unpacking %d bytes at offset %d (actual buffer size is %d)",
                    f.size + off, f.size, off, len);
        }
        return PyTuple.of(StructCodec.unpack(f, b, (int) off));
    }

    @PyMethod("($self, buffer, /)")
    PyObject iter_unpack(PyObject buffer) {
        StructFormat f = format;
        if (f.size == 0) {
            throw StructModule.error("cannot iteratively unpack with a struct of length 0");
        }
        byte[] b = Buffers.read(buffer);
        if (b.length % f.size != 0) {
            throw StructModule.error("iterative unpacking requires a buffer of a multiple of %d bytes", f.size);
        }
        return new PyUnpackIterator(f, b);
    }

    @PyMethod("($self, /)")
    int __sizeof__() {
        StructFormat f = format;
        return 48 + 16 * f.codes.length;
    }
}
