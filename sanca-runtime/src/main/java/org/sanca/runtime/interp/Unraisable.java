package org.sanca.runtime.interp;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * Reports an exception nobody can catch (a callback run by the runtime), as CPython's
 * {@code _PyErr_WriteUnraisableMsg} in {@code Python/errors.c} does through the default
 * {@code sys.unraisablehook}: the context line, then the traceback, on {@code sys.stderr}.
 */
public final class Unraisable {
    private Unraisable() {
    }

    /** Writes "{@code prefix}repr(obj)" and {@code exc}'s traceback to {@code sys.stderr}. */
    public static void report(String prefix, PyObject obj, PyBaseException exc) {
        InterpreterState interp = InterpreterState.current();
        if (interp == null) {
            return;
        }
        String what;
        try {
            what = Abstract.repr(obj).value();
        } catch (PyException ex) {
            what = "<object repr() failed>";
        }
        PyObject err = Abstract.lookupAttr(interp.sys(), PyStr.of("stderr"));
        if (err == null || err == PyNone.NONE) {
            return;
        }
        try {
            Abstract.callMethod(err, "write", PyStr.of(prefix + what + "\n" + TracebackPrinter.format(exc, interp.cwd())));
            Abstract.callMethod(err, "flush");
        } catch (PyException ignored) {
            // as in CPython, a report that cannot be written is dropped
        }
    }
}
