package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** {@code zip}: CPython's {@code Python/bltinmodule.c}, with 3.10's {@code strict} checking. */
public final class PyZip extends PyObject {
    public static final PyType TYPE = PyType.builtin("zip", PyZip.class, PyType.OBJECT, 0, t -> {
        t.tp_new = PyZip::newZip;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyZip) self).next();
    });

    private final PyObject[] its;
    private volatile boolean strict;
    private boolean done;

    private PyZip(PyObject[] its, boolean strict) {
        this.its = its;
        this.strict = strict;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject newZip(PyObject type, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        boolean strict = false;
        for (int i = 0; i < nkw; i++) {
            if (!kwnames[i].equals("strict")) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for zip()", kwnames[i]);
            }
            strict = Abstract.isTrue(args[npos + i]);
        }
        PyObject[] its = new PyObject[npos];
        for (int i = 0; i < npos; i++) {
            its[i] = Abstract.getIter(args[i]);
        }
        return new PyZip(its, strict);
    }

    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    PyObject __reduce__() {
        PyTuple args = PyTuple.of(its.clone());
        return strict ? PyTuple.of(TYPE, args, PyBool.TRUE) : PyTuple.of(TYPE, args);
    }

    @PyMethod(value = "($self, state, /)", doc = IterReduce.SETSTATE_DOC)
    void __setstate__(PyObject state) {
        strict = Abstract.isTrue(state);
    }

    private PyObject next() {
        if (done || its.length == 0) {
            return null;
        }
        PyObject[] row = new PyObject[its.length];
        for (int i = 0; i < its.length; i++) {
            PyObject v = Abstract.next(its[i]);
            if (v == null) {
                done = true;
                if (strict) {
                    checkRest(i);
                }
                return null;
            }
            row[i] = v;
        }
        return PyTuple.of(row);
    }

    /** Iterator {@code i} ran out: with strict, every other one must run out at the same point. */
    private void checkRest(int i) {
        if (i > 0) {
            throw PyErr.valueError("zip() argument %d is shorter than argument%s%s", i + 1, i == 1 ? " " : "s 1-",
                    i == 1 ? "1" : Integer.toString(i));
        }
        for (int j = 1; j < its.length; j++) {
            if (Abstract.next(its[j]) != null) {
                throw PyErr.valueError("zip() argument %d is longer than argument%s%s", j + 1, j == 1 ? " " : "s 1-",
                        j == 1 ? "1" : Integer.toString(j));
            }
        }
    }
}
