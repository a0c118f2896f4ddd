package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyType;

/** A cell holding a variable that inner scopes share: CPython's {@code Objects/cellobject.c}. */
public final class PyCell extends PyObject implements org.sanca.runtime.types.Cell {
    public static final PyType TYPE = PyType.builtin("cell", PyCell.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = c -> PyStr.of(((PyCell) c).repr());
        t.tp_richcompare = (a, b, op) -> {
            if (!(b instanceof PyCell cb)) {
                return org.sanca.runtime.objects.PyNotImplemented.NOT_IMPLEMENTED;
            }
            PyObject x = ((PyCell) a).ref;
            PyObject y = cb.ref;
            if (x != null && y != null) {
                return org.sanca.runtime.objects.Abstract.richCompare(x, y, op);
            }
            return org.sanca.runtime.objects.PyBool.of(op.test(Boolean.compare(x != null, y != null)));
        };
        t.tp_new = (type, args, kw) -> {
            if (kw != null && kw.length > 0) {
                throw org.sanca.runtime.objects.PyErr.typeError("cell() takes no keyword arguments");
            }
            if (args.length > 1) {
                throw org.sanca.runtime.objects.PyErr.typeError("cell expected at most 1 argument, got %d", args.length);
            }
            return new PyCell(args.length == 0 ? null : args[0]);
        };
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

    @org.sanca.runtime.types.PySetter("cell_contents")
    void setCellContents(PyObject v) {
        ref = v;
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
