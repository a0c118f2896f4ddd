package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.SlotHolder;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * A {@code __slots__} entry of a class: CPython's {@code member_descriptor}
 * ({@code Objects/descrobject.c}, {@code Python/structmember.c}), reading and writing one
 * slot of the instance's slot storage.
 */
public final class PyMemberDescr extends PyDescr {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescr.class, PyType.OBJECT, 0, t -> {
        t.tp_descr_get = (d, obj, type) -> obj == null ? d : ((PyMemberDescr) d).get(obj);
        t.tp_descr_set = (d, obj, v) -> ((PyMemberDescr) d).set(obj, v);
        t.tp_repr = d -> PyStr.of("<member '" + ((PyMemberDescr) d).name + "' of '"
                + ((PyMemberDescr) d).owner.getName() + "' objects>");
    });

    private final int index;

    PyMemberDescr(PyType owner, String name, int index) {
        super(owner, name);
        this.index = index;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private SlotHolder check(PyObject obj) {
        if (!obj.type().isSubtype(owner) || !(obj instanceof SlotHolder inst)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.getName(), PyErr.typeName(obj));
        }
        return inst;
    }

    private PyObject get(PyObject obj) {
        PyObject v = check(obj).getSlot(index);
        if (v == null) {
            throw PyErr.format(PyExc.AttributeError, "'%s' object has no attribute '%s'", PyErr.typeName(obj), name);
        }
        return v;
    }

    private void set(PyObject obj, PyObject v) {
        SlotHolder inst = check(obj);
        if (v == null && inst.getSlot(index) == null) {
            throw PyErr.format(PyExc.AttributeError, "%s", name);
        }
        inst.setSlot(index, v);
    }
}
