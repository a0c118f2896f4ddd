package org.sanca.runtime.modules._io;

import java.io.IOException;

import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The binary layer under a standard stream ({@code sys.stdout.buffer}), as CPython's
 * {@code _io.BufferedWriter}/{@code BufferedReader} over fds 0-2 ({@code Modules/_io/bufferedio.c}):
 * bytes go straight to the stream, ahead of text the text layer has not flushed yet.
 */
public final class PyStdBuffer extends PyObject {
    public static final PyType WRITER = type("BufferedWriter");
    public static final PyType READER = type("BufferedReader");

    private static PyType type(String name) {
        PyType t = PyType.builtin("_io." + name, PyStdBuffer.class, PyType.OBJECT, 0, s -> {
            s.tp_repr = o -> PyStr.of("<_io." + name + " name='" + ((PyStdBuffer) o).text.streamName() + "'>");
        });
        t.setQualname(name);
        return t;
    }

    private final PyTextIO text;

    PyStdBuffer(PyTextIO text) {
        this.text = text;
    }

    @Override
    public PyType type() {
        return text.isWriter() ? WRITER : READER;
    }

    @PyMethod("($self, buffer, /)")
    public PyObject write(PyObject data) {
        byte[] b = PyBytes.bufferOrNull(data);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", PyErr.typeName(data));
        }
        if (!text.isWriter()) {
            throw IoModule.unsupported("write");
        }
        text.writeBytes(b);
        return PyInt.of(b.length);
    }

    @PyMethod("($self, size=-1, /)")
    public PyObject read(PyObject size) {
        checkReadable();
        long n = size instanceof PyInt i ? i.value : -1;
        try {
            return new PyBytes(text.readBytes(n, false));
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
        }
    }

    @PyMethod("($self, size=-1, /)")
    public PyObject readline(PyObject size) {
        checkReadable();
        long n = size instanceof PyInt i ? i.value : -1;
        try {
            return new PyBytes(text.readBytes(n, true));
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
        }
    }

    /** A buffered writer has no reading methods of its own: its base class's raise. */
    private void checkReadable() {
        if (text.isWriter()) {
            throw IoModule.unsupported("read");
        }
    }

    @PyMethod("($self, target, whence=0, /)")
    public PyObject seek(PyObject target, PyObject whence) {
        throw IoModule.illegalSeek();
    }

    @PyMethod("($self, /)")
    public PyObject tell() {
        throw IoModule.illegalSeek();
    }

    @PyMethod("($self, /)")
    public void flush() {
        text.flush();
    }

    @PyMethod("($self, /)")
    public PyObject fileno() {
        return text.fileno();
    }

    @PyMethod("($self, /)")
    public PyObject isatty() {
        return text.isatty();
    }

    @PyMethod("($self, /)")
    public PyObject readable() {
        return text.readable();
    }

    @PyMethod("($self, /)")
    public PyObject writable() {
        return text.writable();
    }

    @PyMethod("($self, /)")
    public PyObject seekable() {
        return PyBool.FALSE;
    }

    @PyGetter
    public PyObject closed() {
        return text.closed();
    }

    @PyGetter
    public PyObject name() {
        return text.name();
    }

    @PyGetter
    public PyObject mode() {
        return PyStr.of(text.isWriter() ? "wb" : "rb");
    }
}
