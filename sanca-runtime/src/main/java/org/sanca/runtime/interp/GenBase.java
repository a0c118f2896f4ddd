package org.sanca.runtime.interp;

import static org.sanca.compiler.Opcode.SEND;
import static org.sanca.compiler.Opcode.YIELD_VALUE;

import org.sanca.compiler.CodeUnit;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyType;

/**
 * What generators, coroutines and async generators share: a suspended frame resumed by
 * {@code send} and {@code throw} (CPython's {@code Objects/genobject.c}: {@code gen_send_ex2},
 * {@code _gen_throw}, {@code gen_close}). A frame that yields keeps its stack and instruction
 * index; the generator keeps its own entry of the handled-exception stack.
 */
public abstract class GenBase extends PyObject {
    PyFrame frame;
    final PyCode code;
    String name;
    String qualname;
    boolean started;
    boolean running;
    boolean finished;
    /** Whether the last {@link #sendEx} ended by the frame returning (the result is the return value). */
    boolean returned;
    private final ThreadState.ExcInfo excState = new ThreadState.ExcInfo();

    GenBase(PyFrame frame) {
        this.frame = frame;
        this.code = frame.code;
        this.name = frame.func != null ? frame.func.name() : code.unit.name;
        this.qualname = frame.func != null ? frame.func.qualname() : code.unit.qualname;
        frame.gen = this;
    }

    /** The generator, coroutine or async generator for a new frame of a generator function. */
    static GenBase create(PyFrame f) {
        int flags = f.code.flags;
        if ((flags & CodeUnit.CO_COROUTINE) != 0) {
            return new PyCoroutine(f);
        }
        if ((flags & CodeUnit.CO_ASYNC_GENERATOR) != 0) {
            return new PyAsyncGenerator(f);
        }
        return new PyGenerator(f);
    }

    /** "generator", "coroutine" or "async generator", as messages name this kind. */
    abstract String kind();

    /**
     * Resumes the frame with {@code v} sent in, or with {@code exc} raised at the suspension point.
     * Returns the yielded value, or the return value with {@link #returned} set.
     */
    PyObject sendEx(PyObject v, PyException exc) {
        return sendEx(ThreadState.current(), v, exc);
    }

    /** {@link #sendEx(PyObject, PyException)} on thread state {@code ts}, the running thread's. */
    PyObject sendEx(ThreadState ts, PyObject v, PyException exc) {
        if (running) {
            throw PyErr.format(PyExc.ValueError, "%s already executing", kind());
        }
        if (finished) {
            if (exc != null) {
                throw exc;
            }
            if (this instanceof PyCoroutine) {
                throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited coroutine");
            }
            returned = true;
            return PyNone.NONE;
        }
        if (!started && exc == null && v != PyNone.NONE) {
            throw PyErr.typeError("can't send non-None value to a just-started %s", kind());
        }
        PyFrame f = frame;
        if (started && exc == null) {
            f.fast[f.sp++] = v;
        }
        started = true;
        running = true;
        excState.previous = ts.excInfo;
        ts.excInfo = excState;
        try {
            PyObject r = Eval.resume(ts, f, exc);
            returned = !f.suspended;
            if (returned) {
                finish();
            }
            return r;
        } catch (PyException e) {
            finish();
            throw e;
        } finally {
            running = false;
            ts.excInfo = excState.previous;
            excState.previous = null;
        }
    }

    private void finish() {
        finished = true;
        frame.suspended = false;
    }

    /** The iterator this frame delegates to with {@code yield from} or {@code await}, or null. */
    PyObject yieldFrom() {
        PyFrame f = frame;
        if (finished || !started || running || f.ip < 2) {
            return null;
        }
        int[] code = f.code.code;
        if ((code[f.ip - 1] & 0xFF) != YIELD_VALUE || (code[f.ip - 2] & 0xFF) != SEND) {
            return null;
        }
        return f.fast[f.sp - 1];
    }

