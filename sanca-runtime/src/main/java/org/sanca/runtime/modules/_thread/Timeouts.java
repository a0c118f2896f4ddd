package org.sanca.runtime.modules._thread;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.FloatSlots;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyObject;

/**
 * The {@code (blocking=True, timeout=-1)} arguments of the lock acquires ({@code lock_acquire_parse_args}
 * in {@code Modules/_threadmodule.c}), as nanoseconds to wait: -1 forever, 0 not at all.
 */
final class Timeouts {
    /** {@code _thread.TIMEOUT_MAX} in seconds. */
    static final double TIMEOUT_MAX = 9223372036.0;

    private Timeouts() {
    }

    static long nanos(PyObject blocking, PyObject timeout) {
        boolean block = Abstract.isTrue(blocking);
        double t = FloatSlots.asDouble(timeout);
        if (!block && t != -1) {
            throw PyErr.valueError("can't specify a timeout for a non-blocking call");
        }
        if (t < 0 && t != -1) {
            throw PyErr.valueError("timeout value must be positive");
        }
        if (!block) {
            return 0;
        }
        if (t == -1) {
            return -1;
        }
        if (t > TIMEOUT_MAX) {
            throw PyErr.format(PyExc.OverflowError, "timeout value is too large");
        }
        return (long) (t * 1e9);
    }

    /** A wait cut short by {@link Thread#interrupt()}: KeyboardInterrupt, as a signal would give. */
    static RuntimeException interrupted() {
        Thread.currentThread().interrupt();
        return PyErr.format(PyExc.KeyboardInterrupt, "");
    }
}
