package org.sanca.runtime.objects;

/**
 * Reading and writing bytes-like objects from Java modules: the parts of CPython's buffer
 * protocol ({@code PyObject_GetBuffer} with {@code PyBUF_SIMPLE} or {@code PyBUF_WRITABLE})
 * that struct, binascii, hashlib and friends use.
 */
public final class Buffers {
    private Buffers() {
    }

    /** The bytes of a bytes-like object (a copy unless it is bytes), or null when {@code o} is not one. */
    public static byte[] readOrNull(PyObject o) {
        return PyBytes.bufferOrNull(o);
    }

    /** The bytes of a bytes-like argument, or TypeError "a bytes-like object is required, not 'X'". */
    public static byte[] read(PyObject o) {
        return PyBytes.buffer(o);
    }

    /** The length in bytes of a writable buffer, or -1 when {@code o} is not one. */
    public static int writableLength(PyObject o) {
        if (o instanceof PyByteArray a) {
            return a.size();
        }
        if (o instanceof BufferExporter e) {
            return e.exportLength();
        }
        if (o instanceof PyMemoryView m && !m.isReleased() && m.step == m.itemsize
                && (m.obj instanceof PyByteArray || m.obj instanceof BufferExporter)) {
            return m.length * m.itemsize;
        }
        return -1;
    }

    /** Writes {@code src} into writable buffer {@code o} from byte {@code pos} on (the caller checked the length). */
    public static void write(PyObject o, int pos, byte[] src) {
        if (o instanceof PyByteArray a) {
            a.replaceRange(pos, pos + src.length, src);
        } else if (o instanceof BufferExporter e) {
            e.importBytes(pos, src);
        } else {
            PyMemoryView m = (PyMemoryView) o;
            write(m.obj, m.offset + pos, src);
        }
    }
}