    /** {@code throw(exc)}: raises {@code exc} at the suspension point, passing it to a delegate first. */
    PyObject throwEx(PyException exc, boolean closeOnGenExit) {
        PyObject yf = yieldFrom();
        if (yf != null) {
            if (exc.matches(PyExc.GeneratorExit) && closeOnGenExit) {
                running = true;
                try {
                    closeIter(yf);
                } catch (PyException e) {
                    exc = e;
                } finally {
                    running = false;
                }
                return sendEx(PyNone.NONE, exc);
            }
            PyObject r;
            running = true;
            try {
                if (yf instanceof GenBase g) {
                    r = g.throwEx(exc, closeOnGenExit);
                    if (g.returned) {
                        running = false;
                        return sendEx(PyNone.NONE, stopIteration(r));
                    }
                } else {
                    PyObject meth = Abstract.lookupAttr(yf, PyStr.of("throw"));
                    if (meth == null) {
                        running = false;
                        return sendEx(PyNone.NONE, exc);
                    }
                    r = Abstract.call(meth, exc.value());
                }
            } catch (PyException e) {
                running = false;
                return sendEx(PyNone.NONE, e);
            } finally {
                running = false;
            }
            returned = false;
            return r;
        }
        return sendEx(PyNone.NONE, exc);
    }

    private static void closeIter(PyObject yf) {
        if (yf instanceof GenBase g) {
            g.close();
            return;
        }
        PyObject meth = Abstract.lookupAttr(yf, PyStr.of("close"));
        if (meth != null) {
            Abstract.call(meth);
        }
    }

    static PyException stopIteration(PyObject value) {
        PyObject e = value == PyNone.NONE ? Abstract.call(PyExc.StopIteration) : Abstract.call(PyExc.StopIteration, value);
        return ((PyBaseException) e).toJava();
    }

    /** {@code close()}: raises GeneratorExit inside; a frame that yields anyway is an error. */
    PyObject close() {
        if (finished || !started) {
            finished = true;
            return PyNone.NONE;
        }
        try {
            throwEx(PyErr.newException(PyExc.GeneratorExit).toJava(), true);
        } catch (PyException e) {
            if (e.matches(PyExc.GeneratorExit) || e.matches(PyExc.StopIteration)) {
                return PyNone.NONE;
            }
            throw e;
        }
        if (returned) {
            return PyNone.NONE;
        }
        throw PyErr.format(PyExc.RuntimeError, "%s ignored GeneratorExit", kind());
    }

    /** The exception for {@code throw(typ, val, tb)}, as CPython's {@code _gen_throw} builds it. */
    static PyException exceptionFor(PyObject typ, PyObject val, PyObject tb) {
        PyBaseException e;
        if (typ instanceof PyBaseException inst) {
            if (val != null && val != PyNone.NONE) {
                throw PyErr.typeError("instance exception may not have a separate value");
            }
            e = inst;
        } else if (typ instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            if (val instanceof PyBaseException ve && ve.type().isSubtype(t)) {
                e = ve;
            } else if (val == null || val == PyNone.NONE) {
                e = Ops.instantiate(t, "");
            } else {
                PyObject inst = val instanceof PyTuple args ? Abstract.call(t, args.items()) : Abstract.call(t, val);
                e = (PyBaseException) inst;
            }
        } else {
            throw PyErr.typeError("exceptions must be classes or instances deriving from BaseException, not %s",
                    PyErr.typeName(typ));
        }
        if (tb != null && tb != PyNone.NONE) {
            if (!(tb instanceof PyTraceback)) {
                throw PyErr.typeError("throw() third argument must be a traceback object");
            }
            e.setTraceback(tb);
        }
        return e.toJava();
    }

    String reprOf(String typeName) {
        return "<" + typeName + " object " + qualname + " at " + org.sanca.runtime.types.Ids.hex(this) + ">";
    }

    PyObject frameOrNone() {
        return finished ? PyNone.NONE : frame;
    }

    PyObject yieldFromOrNone() {
        PyObject yf = yieldFrom();
        return yf == null ? PyNone.NONE : yf;
    }

    boolean isSuspended() {
        return started && !finished && !running;
    }
}
