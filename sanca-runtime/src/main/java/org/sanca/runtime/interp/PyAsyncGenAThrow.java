package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The awaitable of {@code agen.athrow(...)} and {@code agen.aclose()}: CPython's
 * {@code async_generator_athrow}. For {@code aclose} ({@link #exc} null) GeneratorExit is thrown
 * in, and the generator must not yield again.
 */
final class PyAsyncGenAThrow extends PyObject {
    static final PyType TYPE = PyType.builtin("async_generator_athrow", PyAsyncGenAThrow.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = a -> a;
        t.tp_iternext = a -> ((PyAsyncGenAThrow) a).send(PyNone.NONE);
    });

    private final PyAsyncGenerator gen;
    private final PyException exc;
    private int state;

    PyAsyncGenAThrow(PyAsyncGenerator gen, PyException exc) {
        this.gen = gen;
        this.exc = exc;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod("($self, value, /)")
    PyObject send(PyObject v) {
        if (state == 2) {
            throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        }
        if (state == 0) {
            if (gen.finished || exc == null && !gen.started) {
                state = 2;
                gen.finished = true;
                if (exc == null) {
                    throw GenBase.stopIteration(PyNone.NONE);
                }
                throw PyErr.newException(PyExc.StopAsyncIteration).toJava();
            }
            if (gen.runningAsync) {
                throw PyErr.format(PyExc.RuntimeError, "athrow(): asynchronous generator is already running");
            }
            state = 1;
            gen.runningAsync = true;
            return outcome(exc == null ? PyErr.newException(PyExc.GeneratorExit).toJava() : exc, null);
        }
        return outcome(null, v);
    }

    @PyMethod(value = "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)", name = "throw")
    PyObject throwMethod(PyObject typ, PyObject val, PyObject tb) {
        if (state == 2) {
            throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited aclose()/athrow()");
        }
        return outcome(GenBase.exceptionFor(typ, val, tb), null);
    }

    @PyMethod(value = "($self, /)", name = "__await__")
    PyObject await() {
        return this;
    }

    @PyMethod("($self, /)")
    PyObject close() {
        state = 2;
        return PyNone.NONE;
    }

    private PyObject outcome(PyException toThrow, PyObject v) {
        PyObject r;
        try {
            r = toThrow != null ? gen.throwEx(toThrow, false) : gen.sendEx(v, null);
        } catch (PyException e) {
            state = 2;
            gen.runningAsync = false;
            if (exc == null && (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit))) {
                throw GenBase.stopIteration(PyNone.NONE);
            }
            throw e;
        }
        if (gen.returned) {
            state = 2;
            gen.runningAsync = false;
            if (exc == null) {
                throw GenBase.stopIteration(PyNone.NONE);
            }
            throw PyErr.newException(PyExc.StopAsyncIteration).toJava();
        }
        if (r instanceof AsyncGenWrapped w) {
            gen.runningAsync = false;
            if (exc == null) {
                state = 2;
                throw PyErr.format(PyExc.RuntimeError, "async generator ignored GeneratorExit");
            }
            state = 2;
            throw GenBase.stopIteration(w.value);
        }
        return r;
    }
}
