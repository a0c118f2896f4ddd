package org.sanca.runtime.modules._decimal;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * A context's {@code flags} or {@code traps}: a mapping from the nine signal classes to bools
 * that reads and writes the context's condition bits ({@code SignalDict} of {@code _decimal}).
 */
final class PySignalDict extends PyObject {
    static final PyType TYPE = PyType.builtin("decimal.SignalDictMixin", PySignalDict.class, PyType.OBJECT, 0, t -> {
        t.tp_new = null;
        t.mp_length = self -> DecimalState.SIGNAL_NAMES.length;
        t.mp_subscript = (self, key) -> PyBool.of(((PySignalDict) self).get(key));
        t.mp_ass_subscript = (self, key, v) -> ((PySignalDict) self).set(key, v);
        t.sq_contains = (self, key) -> DecimalState.get().bitsOf(key) >= 0;
        t.tp_iter = self -> Abstract.getIter(signalList());
        t.tp_repr = self -> PyStr.of(((PySignalDict) self).repr());
        t.tp_richcompare = PySignalDict::richCompare;
        t.tp_hash = null;
    });

    private final PyDecContext ctx;
    private final boolean traps;

    PySignalDict(PyDecContext ctx, boolean traps) {
        this.ctx = ctx;
        this.traps = traps;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    int bits() {
        return traps ? ctx.traps : ctx.flags;
    }

    private static PyList signalList() {
        PyList out = new PyList();
        for (PyObject s : DecimalState.get().signals) {
            out.append(s);
        }
        return out;
    }

    private boolean get(PyObject key) {
        int b = DecimalState.get().bitsOf(key);
        if (b < 0) {
            throw DecimalState.invalidSignal();
        }
        return (bits() & b) != 0;
    }

    private void set(PyObject key, PyObject v) {
        int b = DecimalState.get().bitsOf(key);
        if (b < 0) {
            throw DecimalState.invalidSignal();
        }
        if (v == null) {
            throw PyErr.valueError("signal keys cannot be deleted");
        }
        boolean on = Abstract.isTrue(v);
        synchronized (ctx) {
            if (traps) {
                ctx.traps = on ? ctx.traps | b : ctx.traps & ~b;
            } else {
                ctx.flags = on ? ctx.flags | b : ctx.flags & ~b;
            }
        }
    }

    private String repr() {
        StringBuilder sb = new StringBuilder("{");
        DecimalState st = DecimalState.get();
        for (int i = 0; i < st.signals.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Abstract.repr(st.signals[i]).value()).append(':')
                    .append((bits() & DecimalState.SIGNAL_BITS[i]) != 0 ? "True" : "False");
        }
        return sb.append('}').toString();
    }

    /** A dict of the same items. */
    @PyMethod("($self, /)")
    PyObject copy() {
        PyDict d = new PyDict();
        DecimalState st = DecimalState.get();
        for (int i = 0; i < st.signals.length; i++) {
            d.setItem(st.signals[i], PyBool.of((bits() & DecimalState.SIGNAL_BITS[i]) != 0));
        }
        return d;
    }

    @PyMethod("($self, /)")
    PyObject keys() {
        return view("KeysView");
    }

    @PyMethod("($self, /)")
    PyObject values() {
        return view("ValuesView");
    }

    @PyMethod("($self, /)")
    PyObject items() {
        return view("ItemsView");
    }

    @PyMethod("($self, key, default=None, /)")
    PyObject get(PyObject key, PyObject dflt) {
        return DecimalState.get().bitsOf(key) < 0 ? dflt : PyBool.of(get(key));
    }

    /** A {@code collections.abc} view ({@code KeysView} ...) of this mapping, as MutableMapping's methods give. */
    private PyObject view(String cls) {
        PyObject abc = org.sanca.runtime.types.ModuleImport.importModule("collections.abc");
        return Abstract.call(Abstract.getAttr(abc, PyStr.of(cls)), this);
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject left = ((PySignalDict) a).copy();
        PyObject right = b instanceof PySignalDict s ? s.copy() : b;
        if (!(right instanceof PyDict)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return Abstract.richCompare(left, right, op);
    }
}
