package org.sanca.runtime.builtins;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyAnextAwaitable;
import org.sanca.runtime.objects.PyCallIter;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.Special;

/** The builtin functions about iteration ({@code Python/bltinmodule.c}). */
final class IterFunctions {
    private static final PyStr SORT = PyStr.of("sort");

    private IterFunctions() {
    }

    @PyMethod(value = "($module, object, sentinel=<unrepresentable>, /)", doc = "Get an iterator from an object.\n\n"
            + "In the first form, the argument must supply its own iterator, or be a sequence.\n"
            + "In the second form, the callable is called until it returns the sentinel.")
    static PyObject iter(PyObject object, PyObject sentinel) {
        if (sentinel == null) {
            return Abstract.getIter(object);
        }
        if (object.type().tp_call == null) {
            throw PyErr.typeError("iter(object, sentinel): object must be callable");
        }
        return new PyCallIter(object, sentinel);
    }

    @PyMethod(value = "($module, iterator, default=<unrepresentable>, /)", doc = "Return the next item from the iterator.\n\n"
            + "If default is given and the iterator is exhausted,\n"
            + "it is returned instead of raising StopIteration.")
    static PyObject next(PyObject it, PyObject dflt) {
        if (it.type().tp_iternext == null) {
            throw PyErr.typeError("'%s' object is not an iterator", PyErr.typeName(it));
        }
        PyObject v;
        try {
            v = it.type().tp_iternext.call(it);
        } catch (PyException e) {
            if (dflt != null && e.matches(PyExc.StopIteration)) {
                return dflt;
            }
            throw e;
        }
        if (v != null) {
            return v;
        }
        if (dflt != null) {
            return dflt;
        }
        throw PyErr.newException(PyExc.StopIteration).toJava();
    }

    @PyMethod(value = "($module, iterable, /)", doc = "Return True if bool(x) is True for all values x in the iterable.\n\n"
            + "If the iterable is empty, return True.")
    static boolean all(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!Abstract.isTrue(x)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(value = "($module, iterable, /)", doc = "Return True if bool(x) is True for any x in the iterable.\n\n"
            + "If the iterable is empty, return False.")
    static boolean any(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (Abstract.isTrue(x)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod(value = "($module, *args, **kwargs)", doc = "sorted($module, iterable, /, *, key=None, reverse=False)\n--\n\n"
            + "Return a new list containing all items from the iterable in ascending order.\n\n"
            + "A custom key function can be supplied to customize the sort order, and the\n"
            + "reverse flag can be set to request the result in descending order.")
    static PyObject sorted(PyTuple args, PyDict kwargs) {
        Args.checkPositional("sorted", args.size(), 1, 1);
        PyList list = PyList.fromIterable(args.get(0));
        Args.callWithKeywords(Abstract.getAttr(list, SORT), new PyObject[0], kwargs);
        return list;
    }

    private static final PyStr AITER = PyStr.of("__aiter__");
    private static final PyStr ANEXT = PyStr.of("__anext__");

    @PyMethod(value = "($module, async_iterable, /)", doc = "Return an AsyncIterator for an AsyncIterable object.")
    static PyObject aiter(PyObject asyncIterable) {
        PyObject method = Special.lookupBound(asyncIterable, AITER);
        if (method == null) {
            throw PyErr.typeError("'%s' object is not an async iterable", PyErr.typeName(asyncIterable));
        }
        PyObject it = Abstract.call(method);
        if (it.type().lookup(ANEXT) == null) {
            throw PyErr.typeError("aiter() returned not an async iterator of type '%s'", PyErr.typeName(it));
        }
        return it;
    }

    @PyMethod(value = "($module, aiterator, default=<unrepresentable>, /)", doc = "async anext(aiterator[, default])\n\n"
            + "Return the next item from the async iterator.  If default is given and the async\n"
            + "iterator is exhausted, it is returned instead of raising StopAsyncIteration.")
    static PyObject anext(PyObject aiterator, PyObject dflt) {
        PyObject method = Special.lookupBound(aiterator, ANEXT);
        if (method == null) {
            throw PyErr.typeError("'%s' object is not an async iterator", PyErr.typeName(aiterator));
        }
        PyObject awaitable = Abstract.call(method);
        return dflt == null ? awaitable : new PyAnextAwaitable(awaitable, dflt);
    }
}
