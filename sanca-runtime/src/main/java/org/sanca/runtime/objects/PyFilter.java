package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** {@code filter}: CPython's {@code Python/bltinmodule.c}; None as the function keeps true items. */
public final class PyFilter extends PyObject {
    public static final PyType TYPE = PyType.builtin("filter", PyFilter.class, PyType.OBJECT, 0, t -> {
        t.tp_new = PyFilter::newFilter;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyFilter) self).next();
    });

    /** The function to call, or null to test the items themselves. */
    private final PyObject func;
    /** The function as given (None and bool among them), for pickling. */
    private final PyObject given;
    private final PyObject it;

    private PyFilter(PyObject given, PyObject it) {
        this.func = given == PyNone.NONE || given == PyBool.TYPE ? null : given;
        this.given = given;
        this.it = it;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject newFilter(PyObject type, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("filter() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyErr.typeError("filter expected 2 arguments, got %d", args.length);
        }
        return new PyFilter(args[0], Abstract.getIter(args[1]));
    }

    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(given, it));
    }

    private PyObject next() {
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (Abstract.isTrue(func == null ? v : Abstract.call(func, v))) {
                return v;
            }
        }
        return null;
    }
}
