package org.sanca.runtime.modules._io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * A text stream over a byte stream, as CPython's {@code _io.TextIOWrapper}
 * ({@code Modules/_io/textio.c}) with UTF-8, for the standard streams: writes are buffered and
 * flushed when the buffer fills, at a newline when line-buffered, or on every write when
 * write-through ({@code -u}).
 */
public final class PyTextIO extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyTextIO.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = s -> PyStr.of("<_io.TextIOWrapper name='" + ((PyTextIO) s).name + "' mode='" + ((PyTextIO) s).mode
                + "' encoding='utf-8'>");
        t.tp_iter = s -> s;
        t.tp_iternext = s -> {
            PyStr line = ((PyTextIO) s).readline(PyInt.of(-1));
            return line.value().isEmpty() ? null : line;
        };
    });

    private static final int BUFFER_SIZE = 8192;

    private final String name;
    private final String mode;
    private final int fileno;
    private final PrintStream out;
    private final InputStream in;
    private final boolean lineBuffering;
    private final boolean writeThrough;
    private final StringBuilder pending = new StringBuilder();
    private boolean closed;
    private PyStdBuffer buffer;

    private PyTextIO(String name, String mode, int fileno, PrintStream out, InputStream in, boolean lineBuffering,
                     boolean writeThrough) {
        this.name = name;
        this.mode = mode;
        this.fileno = fileno;
        this.out = out;
        this.in = in;
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
    }

    /** A writable text stream over {@code out}. */
    public static PyTextIO writer(String name, int fileno, PrintStream out, boolean lineBuffering, boolean writeThrough) {
        return new PyTextIO(name, "w", fileno, out, null, lineBuffering, writeThrough);
    }

    /** A readable text stream over {@code in}. */
    public static PyTextIO reader(String name, int fileno, InputStream in) {
        return new PyTextIO(name, "r", fileno, null, in, false, false);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void checkOpen() {
        if (closed) {
            throw PyErr.valueError("I/O operation on closed file.");
        }
    }

    @PyMethod("($self, text, /)")
    public synchronized PyObject write(PyObject text) {
        checkOpen();
        if (!(text instanceof PyStr s)) {
            throw PyErr.typeError("write() argument must be str, not %s", PyErr.typeName(text));
        }
        if (out == null) {
            throw PyErr.format(PyExc.OSError, "not writable");
        }
        String v = encodable(s);
        pending.append(v);
        if (writeThrough || pending.length() >= BUFFER_SIZE || lineBuffering && v.indexOf('\n') >= 0) {
            flushPending();
        }
        return PyInt.of(s.length());
    }

    /**
     * The text with lone surrogates handled as the stream's error handler says: an error for
     * "strict" (stdout), a {@code \\uXXXX} escape for "backslashreplace" (stderr).
     */
    private String encodable(PyStr s) {
        String v = s.value();
        StringBuilder b = null;
        int cp = 0;
        for (int i = 0; i < v.length(); i += Character.charCount(cp)) {
            cp = v.codePointAt(i);
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                if (fileno != 2) {
                    int pos = v.codePointCount(0, i);
                    PyObject e = Abstract.call(PyExc.UnicodeEncodeError, PyStr.of("utf-8"), s, PyInt.of(pos),
                            PyInt.of(pos + 1), PyStr.of("surrogates not allowed"));
                    throw ((PyBaseException) e).toJava();
                }
                if (b == null) {
                    b = new StringBuilder(v.substring(0, i));
                }
                b.append(String.format("\\u%04x", cp));
            } else if (b != null) {
                b.appendCodePoint(cp);
            }
        }
        return b == null ? v : b.toString();
    }

    @PyMethod("($self, /)")
    public synchronized void flush() {
        checkOpen();
        flushPending();
    }

    private void flushPending() {
        if (out == null) {
            return;
        }
        if (pending.length() > 0) {
            byte[] bytes = pending.toString().getBytes(StandardCharsets.UTF_8);
            pending.setLength(0);
            out.write(bytes, 0, bytes.length);
        }
        out.flush();
    }

    @PyMethod("($self, size=-1, /)")
    public synchronized PyStr readline(PyObject size) {
        checkOpen();
        if (in == null) {
            throw PyErr.format(PyExc.OSError, "not readable");
        }
        long limit = size instanceof PyInt i ? i.value : -1;
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        try {
            int chars = 0;
            while (limit < 0 || chars < limit) {
                int b = in.read();
                if (b < 0) {
                    break;
                }
                line.write(b);
                if ((b & 0xC0) != 0x80) {
                    chars++;
                }
                if (b == '\n') {
                    break;
                }
            }
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
        }
        return PyStr.of(line.toString(StandardCharsets.UTF_8));
    }

    @PyMethod("($self, size=-1, /)")
    public synchronized PyStr read(PyObject size) {
        checkOpen();
        if (in == null) {
            throw PyErr.format(PyExc.OSError, "not readable");
        }
        long limit = size instanceof PyInt i ? i.value : -1;
        try {
            if (limit < 0) {
                return PyStr.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
            StringBuilder b = new StringBuilder();
            while (b.codePointCount(0, b.length()) < limit) {
                PyStr part = readline(PyInt.of(limit - b.codePointCount(0, b.length())));
                if (part.value().isEmpty()) {
                    break;
                }
                b.append(part.value());
            }
            return PyStr.of(b.toString());
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
        }
    }

    @PyMethod("($self, /)")
    public synchronized void close() {
        if (!closed) {
            flushPending();
            closed = true;
        }
    }

    @PyMethod("($self, /)")
    public PyObject fileno() {
        return PyInt.of(fileno);
    }

    @PyMethod("($self, /)")
    public PyObject isatty() {
        return PyBool.FALSE;
    }

    @PyMethod("($self, /)")
    public PyObject readable() {
        return PyBool.of(in != null);
    }

    @PyMethod("($self, /)")
    public PyObject writable() {
        return PyBool.of(out != null);
    }

    @PyMethod("($self, /)")
    public PyObject seekable() {
        return PyBool.FALSE;
    }

    /** {@code buffer}: the binary stream under this one. */
    @PyGetter
    public synchronized PyObject buffer() {
        if (buffer == null) {
            buffer = new PyStdBuffer(this);
        }
        return buffer;
    }

    boolean isWriter() {
        return out != null;
    }

    String streamName() {
        return name;
    }

    /**
     * Writes {@code b} to the byte stream: ahead of text this layer still holds, as CPython's
     * text layer keeps its pending text from a direct write to {@code buffer}.
     */
    synchronized void writeBytes(byte[] b) {
        checkOpen();
        if (out == null) {
            throw PyErr.format(PyExc.OSError, "not writable");
        }
        out.write(b, 0, b.length);
        if (writeThrough) {
            out.flush();
        }
    }

    /** Up to {@code n} bytes (all when negative), or one line of them. */
    synchronized byte[] readBytes(long n, boolean line) throws IOException {
        checkOpen();
        if (in == null) {
            throw PyErr.format(PyExc.OSError, "not readable");
        }
        if (n < 0 && !line) {
            return in.readAllBytes();
        }
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        while (n < 0 || got.size() < n) {
            int c = in.read();
            if (c < 0) {
                break;
            }
            got.write(c);
            if (line && c == '\n') {
                break;
            }
        }
        return got.toByteArray();
    }

    @PyGetter
    public PyObject closed() {
        return PyBool.of(closed);
    }

    @PyGetter
    public PyObject encoding() {
        return PyStr.of("utf-8");
    }

    @PyGetter
    public PyObject errors() {
        return PyStr.of(fileno == 2 ? "backslashreplace" : "strict");
    }

    @PyGetter
    public PyObject name() {
        return PyStr.of(name);
    }

    @PyGetter
    public PyObject mode() {
        return PyStr.of(mode);
    }

    @PyGetter
    public PyObject line_buffering() {
        return PyBool.of(lineBuffering);
    }

    @PyGetter
    public PyObject write_through() {
        return PyBool.of(writeThrough);
    }

    @PyGetter
    public PyObject newlines() {
        return PyNone.NONE;
    }
}
