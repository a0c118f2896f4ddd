package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code memoryview}: CPython's {@code Objects/memoryobject.c} for the one-dimensional unsigned
 * byte format ({@code 'B'}) of bytes and bytearray. A view reads and writes through to the
 * object it views: items {@code offset + i * step} for i below {@code length}.
 */
public final class PyMemoryView extends PyObject {
    public static final PyType TYPE = PyType.builtin("memoryview", PyMemoryView.class, PyType.OBJECT, 0, MemoryViewSlots::fill);

    final PyObject obj;
    /** The byte offset of item 0 in {@link #obj}. */
    final int offset;
    /** Bytes from one item to the next (negative for reversed views). */
    final int step;
    /** The number of items. */
    final int length;
    final char format;
    final int itemsize;
    private volatile boolean released;
    /** What releasing this view must do besides: end the use of a Python exporter's buffer. */
    Runnable onRelease;
    /** Set on the views {@code toreadonly} makes: read-only whatever {@link #obj} allows. */
    private boolean readonlyView;

    PyMemoryView(PyObject obj, int offset, int step, int length, char format) {
        this.obj = obj;
        this.offset = offset;
        this.step = step;
        this.length = length;
        this.format = format;
        this.itemsize = MemoryFormat.size(format);
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

    private int rawByte(int j) {
        if (obj instanceof PyBytes b) {
            return b.value[j] & 0xff;
        }
        return obj instanceof PyByteArray a ? a.get(j) : ((BufferExporter) obj).exportByte(j);
    }

    /** The bits of item {@code i}, little-endian. */
    long bits(int i) {
        int base = offset + i * step;
        long v = 0;
        for (int k = itemsize - 1; k >= 0; k--) {
            v = v << 8 | rawByte(base + k);
        }
        return v;
    }

    /** Item {@code i} (already in range) as its Python value. */
    PyObject item(int i) {
        return MemoryFormat.decode(format, bits(i));
    }

    /** Stores {@code bits} as item {@code i} of a writable view. */
    void store(int i, long bits) {
        int base = offset + i * step;
        for (int k = 0; k < itemsize; k++) {
            int v = (int) (bits >>> (8 * k)) & 0xff;
            if (obj instanceof PyByteArray ba) {
                ba.set(base + k, v);
            } else {
                ((BufferExporter) obj).importByte(base + k, v);
            }
        }
    }

    /** The viewed bytes as a new array. */
    public byte[] toArray() {
        checkReleased();
        byte[] out = new byte[length * itemsize];
        for (int i = 0; i < length; i++) {
            long v = bits(i);
            for (int k = 0; k < itemsize; k++) {
                out[i * itemsize + k] = (byte) (v >>> (8 * k));
            }
        }
        return out;
    }

    /** The items as Python values. */
    PyObject[] items() {
        checkReleased();
        PyObject[] out = new PyObject[length];
        for (int i = 0; i < length; i++) {
            out[i] = item(i);
        }
        return out;
    }

    @PyMethod(value = "($self, /, format, shape=<unrepresentable>)", doc = "Cast a memoryview to a new format or shape.")
    PyMemoryView cast(PyObject fmt, PyObject shape) {
        checkReleased();
        char f = MemoryFormat.parse(PyStr.arg(fmt));
        if (step != itemsize) {
            throw PyErr.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if (!MemoryFormat.isByte(format) && !MemoryFormat.isByte(f)) {
            throw PyErr.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int bytes = length * itemsize;
        int size = MemoryFormat.size(f);
        if (bytes % size != 0) {
            throw PyErr.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (shape != null && shape != PyNone.NONE) {
            PyObject[] dims = org.sanca.runtime.objects.Sequences.toArray(shape);
            if (dims.length != 1 || Abstract.indexValue(dims[0]) * size != bytes) {
                throw PyErr.typeError("memoryview: product(shape) * itemsize != buffer size");
            }
        }
        return new PyMemoryView(obj, offset, size, bytes / size, f);
    }

    @PyMethod(value = "($self, /, order='C')", doc = "Return the data in the buffer as a byte string.")
    PyBytes tobytes(PyObject order) {
        return new PyBytes(toArray());
    }

    @PyMethod(value = "($self, /)", doc = "Return the data in the buffer as a list of elements.")
    PyList tolist() {
        return new PyList(items());
    }

    @PyMethod(value = "($self, /, sep=<unrepresentable>, bytes_per_sep=1)", doc = "Return the data in the buffer as a str of hexadecimal numbers.")
    PyStr hex(PyObject sep, PyObject bytesPerSep) {
        return PyStr.of(BytesHex.hex(toArray(), sep, bytesPerSep));
    }

    @PyMethod(value = "($self, /)", doc = "Release the underlying buffer exposed by the memoryview object.")
    void release() {
        markReleased();
    }

    private void markReleased() {
        Runnable hook;
        synchronized (this) {
            hook = released ? null : onRelease;
            released = true;
        }
        if (hook != null) {
            hook.run();
        }
    }

    @PyMethod(value = "($self, /)", name = "__enter__")
    PyObject enter() {
        checkReleased();
        return this;
    }

    @PyMethod(value = "($self, *args)", name = "__exit__")
    void exit(PyTuple args) {
        markReleased();
    }

    @PyGetter("obj")
    PyObject object() {
        checkReleased();
        return obj;
    }

    @PyGetter("readonly")
    PyObject readonly() {
        checkReleased();
        return PyBool.of(isReadonly());
    }

    boolean isReadonly() {
        return readonlyView || obj instanceof PyBytes;
    }

    @PyMethod(value = "($self, /)", doc = "Return a readonly version of the memoryview.")
    PyObject toreadonly() {
        checkReleased();
        PyMemoryView v = new PyMemoryView(obj, offset, step, length, format);
        v.readonlyView = true;
        return v;
    }

    private boolean contiguous() {
        checkReleased();
        return length <= 1 || step == itemsize;
    }

    @PyGetter("c_contiguous")
    PyObject cContiguous() {
        return PyBool.of(contiguous());
    }

    @PyGetter("f_contiguous")
    PyObject fContiguous() {
        return PyBool.of(contiguous());
    }

    @PyGetter("contiguous")
    PyObject contiguousAttr() {
        return PyBool.of(contiguous());
    }

    @PyGetter("suboffsets")
    PyTuple suboffsets() {
        checkReleased();
        return PyTuple.EMPTY;
    }

    @PyGetter("nbytes")
    PyObject nbytes() {
        checkReleased();
        return PyInt.of(length * itemsize);
    }

    @PyGetter("itemsize")
    PyObject itemsize() {
        checkReleased();
        return PyInt.of(itemsize);
    }

    @PyGetter("ndim")
    PyObject ndim() {
        checkReleased();
        return PyInt.of(1);
    }

    @PyGetter("format")
    PyObject format() {
        checkReleased();
        return PyStr.of(String.valueOf(format));
    }

    @PyGetter("shape")
    PyTuple shape() {
        checkReleased();
        return PyTuple.of(PyInt.of(length));
    }

    @PyGetter("strides")
    PyTuple strides() {
        checkReleased();
        return PyTuple.of(PyInt.of(step));
    }

    boolean isReleased() {
        return released;
    }
}
