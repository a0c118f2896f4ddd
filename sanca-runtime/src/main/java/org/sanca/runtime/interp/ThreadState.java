package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;

/**
 * What one thread running Python code keeps: CPython's {@code PyThreadState}
 * ({@code Python/pystate.c}). The current frame (for tracebacks and {@code sys._getframe}), the
 * Python call depth checked against the recursion limit, and the stack of exceptions being
 * handled ({@code sys.exc_info}), where each running generator adds its own entry.
 */
public final class ThreadState {
    private static final ThreadLocal<ThreadState> CURRENT = new ThreadLocal<>();

    static {
        TypeMachineryLink.install();
    }

    public final InterpreterState interp;
    /** The innermost running Python frame, or null. */
    public PyFrame frame;
    /** How many Python frames this thread has running. */
    public int depth;
    /** {@code sys.settrace}'s function on this thread, or null. */
    public PyObject traceFunc;
    /** {@code sys.setprofile}'s function on this thread, or null. */
    public PyObject profileFunc;
    /** Whether calls go through {@link Tracing}: a function is set and none is running. */
    public boolean tracing;
    /** True while a trace or profile function runs (its own frames are not traced). */
    boolean inHook;
    /** The innermost entry of the stack of exceptions being handled. */
    public ExcInfo excInfo = new ExcInfo();

    /**
     * Set by another thread (a Ctrl-C handler) to make this one raise {@code KeyboardInterrupt};
     * the eval loop reads it at backward jumps and calls only, so the common path pays one load.
     */
    private volatile boolean interruptRequested;

    ThreadState(InterpreterState interp) {
        this.interp = interp;
    }

    /** Sets the trace ({@code profile == false}) or profile function; null or None removes it. */
    public void setHook(boolean profile, PyObject func) {
        PyObject f = func == org.sanca.runtime.objects.PyNone.NONE ? null : func;
        if (profile) {
            profileFunc = f;
        } else {
            traceFunc = f;
        }
        tracing = !inHook && (traceFunc != null || profileFunc != null);
    }

    /** The state of the running thread, or null when it runs no interpreter. */
    public static ThreadState current() {
        return CURRENT.get();
    }

    /** Makes {@code ts} the running thread's state; returns the state it replaces. */
    static ThreadState attach(ThreadState ts) {
        ThreadState old = CURRENT.get();
        CURRENT.set(ts);
        return old;
    }

    static void restore(ThreadState old) {
        if (old == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(old);
        }
    }

    public void requestInterrupt() {
        interruptRequested = true;
    }

    /** Raises the {@code KeyboardInterrupt} another thread asked for, if it did. */
    void checkInterrupt() {
        if (interruptRequested) {
            interruptRequested = false;
            throw new PyException(PyErr.newException(PyExc.KeyboardInterrupt));
        }
    }

    /** The exception being handled ({@code sys.exception()}), or null. */
    public PyBaseException handledException() {
        for (ExcInfo e = excInfo; e != null; e = e.previous) {
            if (e.value instanceof PyBaseException b) {
                return b;
            }
        }
        return null;
    }

    /** One entry of the handled-exception stack: CPython's {@code _PyErr_StackItem}. */
    public static final class ExcInfo {
        /** The exception being handled, or None. */
        public PyObject value = PyNone.NONE;
        public ExcInfo previous;
    }
}
