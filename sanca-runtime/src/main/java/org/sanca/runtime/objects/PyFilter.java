package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** {@code filter}: CPython's {@code Python/bltinmodule.c}; None as the function keeps true items. */
public final class PyFilter extends PyObject {
    public static final PyType TYPE = PyType.builtin("filter", PyFilter.class, PyType.OBJECT, 0, t -> {
        t.tp_new = PyFilter::newFilter;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyFilter) self).next();
    });

    private final PyObject func;
    private final PyObject it;

    private PyFilter(PyObject func, PyObject it) {
        this.func = func;
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
        return new PyFilter(args[0] == PyNone.NONE || args[0] == PyBool.TYPE ? null : args[0], Abstract.getIter(args[1]));
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
