package org.sanca.runtime.modules.sys;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/**
 * An object whose attributes are its dict, shown as {@code namespace(a=1, ...)}: what CPython
 * makes {@code sys.implementation} of ({@code types.SimpleNamespace}, {@code Objects/namespaceobject.c}).
 */
public final class SysNamespace extends PyObject implements WithDict {
    public static final PyType TYPE = PyType.builtin("types.SimpleNamespace", SysNamespace.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = o -> PyStr.of(((SysNamespace) o).repr());
        t.tp_new = (type, args, kw) -> new SysNamespace();
        t.tp_init = SysNamespace::init;
        t.tp_richcompare = SysNamespace::richCompare;
    });

    /** {@code SimpleNamespace(**kwargs)}: the keywords become attributes. */
    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        if (args.length > nkw) {
            throw PyErr.typeError("no positional arguments expected");
        }
        PyDict d = ((SysNamespace) self).dict;
        for (int i = 0; i < nkw; i++) {
            d.setItem(PyStr.of(kwnames[i]), args[i]);
        }
        return PyNone.NONE;
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof SysNamespace other) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(((SysNamespace) a).dict, other.dict, op);
    }

    static {
        TYPE.setQualname("SimpleNamespace");
    }

    /** {@code namespace_reduce}: rebuilt empty, then given its dict as state. */
    @org.sanca.runtime.types.PyMethod("($self, /)")
    PyObject __reduce__() {
        return PyTuple.of(TYPE, PyTuple.EMPTY, dict);
    }

    private final PyDict dict = new PyDict();

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    @org.sanca.runtime.types.PyGetter("__dict__")
    PyObject dictAttr() {
        return dict;
    }

    public SysNamespace with(String name, PyObject value) {
        dict.setItem(PyStr.of(name), value);
        return this;
    }

    private String repr() {
        StringBuilder b = new StringBuilder("namespace(");
        PyObject[] keys = dict.keysArray();
        for (int i = 0; i < keys.length; i++) {
            if (i > 0) {
                b.append(", ");
            }
            b.append(((PyStr) keys[i]).value()).append('=').append(Abstract.repr(dict.getItem(keys[i])).value());
        }
        return b.append(')').toString();
    }
}
