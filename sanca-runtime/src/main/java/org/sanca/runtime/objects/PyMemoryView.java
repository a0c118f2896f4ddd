package org.sanca.runtime.objects;

import java.lang.ref.Reference;

import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code memoryview}: CPython's {@code Objects/memoryobject.c}. A view reads and writes through
 * to the memory of the object it was made from: the item at index (i0, ..., ik) lies at byte
 * {@code offset + i0 * strides[0] + ... + ik * strides[k]} of {@link #base}. {@code cast} gives
 * views of up to 64 dimensions (or none); slicing works along the first.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, PyType.OBJECT, 0, MemoryViewSlots::fill);

    /** What {@code .obj} shows: the object this view's memory was exported by. */
    final PyObject obj;
    /** Where the bytes live: a {@link PyBytes} or a {@link BufferExporter}. */
    final PyObject base;
    /** The exports this view is counted in, or null when its base never changes size. */
    final BufferExports registry;
    /** The byte offset of the first item in {@link #base}. */
    final int offset;
    final int[] shape;
    /** Bytes from one item to the next along each dimension (negative for reversed views). */
    final int[] strides;
    final String format;
    /** The native struct code of {@link #format}, or 0 when its items cannot be unpacked. */
    final char code;
    final int itemsize;
    final boolean readonly;
    private volatile boolean released;
    /** This view's entry in {@link #registry}. */
    private Reference<PyMemoryView> exportRef;
    /** The views exported by this one through {@code __buffer__}; created on first use. */
    private BufferExports exports;
    /** The cached hash, -1 until computed (CPython keeps it after release). */
    long hash = -1;

    private PyMemoryView(PyObject obj, PyObject base, BufferExports registry, int offset, int[] shape, int[] strides,
            String format, int itemsize, boolean readonly) {
        this.obj = obj;
        this.base = base;
        this.registry = registry;
        this.offset = offset;
        this.shape = shape;
        this.strides = strides;
        this.format = format;
        this.code = MemoryFormat.code(format);
        this.itemsize = itemsize;
        this.readonly = readonly;
    }

    /** A new view, counted in {@code registry} (if any) until released or unreachable. */
    static PyMemoryView open(PyObject obj, PyObject base, BufferExports registry, int offset, int[] shape, int[] strides,
            String format, int itemsize, boolean readonly) {
        PyMemoryView v = new PyMemoryView(obj, base, registry, offset, shape, strides, format, itemsize, readonly);
        if (registry != null) {
            v.exportRef = registry.add(v);
        }
        return v;
    }

    /** A one-dimensional view of all {@code nbytes} bytes of {@code base}. */
    static PyMemoryView whole(PyObject base, BufferExports registry, int nbytes, String format, int itemsize, boolean readonly) {
        return open(base, base, registry, 0, new int[] {nbytes / itemsize}, new int[] {itemsize}, format, itemsize, readonly);
    }

    /** Another layout of the same memory, counted where this view is. */
    PyMemoryView derive(int offset, int[] shape, int[] strides, String format, int itemsize, boolean readonly) {
        return open(obj, base, registry, offset, shape, strides, format, itemsize, readonly);
    }

    /** A view of this one's memory whose exporter is this view ({@code memoryview.__buffer__}). */
    PyMemoryView export() {
        checkReleased();
        BufferExports e;
        synchronized (this) {
            if (exports == null) {
                exports = new BufferExports(null);
            }
            e = exports;
        }
        return open(this, base, e, offset, shape, strides, format, itemsize, readonly);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    void checkReleased() {
        if (released) {
            throw PyErr.valueError("operation forbidden on released memoryview object");
        }
    }

    boolean isReleased() {
        return released;
    }

    int ndim() {
        return shape.length;
    }

    int itemCount() {
        int n = 1;
        for (int d : shape) {
            n *= d;
        }
        return n;
    }

    int nbytes() {
        return itemCount() * itemsize;
    }

    /** The code items are unpacked with, or NotImplementedError for a format memoryview cannot unpack. */
    char requireCode() {
        if (code == 0) {
            throw PyErr.format(PyExc.NotImplementedError, "memoryview: format %s not supported", format);
        }
        return code;
    }

    private int byteAt(int j) {
        return base instanceof PyBytes b ? b.value[j] & 0xff : ((BufferExporter) base).exportByte(j);
    }

    /** The bits of the item at byte {@code pos}, little-endian. */
    long bits(int pos) {
        long v = 0;
        for (int k = itemsize - 1; k >= 0; k--) {
            v = v << 8 | byteAt(pos + k);
        }
        return v;
    }

    /** The item at byte {@code pos} as its Python value. */
    PyObject unpack(int pos) {
        return MemoryFormat.decode(requireCode(), bits(pos));
    }

    /** Stores {@code v} as the item at byte {@code pos}, converted as the format asks. */
    void pack(int pos, PyObject v) {
        store(pos, MemoryFormat.encode(requireCode(), v));
    }

    private void store(int pos, long bits) {
        BufferExporter e = (BufferExporter) base;
        for (int k = 0; k < itemsize; k++) {
            e.importByte(pos + k, (int) (bits >>> (8 * k)) & 0xff);
        }
    }

    /** The byte position of item {@code i} of a one-dimensional view. */
    int position(int i) {
        return offset + i * strides[0];
    }

    /** The byte positions of the items, in C (row-major) or Fortran (column-major) order. */
    int[] positions(boolean fortran) {
        int n = itemCount();
        int nd = shape.length;
        int[] out = new int[n];
        int[] idx = new int[nd];
        int pos = offset;
        for (int k = 0; k < n; k++) {
            out[k] = pos;
            for (int j = 0; j < nd; j++) {
                int d = fortran ? j : nd - 1 - j;
                if (++idx[d] < shape[d]) {
                    pos += strides[d];
                    break;
                }
                pos -= strides[d] * (idx[d] - 1);
                idx[d] = 0;
            }
        }
        return out;
    }

    /**
     * CPython's contiguity flags ({@code init_flags}): a 0-dim view is contiguous, a 1-D view when
     * it has one item or its stride is the item size (even when empty), others by
     * {@code PyBuffer_IsContiguous}.
     */
    private boolean contiguous(boolean fortran) {
        if (shape.length == 1) {
            return shape[0] == 1 || strides[0] == itemsize;
        }
        if (itemCount() == 0) {
            return true;
        }
        int expected = itemsize;
        int nd = shape.length;
        for (int j = 0; j < nd; j++) {
            int d = fortran ? j : nd - 1 - j;
            if (shape[d] > 1 && strides[d] != expected) {
                return false;
            }
            expected *= shape[d];
        }
        return true;
    }

    boolean isCContiguous() {
        return contiguous(false);
    }

    /** The viewed bytes in C order, as a new array. */
    public byte[] toArray() {
        checkReleased();
        return copyBytes(false);
    }

    private byte[] copyBytes(boolean fortran) {
        byte[] out = new byte[nbytes()];
        if (!fortran && isCContiguous()) {
            copyRange(offset, out, 0, out.length);
            return out;
        }
        int[] pos = positions(fortran);
        for (int k = 0; k < pos.length; k++) {
            copyRange(pos[k], out, k * itemsize, itemsize);
        }
        return out;
    }

    private void copyRange(int pos, byte[] dst, int off, int len) {
        if (base instanceof PyBytes b) {
            System.arraycopy(b.value, pos, dst, off, len);
        } else {
            ((BufferExporter) base).exportRange(pos, dst, off, len);
        }
    }

    /** Writes {@code src} (bytes in C order, one item after another) into the viewed items. */
    void writeBytes(byte[] src) {
        int[] pos = positions(false);
        BufferExporter e = (BufferExporter) base;
        for (int k = 0; k < pos.length; k++) {
            for (int b = 0; b < itemsize; b++) {
                e.importByte(pos[k] + b, src[k * itemsize + b] & 0xff);
            }
        }
    }

    @PyMethod(value = "($self, /, format, shape=<unrepresentable>)", doc = "Cast a memoryview to a new format or shape.")
    PyMemoryView cast(PyObject fmt, PyObject shape) {
        return MemoryCast.cast(this, fmt, shape);
    }

    @PyMethod(value = "($self, /, order='C')", doc = "Return the data in the buffer as a byte string.")
    PyBytes tobytes(PyObject order) {
        checkReleased();
        boolean fortran = false;
        if (order != null && order != PyNone.NONE) {
            if (!(order instanceof PyStr s)) {
                throw PyErr.typeError("tobytes() argument 'order' must be str or None, not %s", PyErr.typeName(order));
            }
            String o = s.value();
            if (!o.equals("C") && !o.equals("F") && !o.equals("A")) {
                throw PyErr.valueError("order must be 'C', 'F' or 'A'");
            }
            fortran = o.equals("F");
        }
        return new PyBytes(copyBytes(fortran));
    }

    @PyMethod(value = "($self, /)", doc = "Return the data in the buffer as a list of elements.")
    PyObject tolist() {
        checkReleased();
        requireCode();
        return shape.length == 0 ? unpack(offset) : listAt(0, offset);
    }

    private PyList listAt(int dim, int pos) {
        PyObject[] items = new PyObject[shape[dim]];
        boolean last = dim == shape.length - 1;
        for (int i = 0; i < items.length; i++) {
            int p = pos + i * strides[dim];
            items[i] = last ? unpack(p) : listAt(dim + 1, p);
        }
        return new PyList(items);
    }

    @PyMethod(value = "($self, /, sep=<unrepresentable>, bytes_per_sep=1)", doc = "Return the data in the buffer as a str of hexadecimal numbers.")
    PyStr hex(PyObject sep, PyObject bytesPerSep) {
        return PyStr.of(BytesHex.hex(toArray(), sep, bytesPerSep));
    }

    @PyMethod(value = "($self, /)", doc = "Release the underlying buffer exposed by the memoryview object.")
    void release() {
        synchronized (this) {
            if (released) {
                return;
            }
            int n = exports == null ? 0 : exports.count();
            if (n > 0) {
                throw PyErr.format(PyExc.BufferError, "memoryview has %d exported buffer%s", n, n == 1 ? "" : "s");
            }
            released = true;
        }
        if (registry != null) {
            registry.remove(exportRef);
        }
    }

    @PyMethod(value = "($self, /)", name = "__enter__", textSignature = false)
    PyObject enter() {
        checkReleased();
        return this;
    }

    @PyMethod(value = "($self, *args)", name = "__exit__", textSignature = false)
    void exit(PyTuple args) {
        release();
    }

    @PyGetter("obj")
    PyObject object() {
        checkReleased();
        return obj;
    }

    @PyGetter("readonly")
    PyObject readonly() {
        checkReleased();
        return PyBool.of(readonly);
    }

    @PyMethod(value = "($self, /)", doc = "Return a readonly version of the memoryview.")
    PyObject toreadonly() {
        checkReleased();
        return derive(offset, shape, strides, format, itemsize, true);
    }

    @PyGetter("c_contiguous")
    PyObject cContiguous() {
        checkReleased();
        return PyBool.of(contiguous(false));
    }

    @PyGetter("f_contiguous")
    PyObject fContiguous() {
        checkReleased();
        return PyBool.of(contiguous(true));
    }

    @PyGetter("contiguous")
    PyObject contiguousAttr() {
        checkReleased();
        return PyBool.of(contiguous(false) || contiguous(true));
    }

    @PyGetter("suboffsets")
    PyTuple suboffsets() {
        checkReleased();
        return PyTuple.EMPTY;
    }

    @PyGetter("nbytes")
    PyObject nbytesAttr() {
        checkReleased();
        return PyInt.of(nbytes());
    }

    @PyGetter("itemsize")
    PyObject itemsizeAttr() {
        checkReleased();
        return PyInt.of(itemsize);
    }

    @PyGetter("ndim")
    PyObject ndimAttr() {
        checkReleased();
        return PyInt.of(shape.length);
    }

    @PyGetter("format")
    PyObject formatAttr() {
        checkReleased();
        return PyStr.of(format);
    }

    @PyGetter("shape")
    PyTuple shapeAttr() {
        checkReleased();
        return intTuple(shape);
    }

    @PyGetter("strides")
    PyTuple stridesAttr() {
        checkReleased();
        return intTuple(strides);
    }

    private static PyTuple intTuple(int[] values) {
        PyObject[] items = new PyObject[values.length];
        for (int i = 0; i < values.length; i++) {
            items[i] = PyInt.of(values[i]);
        }
        return PyTuple.of(items);
    }
}
