package org.sanca.runtime.interp;

import org.sanca.compiler.CodeUnit;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * The iterators behind {@code yield from}, {@code await} and {@code async for}
 * ({@code GET_YIELD_FROM_ITER}, {@code GET_AWAITABLE}, {@code GET_AITER}, {@code GET_ANEXT};
 * CPython's {@code _PyCoro_GetAwaitableIter} in {@code Objects/genobject.c}).
 */
final class Awaits {
    private static final PyStr AWAIT = PyStr.of("__await__");
    private static final PyStr AITER = PyStr.of("__aiter__");
    private static final PyStr ANEXT = PyStr.of("__anext__");

    private Awaits() {
    }

    static PyObject yieldFromIter(PyCode co, PyObject v) {
        if (v instanceof PyCoroutine) {
            if (!ColdOps.isCoroutineCode(co)) {
                throw PyErr.typeError("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            return v;
        }
        if (v instanceof PyGenerator) {
            return v;
        }
        return Abstract.getIter(v);
    }

    /** The iterator that awaiting {@code o} runs; {@code where} says which statement awaits. */
    static PyObject awaitable(PyObject o, int where) {
        PyObject it = awaitableOrNull(o);
        if (it != null) {
            return it;
        }
        if (where == 1) {
            throw PyErr.typeError("'async with' received an object from __aenter__ that does not implement __await__: %s",
                    PyErr.typeName(o));
        }
        if (where == 2) {
            throw PyErr.typeError("'async with' received an object from __aexit__ that does not implement __await__: %s",
                    PyErr.typeName(o));
        }
        throw PyErr.typeError("object %s can't be used in 'await' expression", PyErr.typeName(o));
    }

    private static PyObject awaitableOrNull(PyObject o) {
        if (o instanceof PyCoroutine c) {
            if (c.yieldFrom() != null) {
                throw PyErr.format(org.sanca.runtime.objects.PyExc.RuntimeError, "coroutine is being awaited already");
            }
            return c;
        }
        if (o instanceof PyGenerator g && (g.code.flags & CodeUnit.CO_ITERABLE_COROUTINE) != 0) {
            return g;
        }
        PyObject meth = Ops.lookupSpecial(o, AWAIT);
        if (meth == null) {
            return null;
        }
        PyObject r = Abstract.call(meth);
        if (r instanceof PyCoroutine) {
            throw PyErr.typeError("__await__() returned a coroutine");
        }
        if (r.type().tp_iternext == null) {
            throw PyErr.typeError("__await__() returned non-iterator of type '%s'", PyErr.typeName(r));
        }
        return r;
    }

    static PyObject aiter(PyObject o) {
        PyObject meth = Ops.lookupSpecial(o, AITER);
        if (meth == null) {
            throw PyErr.typeError("'async for' requires an object with __aiter__ method, got %s", PyErr.typeName(o));
        }
        PyObject it = Abstract.call(meth);
        if (it.type().lookup(ANEXT) == null) {
            throw PyErr.typeError("'async for' received an object from __aiter__ that does not implement __anext__: %s",
                    PyErr.typeName(it));
        }
        return it;
    }

    static PyObject anext(PyObject aiter) {
        if (aiter instanceof PyAsyncGenerator g) {
            return new PyAsyncGenASend(g, org.sanca.runtime.objects.PyNone.NONE);
        }
        PyObject meth = Ops.lookupSpecial(aiter, ANEXT);
        if (meth == null) {
            throw PyErr.typeError("'async for' requires an iterator with __anext__ method, got %s", PyErr.typeName(aiter));
        }
        PyObject next = Abstract.call(meth);
        PyObject it = awaitableOrNull(next);
        if (it == null) {
            throw PyErr.typeError("'async for' received an invalid object from __anext__: %s", PyErr.typeName(next));
        }
        return it;
    }
}
