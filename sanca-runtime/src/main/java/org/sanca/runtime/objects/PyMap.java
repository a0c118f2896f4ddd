package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** {@code map}: CPython's {@code Python/bltinmodule.c}; stops with the shortest iterable. */
public final class PyMap extends PyObject {
    public static final PyType TYPE = PyType.builtin("map", PyMap.class, PyType.OBJECT, 0, t -> {
        t.tp_new = PyMap::newMap;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyMap) self).next();
    });

    private final PyObject func;
    private final PyObject[] its;

    private PyMap(PyObject func, PyObject[] its) {
        this.func = func;
        this.its = its;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject newMap(PyObject type, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("map() takes no keyword arguments");
        }
        if (args.length < 2) {
            throw PyErr.typeError("map() must have at least two arguments.");
        }
        PyObject[] its = new PyObject[args.length - 1];
        for (int i = 0; i < its.length; i++) {
            its[i] = Abstract.getIter(args[i + 1]);
        }
        return new PyMap(args[0], its);
    }

    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    PyObject __reduce__() {
        PyObject[] args = new PyObject[its.length + 1];
        args[0] = func;
        System.arraycopy(its, 0, args, 1, its.length);
        return PyTuple.of(TYPE, PyTuple.of(args));
    }

    private PyObject next() {
        PyObject[] row = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject v = Abstract.next(its[i]);
            if (v == null) {
                return null;
            }
            row[i] = v;
        }
        return Abstract.call(func, row);
    }
}
