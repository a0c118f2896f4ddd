package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyType;

/** A cell holding a variable that inner scopes share: CPython's {@code Objects/cellobject.c}. */
public final class PyCell extends PyObject implements org.sanca.runtime.types.Cell {
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = c -> PyStr.of(((PyCell) c).repr());
    });

    /** The contents, or null when empty. */
    public volatile PyObject ref;

    public PyCell(PyObject ref) {
        this.ref = ref;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public PyObject cellGet() {
        return ref;
    }

    @Override
    public void cellSet(PyObject value) {
        ref = value;
    }

    @org.sanca.runtime.types.PyGetter
    PyObject cell_contents() {
        PyObject v = ref;
        if (v == null) {
            throw org.sanca.runtime.objects.PyErr.format(org.sanca.runtime.objects.PyExc.ValueError, "Cell is empty");
        }
        return v;
    }

    private String repr() {
        String id = org.sanca.runtime.types.Ids.hex(this);
        PyObject v = ref;
        if (v == null) {
            return "<cell at " + id + ": empty>";
        }
        return "<cell at " + id + ": " + v.type().getName() + " object at " + org.sanca.runtime.types.Ids.hex(v) + ">";
    }
}
