package org.sanca.runtime.modules._io;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.codecs.Codecs;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * A text stream over a byte stream, as CPython's {@code _io.TextIOWrapper}
 * ({@code Modules/_io/textio.c}), for the standard streams: text is encoded as it is written
 * (so an unencodable character raises at the {@code write} that brings it, as in CPython), kept
 * and flushed when the buffer fills, at a newline when line-buffered, or on every write when
 * write-through ({@code -u}). The encoding and error handler are UTF-8 with "strict" (stdin and
 * stdout) or "backslashreplace" (stderr) unless {@code PYTHONIOENCODING} says otherwise.
 */
public final class PyTextIO extends PyObject {
    public static final PyType TYPE = PyType.builtin("TextIOWrapper", PyTextIO.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = s -> PyStr.of("<_io.TextIOWrapper name='" + ((PyTextIO) s).name + "' mode='" + ((PyTextIO) s).mode
                + "' encoding='" + ((PyTextIO) s).encodingName() + "'>");
        t.tp_iter = s -> s;
        t.tp_iternext = s -> {
            PyStr line = ((PyTextIO) s).readline(PyInt.of(-1));
            return line.value().isEmpty() ? null : line;
        };
    });

    private static final int BUFFER_SIZE = IoModule.DEFAULT_BUFFER_SIZE;

    private final String name;
    private final String mode;
    private final int fileno;
    private final PrintStream out;
    private final InputStream in;
    private boolean lineBuffering;
    private boolean writeThrough;
    private String encoding;
    /** The encoding as {@code reconfigure} was given it, which the attribute shows; null until then. */
    private String encodingGiven;
    private String errors;
    /** What a written newline becomes ({@code newline="\r"} or {@code "\r\n"}), or null to keep it. */
    private String newlineOut;
    private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
    private boolean closed;
    private PyStdBuffer buffer;

    private PyTextIO(String name, String mode, int fileno, PrintStream out, InputStream in, String encoding,
                     String errors, boolean lineBuffering, boolean writeThrough) {
        this.name = name;
        this.encoding = encoding;
        this.errors = errors;
        this.mode = mode;
        this.fileno = fileno;
        this.out = out;
        this.in = in;
        this.lineBuffering = lineBuffering;
        this.writeThrough = writeThrough;
    }

    /**
     * A writable text stream over {@code out}; {@code encoding} is a canonical name of
     * {@link Codecs#normalize}.
     */
    public static PyTextIO writer(String name, int fileno, PrintStream out, String encoding, String errors,
                                  boolean lineBuffering, boolean writeThrough) {
        return new PyTextIO(name, "w", fileno, out, null, encoding, errors, lineBuffering, writeThrough);
    }

    /** A readable text stream over {@code in}. */
    public static PyTextIO reader(String name, int fileno, InputStream in, String encoding, String errors) {
        return new PyTextIO(name, "r", fileno, null, in, encoding, errors, false, false);
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
            throw IoModule.unsupported("not writable");
        }
        String written = newlineOut == null ? s.value() : s.value().replace("\n", newlineOut);
        byte[] bytes = Codecs.encode(written, encoding, errors);
        pending.write(bytes, 0, bytes.length);
        if (writeThrough || pending.size() >= BUFFER_SIZE || lineBuffering && s.value().indexOf('\n') >= 0) {
            flushPending();
        }
        return PyInt.of(s.length());
    }

    /** {@code writelines(lines)}: writes each item of the iterable, adding no line endings. */
    @PyMethod("($self, lines, /)")
    public void writelines(PyObject lines) {
        checkOpen();
        PyObject it = Abstract.getIter(lines);
        for (PyObject line = Abstract.next(it); line != null; line = Abstract.next(it)) {
            write(line);
        }
    }

    /**
     * {@code readlines(hint=-1)}: the remaining lines, stopping once the lines read hold
     * {@code hint} characters or more when {@code hint} is positive.
     */
    @PyMethod("($self, hint=-1, /)")
    public PyObject readlines(PyObject hint) {
        long limit = hint == PyNone.NONE ? -1 : Abstract.index(hint).longValue();
        PyList lines = new PyList();
        long total = 0;
        for (PyStr line = readline(PyInt.of(-1)); !line.value().isEmpty(); line = readline(PyInt.of(-1))) {
            lines.append(line);
            total += line.length();
            if (limit > 0 && total >= limit) {
                break;
            }
        }
        return lines;
    }

    @PyMethod("($self, /)")
    public PyObject __enter__() {
        checkOpen();
        return this;
    }

    @PyMethod("($self, *args, /)")
    public PyObject __exit__(PyTuple args) {
        close();
        return PyNone.NONE;
    }

    /**
     * {@code reconfigure(*, encoding, errors, newline, line_buffering, write_through)}: flushes,
     * then changes what is given. A new encoding without an error handler resets it to strict.
     */
    @PyMethod("($self, /, *, encoding=None, errors=None, newline=<unrepresentable>, line_buffering=None, write_through=None)")
    public synchronized void reconfigure(PyObject encoding, PyObject errors, PyObject newline, PyObject lineBuffering,
                                         PyObject writeThrough) {
        String enc = optionalText(encoding, "encoding");
        String err = optionalText(errors, "errors");
        String nl = newline == null ? null : optionalText(newline, "newline");
        if (nl != null && !nl.isEmpty() && !nl.equals("\n") && !nl.equals("\r") && !nl.equals("\r\n")) {
            throw PyErr.valueError("illegal newline value: %s", nl);
        }
        boolean lb = lineBuffering == PyNone.NONE ? this.lineBuffering : Abstract.index(lineBuffering).bigValue().signum() != 0;
        boolean wt = writeThrough == PyNone.NONE ? this.writeThrough : Abstract.index(writeThrough).bigValue().signum() != 0;
        String canonical = enc == null ? null : Codecs.normalize(enc);
        flushPending();
        if (canonical != null) {
            this.encoding = canonical;
            this.encodingGiven = enc;
            this.errors = err == null ? "strict" : err;
        } else if (err != null) {
            this.errors = err;
        }
        if (newline != null) {
            newlineOut = nl == null || nl.isEmpty() || nl.equals("\n") ? null : nl;
        }
        this.lineBuffering = lb;
        this.writeThrough = wt;
    }

    private static String optionalText(PyObject o, String name) {
        if (o == PyNone.NONE) {
            return null;
        }
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("reconfigure() argument '%s' must be str or None, not %s", name, PyErr.typeName(o));
        }
        return s.value();
    }

    /** The standard streams are not seekable: pipes and terminals. */
    @PyMethod("($self, cookie, whence=0, /)")
    public PyObject seek(PyObject cookie, PyObject whence) {
        checkOpen();
        throw IoModule.unsupported("underlying stream is not seekable");
    }

    @PyMethod("($self, /)")
    public PyObject tell() {
        checkOpen();
        throw IoModule.unsupported("underlying stream is not seekable");
    }

    @PyMethod("($self, pos=None, /)")
    public synchronized PyObject truncate(PyObject pos) {
        checkOpen();
        flushPending();
        throw IoModule.illegalSeek();
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
        if (pending.size() > 0) {
            out.write(pending.toByteArray(), 0, pending.size());
            pending.reset();
        }
        out.flush();
    }

    @PyMethod("($self, size=-1, /)")
    public synchronized PyStr readline(PyObject size) {
        checkOpen();
        if (in == null) {
            throw IoModule.unsupported("not readable");
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
        return decoded(line.toByteArray());
    }

    @PyMethod("($self, size=-1, /)")
    public synchronized PyStr read(PyObject size) {
        checkOpen();
        if (in == null) {
            throw IoModule.unsupported("not readable");
        }
        long limit = size instanceof PyInt i ? i.value : -1;
        try {
            if (limit < 0) {
                return decoded(in.readAllBytes());
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
            throw IoModule.unsupported("not writable");
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
            throw IoModule.unsupported("not readable");
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

    private PyStr decoded(byte[] b) {
        return Codecs.decode(b, 0, b.length, PyStr.of(encoding), PyStr.of(errors));
    }

    /** The name {@code codecs.lookup} gives the encoding, which CPython's stream reports. */
    private String encodingName() {
        if (encodingGiven != null) {
            return encodingGiven;
        }
        return encoding.equals("latin-1") ? "iso8859-1" : encoding;
    }

    @PyGetter
    public PyObject encoding() {
        return PyStr.of(encodingName());
    }

    @PyGetter
    public PyObject errors() {
        return PyStr.of(errors);
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
