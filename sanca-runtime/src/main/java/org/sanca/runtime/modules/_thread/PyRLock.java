package org.sanca.runtime.modules._thread;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.Ids;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code _thread.RLock} ({@code rlockobject} in {@code Modules/_threadmodule.c}): a lock its
 * owner may acquire again, released by the owner as many times; {@code _release_save} and
 * {@code _acquire_restore} let {@code threading.Condition} wait with it.
 */
public final class PyRLock extends PyObject {
    public static final PyType TYPE = PyType.builtin("_thread.RLock", PyRLock.class, PyType.OBJECT, PyType.BASETYPE,
            t -> {
                t.tp_new = (type, args, kw) -> new PyRLock();
                t.tp_repr = o -> PyStr.of(((PyRLock) o).repr());
            });

    static {
        TYPE.setQualname("RLock");
    }

    private final ReentrantLock lock = new ReentrantLock();

    @Override
    public PyType type() {
        return TYPE;
    }

    private String repr() {
        Thread owner = ownerThread();
        return "<" + (lock.isLocked() ? "locked" : "unlocked") + " _thread.RLock object owner="
                + (owner == null ? 0 : owner.threadId()) + " count=" + (owner == null ? 0 : holdCount(owner)) + " at "
                + Ids.hex(this) + ">";
    }

    private Thread ownerThread() {
        return lock.isHeldByCurrentThread() ? Thread.currentThread() : null;
    }

    private int holdCount(Thread owner) {
        return owner == Thread.currentThread() ? lock.getHoldCount() : 0;
    }

    private boolean acquire(long nanos) {
        try {
            if (nanos < 0) {
                lock.lockInterruptibly();
                return true;
            }
            return nanos == 0 ? lock.tryLock() : lock.tryLock(nanos, TimeUnit.NANOSECONDS);
        } catch (InterruptedException e) {
            throw Timeouts.interrupted();
        }
    }

    @PyMethod("($self, /, blocking=True, timeout=-1)")
    public PyObject acquire(PyObject blocking, PyObject timeout) {
        return PyBool.of(acquire(Timeouts.nanos(blocking, timeout)));
    }

    @PyMethod("($self, /, blocking=True, timeout=-1)")
    public PyObject __enter__(PyObject blocking, PyObject timeout) {
        return acquire(blocking, timeout);
    }

    @PyMethod("($self, /)")
    public void release() {
        if (!lock.isHeldByCurrentThread()) {
            throw PyErr.format(PyExc.RuntimeError, "cannot release un-acquired lock");
        }
        lock.unlock();
    }

    @PyMethod("($self, *args, /)")
    public PyObject __exit__(PyTuple args) {
        release();
        return PyNone.NONE;
    }

    @PyMethod("($self, /)")
    public boolean _is_owned() {
        return lock.isHeldByCurrentThread();
    }

    @PyMethod("($self, /)")
    public PyObject _recursion_count() {
        return PyInt.of(lock.isHeldByCurrentThread() ? lock.getHoldCount() : 0);
    }

    /** Releases every level the owner holds; returns the state {@link #_acquire_restore} takes back. */
    @PyMethod("($self, /)")
    public PyObject _release_save() {
        if (!lock.isHeldByCurrentThread()) {
            throw PyErr.format(PyExc.RuntimeError, "cannot release un-acquired lock");
        }
        int count = lock.getHoldCount();
        for (int i = 0; i < count; i++) {
            lock.unlock();
        }
        return PyTuple.of(PyInt.of(count), PyInt.of(Thread.currentThread().threadId()));
    }

    @PyMethod("($self, state, /)")
    public void _acquire_restore(PyObject state) {
        long count = Abstract.indexValue(Abstract.getItem(state, PyInt.of(0)));
        for (long i = 0; i < count; i++) {
            acquire(-1);
        }
    }

    @PyMethod("($self, /)")
    public void _at_fork_reinit() {
        while (lock.isHeldByCurrentThread()) {
            lock.unlock();
        }
    }
}
