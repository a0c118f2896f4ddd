package org.sanca.runtime.modules.posix;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.Special;

/**
 * A path argument of a {@code posix} function, as CPython's {@code path_converter}
 * ({@code Modules/posixmodule.c}): a str, bytes or {@code os.PathLike} (or, where the function
 * allows it, an open descriptor), resolved against the interpreter's working directory.
 *
 * @param object what errors report as the file name: the argument, or what its
 *               {@code __fspath__} gave
 * @param text   the path as text, or null for a descriptor
 * @param bytes  whether the caller gave bytes, so results are bytes too
 * @param fd     the descriptor (when {@code text} is null)
 */
record PathArg(PyObject object, String text, boolean bytes, long fd) {
    private static final PyStr FSPATH = PyStr.of("__fspath__");

    /** Converts {@code o}, an argument of {@code func} named {@code arg}. */
    static PathArg of(PyObject o, String func, String arg, boolean allowFd) {
        return of(o, func, arg, allowFd, false);
    }

    /** As {@link #of(PyObject, String, String, boolean)} for a path that may also be None ({@code listdir}). */
    static PathArg of(PyObject o, String func, String arg, boolean allowFd, boolean allowNone) {
        if (allowFd && o instanceof PyInt i && !(o instanceof org.sanca.runtime.objects.PyBool)) {
            return descriptor(i, allowNone);
        }
        PyObject p = o instanceof PyStr || o instanceof PyBytes ? o : fspathOrNull(o);
        if (p == null) {
            String kinds = allowNone ? "string, bytes, os.PathLike, integer or None"
                    : allowFd ? "string, bytes, os.PathLike or integer" : "string, bytes or os.PathLike";
            throw PyErr.typeError("%s: %s should be %s, not %s", func, arg, kinds, PyErr.typeName(o));
        }
        String s = p instanceof PyStr str ? str.value() : new String(((PyBytes) p).value(), StandardCharsets.UTF_8);
        if (s.indexOf('\0') >= 0) {
            throw PyErr.valueError("%s: embedded null character in %s", func, arg);
        }
        return new PathArg(p, s, p instanceof PyBytes, -1);
    }

    /**
     * An fd argument. -1 is C's "no descriptor" and leaves no path at all: where the path may be
     * None it means the working directory, as None does.
     */
    private static PathArg descriptor(PyInt i, boolean allowNone) {
        boolean negative = i.big != null ? i.big.signum() < 0 : i.value < 0;
        if (i.big != null || i.value > Integer.MAX_VALUE || i.value < Integer.MIN_VALUE) {
            throw PyErr.format(PyExc.OverflowError, negative ? "fd is less than minimum" : "fd is greater than maximum");
        }
        if (i.value == -1 && allowNone) {
            return new PathArg(PyStr.of("."), ".", false, -1);
        }
        return new PathArg(i, null, false, i.value);
    }

    static PathArg of(PyObject o, String func) {
        return of(o, func, "path", false);
    }

    /** {@code os.fspath(o)} without the error: null when {@code o} is no path. */
    static PyObject fspathOrNull(PyObject o) {
        if (o instanceof PyStr || o instanceof PyBytes) {
            return o;
        }
        PyObject f = Special.find(o, FSPATH);
        if (f == null || f == PyNone.NONE) {
            return null;
        }
        PyObject r = Special.callFound(f, o, new PyObject[0], null);
        if (!(r instanceof PyStr) && !(r instanceof PyBytes)) {
            throw PyErr.typeError("expected %s.__fspath__() to return str or bytes, not %s", PyErr.typeName(o),
                    PyErr.typeName(r));
        }
        return r;
    }

    /**
     * The path resolved against the working directory, or the file an fd argument is open on
     * (EBADF, naming no file, when it is not open).
     */
    Path path() {
        return isFd() ? fdPath(null) : resolve(text, object);
    }

    /** As {@link #path()}, but an error about an fd names it (CPython's {@code path_error}: chmod, chown, stat). */
    Path pathNamingFd() {
        return isFd() ? fdPath(object) : resolve(text, object);
    }

    /** Whether the argument was an open descriptor rather than a path. */
    boolean isFd() {
        return text == null;
    }

    /** The file name an error reports: none for an fd (the functions that use a copy of it, or an f* call). */
    PyObject reported() {
        return isFd() ? null : object;
    }

    /**
     * The file the fd argument is open on; EBADF about {@code filename} when it is not open, and
     * ENOTDIR (what listing one gives) for a pipe or terminal, which have no path here.
     */
    Path fdPath(PyObject filename) {
        if (fd == -1) {
            throw Errno.error(Errno.EFAULT, object);
        }
        Path p = PosixState.current().get(fd, filename).path;
        if (p == null) {
            throw Errno.error(Errno.ENOTDIR, filename);
        }
        return p;
    }

    static Path resolve(String text, PyObject object) {
        if (text.isEmpty()) {
            throw Errno.error(Errno.ENOENT, object);
        }
        try {
            return InterpreterState.current().cwd().resolve(text);
        } catch (InvalidPathException e) {
            throw Errno.error(Errno.EINVAL, object);
        }
    }

    /** A name or path as the caller's kind: str, or bytes when the argument was bytes. */
    PyObject result(String s) {
        return bytes ? new PyBytes(s.getBytes(StandardCharsets.UTF_8)) : PyStr.of(s);
    }
}
