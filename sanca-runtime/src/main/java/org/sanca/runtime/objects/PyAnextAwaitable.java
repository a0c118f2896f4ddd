package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;
import org.sanca.runtime.types.Special;

/**
 * {@code anext_awaitable}, what {@code anext(it, default)} returns ({@code Objects/iterobject.c}):
 * it awaits {@code it.__anext__()} and turns its StopAsyncIteration into the default value.
 */
public final class PyAnextAwaitable extends PyObject {
    public static final PyType TYPE = PyType.builtin("anext_awaitable", PyAnextAwaitable.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyAnextAwaitable) self).step(PyNone.NONE);
    });
    private static final PyStr AWAIT = PyStr.of("__await__");

    private final PyObject wrapped;
    private final PyObject dflt;
    private PyObject iterator;

    public PyAnextAwaitable(PyObject wrapped, PyObject dflt) {
        this.wrapped = wrapped;
        this.dflt = dflt;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The iterator of the wrapped awaitable, from its {@code __await__}. */
    private synchronized PyObject iterator() {
        if (iterator == null) {
            PyObject await = Special.lookupBound(wrapped, AWAIT);
            if (await == null) {
                throw PyErr.typeError("'%s' object can't be awaited", PyErr.typeName(wrapped));
            }
            iterator = Abstract.call(await);
        }
        return iterator;
    }

    private PyObject step(PyObject value) {
        PyObject it = iterator();
        try {
            if (value == PyNone.NONE) {
                PyObject r = Abstract.next(it);
                if (r == null) {
                    throw PyErr.newException(PyExc.StopIteration).toJava();
                }
                return r;
            }
            return Abstract.callMethod(it, "send", value);
        } catch (PyException e) {
            throw defaultOnEnd(e);
        }
    }

    private PyException defaultOnEnd(PyException e) {
        if (e.matches(PyExc.StopAsyncIteration)) {
            return PyErr.newException(PyExc.StopIteration, dflt).toJava();
        }
        return e;
    }

    @PyMethod(value = "($self, /)")
    PyObject __await__() {
        return this;
    }

    @PyMethod(value = "($self, value, /)")
    PyObject send(PyObject value) {
        return step(value);
    }

    @PyMethod(value = "($self, /, *args)", name = "throw")
    PyObject throwMethod(PyTuple args) {
        try {
            return Abstract.call(Abstract.getAttr(iterator(), PyStr.of("throw")), args.items());
        } catch (PyException e) {
            throw defaultOnEnd(e);
        }
    }

    @PyMethod(value = "($self, /)")
    PyObject close() {
        return Abstract.callMethod(iterator(), "close");
    }
}
