package org.sanca.runtime.objects;

import org.sanca.runtime.types.BinaryOp;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** {@code enumerate}: CPython's {@code Objects/enumobject.c}; the count may grow beyond a long. */
public final class PyEnumerate extends PyObject {
    public static final PyType TYPE = PyType.builtin("enumerate", PyEnumerate.class, PyType.OBJECT, 0, t -> {
        t.tp_new = PyEnumerate::newEnumerate;
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyEnumerate) self).next();
    });

    private final PyObject it;
    private PyObject count;

    private PyEnumerate(PyObject it, PyObject count) {
        this.it = it;
        this.count = count;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject newEnumerate(PyObject type, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > 2) {
            throw PyErr.typeError("enumerate() takes at most 2 arguments (%d given)", args.length);
        }
        PyObject iterable = npos > 0 ? args[0] : null;
        PyObject start = npos > 1 ? args[1] : null;
        for (int i = 0; i < nkw; i++) {
            switch (kwnames[i]) {
                case "iterable" -> iterable = args[npos + i];
                case "start" -> start = args[npos + i];
                default -> throw PyErr.typeError("'%s' is an invalid keyword argument for enumerate()", kwnames[i]);
            }
        }
        if (iterable == null) {
            throw PyErr.typeError("enumerate() missing required argument 'iterable'");
        }
        PyObject it = Abstract.getIter(iterable);
        return new PyEnumerate(it, start == null ? PyInt.of(0) : Abstract.index(start));
    }

    /** {@code enumerate[int]}: a {@code types.GenericAlias} (PEP 585). */
    @PyMethod(value = "($type, item, /)", name = "__class_getitem__", kind = PyMethod.Kind.CLASS, doc = "See PEP 585", textSignature = false)
    static PyObject classGetItem(PyObject type, PyObject item) {
        return org.sanca.runtime.types.PyGenericAlias.classGetItem(type, item);
    }

    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    synchronized PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.of(it, count));
    }

    private PyObject next() {
        PyObject v = Abstract.next(it);
        if (v == null) {
            return null;
        }
        PyObject n;
        synchronized (this) {
            n = count;
            count = n instanceof PyInt i && i.big == null && i.value < Long.MAX_VALUE
                    ? PyInt.of(i.value + 1) : Abstract.binaryOp(n, PyInt.of(1), BinaryOp.ADD);
        }
        return PyTuple.of(n, v);
    }
}
