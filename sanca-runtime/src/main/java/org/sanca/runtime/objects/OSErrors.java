package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PySetter;
import org.sanca.runtime.types.PyType;

/**
 * {@code OSError}'s construction, members and str ({@code Objects/exceptions.c}): the
 * subclass chosen by errno, {@code (errno, strerror, filename, winerror, filename2)} arguments
 * and the {@code [Errno N] text: 'file'} form.
 */
public final class OSErrors {
    static final String[] MEMBERS = {"errno", "strerror", "filename", "filename2"};
    private static final int ERRNO = 0;
    private static final int STRERROR = 1;
    private static final int FILENAME = 2;
    private static final int FILENAME2 = 3;
    private static final int WRITTEN = 4;

    private OSErrors() {
    }

    static void fill(PyType t) {
        t.tp_new = OSErrors::newOSError;
        t.tp_init = (self, args, kw) -> {
            ExceptionSlots.noKeywords(self, kw);
            parse((PyBaseException) self, args);
            return PyNone.NONE;
        };
        t.tp_str = self -> str((PyBaseException) self);
    }

    /** The OSError subclass CPython raises for an errno (Linux numbering), or OSError itself. */
    public static PyType typeFor(long errno) {
        return switch ((int) errno) {
            case 11, 114, 115 -> PyExc.BlockingIOError;
            case 10 -> PyExc.ChildProcessError;
            case 32, 108 -> PyExc.BrokenPipeError;
            case 103 -> PyExc.ConnectionAbortedError;
            case 111 -> PyExc.ConnectionRefusedError;
            case 104 -> PyExc.ConnectionResetError;
            case 17 -> PyExc.FileExistsError;
            case 2 -> PyExc.FileNotFoundError;
            case 21 -> PyExc.IsADirectoryError;
            case 20 -> PyExc.NotADirectoryError;
            case 4 -> PyExc.InterruptedError;
            case 1, 13 -> PyExc.PermissionError;
            case 3 -> PyExc.ProcessLookupError;
            case 110 -> PyExc.TimeoutError;
            default -> PyExc.OSError;
        };
    }

    /** The exception {@code OSError(errno, strerror[, filename])} evaluates to, for Java code raising it. */
    public static PyException of(int errno, String strerror, PyObject filename) {
        PyObject[] args = filename == null ? new PyObject[] {PyInt.of(errno), PyStr.of(strerror)}
                : new PyObject[] {PyInt.of(errno), PyStr.of(strerror), filename};
        return ((PyBaseException) newOSError(PyExc.OSError, args, null)).toJava();
    }

    private static PyObject newOSError(PyObject type, PyObject[] args, String[] kw) {
        PyType t = (PyType) type;
        PyObject[] pos = ExceptionSlots.positional(args, kw);
        if (t == PyExc.OSError && pos.length >= 2 && pos[0] instanceof PyInt n && n.big == null) {
            t = typeFor(n.value);
        }
        PyBaseException e = new PyBaseException(t, PyTuple.of(pos));
        parse(e, pos);
        return e;
    }

    private static void parse(PyBaseException e, PyObject[] args) {
        e.setArgs(PyTuple.of(args.clone()));
        if (args.length < 2 || args.length > 5) {
            return;
        }
        e.setMember(ERRNO, args[0]);
        e.setMember(STRERROR, args[1]);
        PyObject filename = args.length >= 3 ? args[2] : PyNone.NONE;
        if (filename == PyNone.NONE) {
            return;
        }
        if (e.type() == PyExc.BlockingIOError && filename.type().nb_index != null) {
            e.setMember(WRITTEN, Abstract.index(filename));
            return;
        }
        e.setMember(FILENAME, filename);
        if (args.length == 5) {
            e.setMember(FILENAME2, args[4]);
        }
        e.setArgs(PyTuple.of(args[0], args[1]));
    }

    private static PyObject str(PyBaseException e) {
        PyObject errno = e.member(ERRNO);
        PyObject strerror = e.member(STRERROR);
        PyObject filename = e.member(FILENAME);
        PyObject filename2 = e.member(FILENAME2);
        if (filename != PyNone.NONE) {
            String head = "[Errno " + Abstract.str(errno).value() + "] " + Abstract.str(strerror).value() + ": "
                    + Abstract.repr(filename).value();
            return PyStr.of(filename2 != PyNone.NONE ? head + " -> " + Abstract.repr(filename2).value() : head);
        }
        if (errno != PyNone.NONE && strerror != PyNone.NONE) {
            return PyStr.of("[Errno " + Abstract.str(errno).value() + "] " + Abstract.str(strerror).value());
        }
        return ExceptionSlots.str(e);
    }

    @PyGetter(value = "characters_written")
    static PyObject charactersWritten(PyObject self) {
        PyObject v = ((PyBaseException) self).memberOrNull(WRITTEN);
        if (v == null) {
            throw PyErr.format(PyExc.AttributeError, "characters_written");
        }
        return v;
    }

    @PySetter("characters_written")
    static void setCharactersWritten(PyObject self, PyObject v) {
        PyBaseException e = (PyBaseException) self;
        if (v == null) {
            if (e.memberOrNull(WRITTEN) == null) {
                throw PyErr.format(PyExc.AttributeError, "characters_written");
            }
            e.setMember(WRITTEN, null);
            return;
        }
        e.setMember(WRITTEN, Abstract.index(v));
    }
}
