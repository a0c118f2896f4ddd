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
    final int offset;
    final int step;
    final int length;
    private volatile boolean released;

    PyMemoryView(PyObject obj, int offset, int step, int length) {
        this.obj = obj;
        this.offset = offset;
        this.step = step;
        this.length = length;
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

    int get(int i) {
        int j = offset + i * step;
        return obj instanceof PyBytes b ? b.value[j] & 0xff : ((PyByteArray) obj).get(j);
    }

    /** The viewed bytes as a new array. */
    public byte[] toArray() {
        checkReleased();
        byte[] out = new byte[length];
        for (int i = 0; i < length; i++) {
            out[i] = (byte) get(i);
        }
        return out;
    }

    @PyMethod(value = "($self, /, order='C')", doc = "Return the data in the buffer as a byte string.")
    PyBytes tobytes(PyObject order) {
        return new PyBytes(toArray());
    }

    @PyMethod(value = "($self, /)", doc = "Return the data in the buffer as a list of elements.")
    PyList tolist() {
        byte[] b = toArray();
        PyObject[] items = new PyObject[b.length];
        for (int i = 0; i < b.length; i++) {
            items[i] = PyInt.of(b[i] & 0xff);
        }
        return new PyList(items);
    }

    @PyMethod(value = "($self, sep=<unrepresentable>, bytes_per_sep=1, /)", doc = "Return the data in the buffer as a str of hexadecimal numbers.")
    PyStr hex(PyObject sep, PyObject bytesPerSep) {
        return PyStr.of(BytesHex.hex(toArray(), sep, bytesPerSep));
    }

    @PyMethod(value = "($self, /)", doc = "Release the underlying buffer exposed by the memoryview object.")
    void release() {
        released = true;
    }

    @PyMethod(value = "($self, /)", name = "__enter__")
    PyObject enter() {
        checkReleased();
        return this;
    }

    @PyMethod(value = "($self, *args)", name = "__exit__")
    void exit(PyTuple args) {
        released = true;
    }

    @PyGetter("obj")
    PyObject object() {
        checkReleased();
        return obj;
    }

    @PyGetter("readonly")
    PyObject readonly() {
        checkReleased();
        return PyBool.of(obj instanceof PyBytes);
    }

    @PyGetter("nbytes")
    PyObject nbytes() {
        checkReleased();
        return PyInt.of(length);
    }

    @PyGetter("itemsize")
    PyObject itemsize() {
        checkReleased();
        return PyInt.of(1);
    }

    @PyGetter("ndim")
    PyObject ndim() {
        checkReleased();
        return PyInt.of(1);
    }

    @PyGetter("format")
    PyObject format() {
        checkReleased();
        return PyStr.of("B");
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

    @PyGetter("released")
    PyObject releasedAttr() {
        return PyBool.of(released);
    }

    boolean isReleased() {
        return released;
    }
}
