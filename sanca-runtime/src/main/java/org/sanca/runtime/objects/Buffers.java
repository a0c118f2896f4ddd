package org.sanca.runtime.objects;

/**
 * Reading and writing bytes-like objects from Java modules: the parts of CPython's buffer
 * protocol ({@code PyObject_GetBuffer} with {@code PyBUF_SIMPLE} or {@code PyBUF_WRITABLE})
 * that struct, binascii, hashlib and friends use.
 */
public final class Buffers {
    private Buffers() {
    }

    /**
     * The bytes of a bytes-like object (a copy unless it is bytes), or null when {@code o} is not
     * one; BufferError for a memoryview that is not C-contiguous, which a simple buffer request
     * refuses.
     */
    public static byte[] readOrNull(PyObject o) {
        return o instanceof PyMemoryView m ? contiguous(m).toArray() : PyBytes.bufferOrNull(o);
    }

    /** The bytes of a bytes-like argument as {@link #readOrNull}, or TypeError "a bytes-like object is required, not 'X'". */
    public static byte[] read(PyObject o) {
        return o instanceof PyMemoryView m ? contiguous(m).toArray() : PyBytes.buffer(o);
    }

    /** The item size of a memoryview {@code o}, or 0 when {@code o} is not one. */
    public static int itemsize(PyObject o) {
        return o instanceof PyMemoryView m ? m.itemsize : 0;
    }

    private static PyMemoryView contiguous(PyMemoryView m) {
        m.checkReleased();
        if (!m.isCContiguous()) {
            throw PyErr.format(PyExc.BufferError, "memoryview: underlying buffer is not C-contiguous");
        }
        return m;
    }

    /** The length in bytes of a writable buffer, or -1 when {@code o} is not one. */
    public static int writableLength(PyObject o) {
        if (o instanceof BufferExporter e) {
            return e.exportLength();
        }
        if (o instanceof PyMemoryView m && !m.isReleased() && !m.readonly && m.isCContiguous()) {
            return m.nbytes();
        }
        return -1;
    }

    /** Writes {@code src} into writable buffer {@code o} from byte {@code pos} on (the caller checked the length). */
    public static void write(PyObject o, int pos, byte[] src) {
        if (o instanceof BufferExporter e) {
            e.importBytes(pos, src);
        } else {
            PyMemoryView m = (PyMemoryView) o;
            ((BufferExporter) m.base).importBytes(m.offset + pos, src);
        }
    }

    /** {@code bf_getbuffer} for buffer types outside this package: a new memoryview, as {@code __buffer__(flags)} gives. */
    public static PyObject getBuffer(PyObject self, PyObject flags) {
        return MemoryViewSlots.getBuffer(self, flags);
    }

    /** {@code bf_releasebuffer} for buffer types outside this package: {@code __release_buffer__(view)}. */
    public static PyObject releaseBuffer(PyObject self, PyObject view) {
        return MemoryViewSlots.releaseBuffer(self, view);
    }
}
