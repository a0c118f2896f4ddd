package org.sanca.runtime.objects;

import org.sanca.runtime.interp.InterpreterState;

/**
 * Warnings the runtime's Java code issues ({@code PyErr_WarnEx}): through the {@code warnings}
 * module, attributed to the Python code that called the operation.
 */
public final class Warnings {
    private Warnings() {
    }

    /** The warning for a conversion method that returned an instance of a strict subclass of int. */
    static String strictSubclass(String method, PyObject result) {
        return method + " returned non-int (type " + PyErr.typeName(result) + ").  The ability to return an instance of a "
                + "strict subclass of int is deprecated, and may be removed in a future version of Python.";
    }

    /** Issues a DeprecationWarning with {@code message}. */
    public static void deprecated(String message) {
        PyObject warnings = InterpreterState.current().importer().importModule("warnings");
        Abstract.callMethod(warnings, "warn", PyStr.of(message), PyExc.DeprecationWarning, PyInt.of(1));
    }
}
