package org.sanca.runtime.objects;

/**
 * A Python exception travelling through Java code. It carries the Python exception object and
 * captures no Java stack trace: the Python traceback is built from Python frames as the
 * exception passes through them ({@code Python/errors.c} is where CPython keeps the same state).
 */
public final class PyException extends RuntimeException {
    private final PyBaseException value;

    public PyException(PyBaseException value) {
        super(null, null, false, false);
        this.value = value;
    }

    /** The Python exception object. */
    public PyBaseException value() {
        return value;
    }

    /** True when the Python exception is an instance of {@code type} (by the MRO). */
    public boolean matches(org.sanca.runtime.types.PyType type) {
        return value.type().isSubtype(type);
    }

    @Override
    public String getMessage() {
        return value.type().getName() + ": " + value.args();
    }
}
