package org.sanca.runtime.types;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * A read-only view of a mapping, what {@code SomeClass.__dict__} returns: CPython's
 * {@code mappingproxy} ({@code Objects/descrobject.c}).
 */
public final class PyMappingProxy extends PyObject {
    public static final PyType TYPE = PyType.builtin("mappingproxy", PyMappingProxy.class, PyType.OBJECT, 0, t -> {
        t.tp_new = PyMappingProxy::newProxy;
        t.tp_repr = p -> PyStr.of("mappingproxy(" + Abstract.repr(((PyMappingProxy) p).mapping).value() + ")");
        t.tp_str = p -> Abstract.str(((PyMappingProxy) p).mapping);
        t.tp_iter = p -> Abstract.getIter(((PyMappingProxy) p).mapping);
        t.tp_richcompare = (p, o, op) -> Abstract.richCompare(((PyMappingProxy) p).mapping, o, op);
        t.mp_subscript = (p, k) -> Abstract.getItem(((PyMappingProxy) p).mapping, k);
        t.tp_hash = p -> Abstract.hash(((PyMappingProxy) p).mapping);
        t.mp_length = p -> Abstract.len(((PyMappingProxy) p).mapping);
        t.sq_contains = (p, k) -> ((PyMappingProxy) p).contains(k);
        t.nb_or = (a, b) -> Abstract.binaryOp(unwrap(a), unwrap(b), BinaryOp.OR);
        t.nb_inplace_or = (a, b) -> {
            throw PyErr.typeError("'|=' is not supported by %s; use '|' instead", PyErr.typeName(a));
        };
    });

    private final PyObject mapping;

    public PyMappingProxy(PyObject mapping) {
        this.mapping = mapping;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject unwrap(PyObject o) {
        return o instanceof PyMappingProxy p ? p.mapping : o;
    }

    private static PyObject newProxy(PyObject cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = ArgSpec.parse("mappingproxy", "(mapping)").bind(args, kwnames);
        PyObject m = a[0];
        if (m.type().mp_subscript == null || m instanceof PyList || m instanceof PyTuple) {
            throw PyErr.typeError("mappingproxy() argument must be a mapping, not %s", PyErr.typeName(m));
        }
        return new PyMappingProxy(m);
    }

    private boolean contains(PyObject key) {
        if (mapping instanceof PyDict d) {
            return d.getItem(key) != null;
        }
        return Abstract.contains(mapping, key);
    }

    @PyMethod("($self, key, default=None, /)")
    PyObject get(PyObject key, PyObject dflt) {
        return Abstract.callMethod(mapping, "get", key, dflt);
    }

    @PyMethod("($self, /)")
    PyObject keys() {
        return Abstract.callMethod(mapping, "keys");
    }

    @PyMethod("($self, /)")
    PyObject values() {
        return Abstract.callMethod(mapping, "values");
    }

    @PyMethod("($self, /)")
    PyObject items() {
        return Abstract.callMethod(mapping, "items");
    }

    @PyMethod("($self, /)")
    PyObject copy() {
        return Abstract.callMethod(mapping, "copy");
    }

    @PyMethod(value = "($self, /)", name = "__reversed__")
    PyObject reversed() {
        PyObject r = Abstract.lookupAttr(mapping, PyStr.of("__reversed__"));
        return r == null ? PyNone.NONE : Abstract.call(r);
    }
}
