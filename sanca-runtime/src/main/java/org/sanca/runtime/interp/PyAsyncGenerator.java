package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * An async generator: CPython's {@code PyAsyncGen_Type}. Its methods return awaitables
 * ({@link PyAsyncGenASend}, {@link PyAsyncGenAThrow}) that drive the frame.
 */
public final class PyAsyncGenerator extends GenBase {
    public static final PyType TYPE = PyType.builtin("async_generator", PyAsyncGenerator.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = g -> PyStr.of(((PyAsyncGenerator) g).reprOf("async_generator"));
    });

    /** True while one of its awaitables is being driven. */
    boolean runningAsync;

    PyAsyncGenerator(PyFrame frame) {
        super(frame);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String kind() {
        return "async generator";
    }

    @PyMethod(value = "($self, /)", name = "__aiter__")
    PyObject aiter() {
        return this;
    }

    @PyMethod(value = "($self, /)", name = "__anext__")
    PyObject anext() {
        return new PyAsyncGenASend(this, PyNone.NONE);
    }

    @PyMethod("($self, value, /)")
    PyObject asend(PyObject v) {
        return new PyAsyncGenASend(this, v);
    }

    @PyMethod("($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)")
    PyObject athrow(PyObject typ, PyObject val, PyObject tb) {
        return new PyAsyncGenAThrow(this, exceptionFor(typ, val, tb));
    }

    @PyMethod("($self, /)")
    PyObject aclose() {
        return new PyAsyncGenAThrow(this, null);
    }

    @PyGetter
    PyObject ag_frame() {
        return frameOrNone();
    }

    @PyGetter
    PyObject ag_running() {
        return PyBool.of(runningAsync);
    }

    @PyGetter
    PyObject ag_code() {
        return code;
    }

    @PyGetter
    PyObject ag_await() {
        return yieldFromOrNone();
    }

    @PyGetter("__name__")
    PyObject getName() {
        return PyStr.of(name);
    }

    @PyGetter("__qualname__")
    PyObject getQualname() {
        return PyStr.of(qualname);
    }
}
