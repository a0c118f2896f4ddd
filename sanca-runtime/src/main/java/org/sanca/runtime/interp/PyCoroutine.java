package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** A coroutine made by calling an {@code async def} function: CPython's {@code PyCoro_Type}. */
public final class PyCoroutine extends GenBase {
    public static final PyType TYPE = PyType.builtin("coroutine", PyCoroutine.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = g -> PyStr.of(((PyCoroutine) g).reprOf("coroutine"));
    });

    PyCoroutine(PyFrame frame) {
        super(frame);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String kind() {
        return "coroutine";
    }

    @PyMethod("($self, value, /)")
    PyObject send(PyObject v) {
        PyObject r = sendEx(v, null);
        if (returned) {
            throw stopIteration(r);
        }
        return r;
    }

    @PyMethod(value = "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)", name = "throw")
    PyObject throwMethod(PyObject typ, PyObject val, PyObject tb) {
        PyObject r = throwEx(exceptionFor(typ, val, tb), true);
        if (returned) {
            throw stopIteration(r);
        }
        return r;
    }

    @PyMethod(value = "($self, /)", name = "close")
    PyObject closeMethod() {
        return close();
    }

    @PyMethod(value = "($self, /)", name = "__await__")
    PyObject await() {
        return new PyCoroWrapper(this);
    }

    @PyGetter
    PyObject cr_frame() {
        return frameOrNone();
    }

    @PyGetter
    PyObject cr_running() {
        return PyBool.of(running);
    }

    @PyGetter
    PyObject cr_suspended() {
        return PyBool.of(isSuspended());
    }

    @PyGetter
    PyObject cr_code() {
        return code;
    }

    @PyGetter
    PyObject cr_await() {
        return yieldFromOrNone();
    }

    @PyGetter
    PyObject cr_origin() {
        return PyNone.NONE;
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
