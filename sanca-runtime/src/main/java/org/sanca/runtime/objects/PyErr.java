package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/**
 * Raising exceptions from Java: CPython's {@code Python/errors.c}. Each method returns the
 * {@link PyException} to throw, so call sites read {@code throw PyErr.format(...)}.
 */
public final class PyErr {
    private PyErr() {
    }

    /**
     * {@code PyErr_Format}: an exception of {@code type} whose single argument is the message.
     * The format is Java's ({@code %s}, {@code %d}, {@code %.100s}), which covers what CPython's
     * messages use.
     */
    public static PyException format(PyType type, String format, Object... args) {
        String msg = args.length == 0 ? format : String.format(format, args);
        return newException(type, PyStr.of(msg)).toJava();
    }

    /** An exception instance of builtin exception type {@code type} with {@code args}. */
    public static PyBaseException newException(PyType type, PyObject... args) {
        return new PyBaseException(type, PyTuple.of(args));
    }

    /** {@code TypeError} with a message. */
    public static PyException typeError(String format, Object... args) {
        return format(PyExc.TypeError, format, args);
    }

    /** {@code ValueError} with a message. */
    public static PyException valueError(String format, Object... args) {
        return format(PyExc.ValueError, format, args);
    }

    /** The name CPython shows for an object's type in messages: {@code Py_TYPE(o)->tp_name}. */
    public static String typeName(PyObject o) {
        return o.type().getName();
    }
}
