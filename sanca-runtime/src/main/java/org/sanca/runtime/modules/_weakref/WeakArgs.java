package org.sanca.runtime.modules._weakref;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;

/** The {@code (object, callback=None)} arguments of {@code ref} and {@code proxy}, as {@code PyArg_UnpackTuple} reads them. */
final class WeakArgs {
    private WeakArgs() {
    }

    /** Returns {@code [object, callback]}, the callback null when absent or None. Keywords are ignored, as CPython does. */
    static PyObject[] unpack(String name, PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw PyErr.typeError("%s expected at least 1 argument, got %d", name, npos);
        }
        if (npos > 2) {
            throw PyErr.typeError("%s expected at most 2 arguments, got %d", name, npos);
        }
        PyObject cb = npos > 1 && args[1] != PyNone.NONE ? args[1] : null;
        return new PyObject[] {args[0], cb};
    }
}
