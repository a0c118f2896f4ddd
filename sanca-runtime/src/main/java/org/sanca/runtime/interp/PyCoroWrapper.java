package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** The iterator {@code coroutine.__await__()} returns: CPython's {@code coroutine_wrapper}. */
public final class PyCoroWrapper extends PyObject {
    public static final PyType TYPE = PyType.builtin("coroutine_wrapper", PyCoroWrapper.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = w -> w;
        t.tp_iternext = w -> ((PyCoroWrapper) w).coro.send(PyNone.NONE);
    });

    private final PyCoroutine coro;

    PyCoroWrapper(PyCoroutine coro) {
        this.coro = coro;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyMethod("($self, value, /)")
    PyObject send(PyObject v) {
        return coro.send(v);
    }

    @PyMethod(value = "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)", name = "throw")
    PyObject throwMethod(PyObject typ, PyObject val, PyObject tb) {
        return coro.throwMethod(typ, val, tb);
    }

    @PyMethod(value = "($self, /)")
    PyObject close() {
        return coro.close();
    }
}
