package org.sanca.runtime.modules._thread;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.Ids;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code _thread.lock} ({@code lockobject} in {@code Modules/_threadmodule.c}): a lock any thread
 * may release, not only the one that acquired it, so a binary semaphore.
 */
public final class PyLock extends PyObject {
    public static final PyType TYPE = PyType.builtin("_thread.lock", PyLock.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = o -> PyStr.of("<" + (((PyLock) o).isLocked() ? "locked" : "unlocked") + " _thread.lock object at "
                + Ids.hex(o) + ">");
    });

    static {
        TYPE.setQualname("lock");
    }

    private final Semaphore permit = new Semaphore(1);

    @Override
    public PyType type() {
        return TYPE;
    }

    boolean isLocked() {
        return permit.availablePermits() == 0;
    }

    /** Acquires, waiting {@code nanos} (-1 for ever); true when acquired. */
    boolean acquire(long nanos) {
        try {
            if (nanos < 0) {
                permit.acquire();
                return true;
            }
            return nanos == 0 ? permit.tryAcquire() : permit.tryAcquire(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw Timeouts.interrupted();
        }
    }

    @PyMethod("($self, /, blocking=True, timeout=-1)")
    public PyObject acquire(PyObject blocking, PyObject timeout) {
        return PyBool.of(acquire(Timeouts.nanos(blocking, timeout)));
    }

    @PyMethod("($self, /, blocking=True, timeout=-1)")
    public PyObject acquire_lock(PyObject blocking, PyObject timeout) {
        return acquire(blocking, timeout);
    }

    @PyMethod("($self, /, blocking=True, timeout=-1)")
    public PyObject __enter__(PyObject blocking, PyObject timeout) {
        return acquire(blocking, timeout);
    }

    @PyMethod("($self, /)")
    public synchronized void release() {
        if (!isLocked()) {
            throw PyErr.format(PyExc.RuntimeError, "release unlocked lock");
        }
        permit.release();
    }

    @PyMethod("($self, /)")
    public void release_lock() {
        release();
    }

    @PyMethod("($self, *args, /)")
    public PyObject __exit__(PyTuple args) {
        release();
        return PyNone.NONE;
    }

    @PyMethod("($self, /)")
    public boolean locked() {
        return isLocked();
    }

    @PyMethod("($self, /)")
    public boolean locked_lock() {
        return isLocked();
    }

    @PyMethod("($self, /)")
    public void _at_fork_reinit() {
        permit.drainPermits();
        permit.release();
    }
}
