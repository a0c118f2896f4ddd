package org.sanca.runtime.modules.posix;

import java.nio.charset.StandardCharsets;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
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
 * @param object the argument as given (the file name errors report)
 * @param text   the path as text, or null for a descriptor
 * @param bytes  whether the caller gave bytes, so results are bytes too
 * @param fd     the descriptor, or -1
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
            return new PathArg(o, null, false, i.value);
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
        return new PathArg(o, s, p instanceof PyBytes, -1);
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

    /** The path resolved against the working directory. */
    Path path() {
        return resolve(text, object);
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
