package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The awaitable of {@code agen.asend(v)} and {@code agen.__anext__()}: CPython's
 * {@code async_generator_asend}. Awaiting it runs the generator to its next {@code yield}; the
 * yielded value completes the await, values from inner awaits pass through to the event loop.
 */
final class PyAsyncGenASend extends PyObject {
    static final PyType TYPE = PyType.builtin("async_generator_asend", PyAsyncGenASend.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = a -> a;
        t.tp_iternext = a -> ((PyAsyncGenASend) a).send(PyNone.NONE);
    });

    private final PyAsyncGenerator gen;
    private final PyObject firstValue;
    private int state;

    PyAsyncGenASend(PyAsyncGenerator gen, PyObject firstValue) {
        this.gen = gen;
        this.firstValue = firstValue;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod("($self, value, /)")
    PyObject send(PyObject v) {
        if (state == 2) {
            throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        }
        if (state == 0) {
            if (gen.runningAsync) {
                throw PyErr.format(PyExc.RuntimeError, "anext(): asynchronous generator is already running");
            }
            if (v == PyNone.NONE) {
                v = firstValue;
            }
            state = 1;
        }
        gen.runningAsync = true;
        return step(gen, v, null, this::done);
    }

    @PyMethod(value = "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)", name = "throw")
    PyObject throwMethod(PyObject typ, PyObject val, PyObject tb) {
        if (state == 2) {
            throw PyErr.format(PyExc.RuntimeError, "cannot reuse already awaited __anext__()/asend()");
        }
        gen.runningAsync = true;
        PyException exc = GenBase.exceptionFor(typ, val, tb);
        return step(gen, null, exc, this::done);
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

    void done() {
        state = 2;
    }

    /** Runs the generator one step and turns its result into this awaitable's outcome. */
    static PyObject step(PyAsyncGenerator gen, PyObject sendValue, PyException exc, Runnable onDone) {
        PyObject r;
        try {
            r = exc == null ? gen.sendEx(sendValue, null) : gen.throwEx(exc, false);
        } catch (PyException e) {
            gen.runningAsync = false;
            onDone.run();
            if (e.matches(PyExc.StopAsyncIteration) || e.matches(PyExc.GeneratorExit)) {
                gen.finished = true;
            }
            throw e;
        }
        if (gen.returned) {
            gen.runningAsync = false;
            onDone.run();
            throw PyErr.newException(PyExc.StopAsyncIteration).toJava();
        }
        if (r instanceof AsyncGenWrapped w) {
            gen.runningAsync = false;
            onDone.run();
            throw GenBase.stopIteration(w.value);
        }
        return r;
    }
}
