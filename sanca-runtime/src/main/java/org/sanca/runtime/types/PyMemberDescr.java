package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.SlotHolder;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * A {@code __slots__} entry of a class: CPython's {@code member_descriptor}
 * ({@code Objects/descrobject.c}, {@code Python/structmember.c}), reading and writing one
 * slot of the instance's slot storage; or a read-only member of a builtin (a {@code READONLY}
 * {@code PyMemberDef} such as {@code complex.real}), read by a Java getter.
 */
public final class PyMemberDescr extends PyDescr {
    public static final PyType TYPE = PyType.builtin("member_descriptor", PyMemberDescr.class, PyType.OBJECT, 0, t -> {
        t.tp_descr_get = (d, obj, type) -> obj == null ? d : ((PyMemberDescr) d).get(obj);
        t.tp_descr_set = (d, obj, v) -> ((PyMemberDescr) d).set(obj, v);
        t.tp_repr = d -> PyStr.of("<member '" + ((PyMemberDescr) d).name + "' of '"
                + ((PyMemberDescr) d).owner.getName() + "' objects>");
    });

    private final int index;
    private final java.util.function.Function<PyObject, PyObject> reader;

    PyMemberDescr(PyType owner, String name, int index) {
        super(owner, name);
        this.index = index;
        this.reader = null;
    }

    /** A read-only member of a builtin type, its value given by {@code reader}. */
    PyMemberDescr(PyType owner, String name, java.util.function.Function<PyObject, PyObject> reader) {
        super(owner, name);
        this.index = -1;
        this.reader = reader;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private SlotHolder check(PyObject obj) {
        checkOwner(obj);
        if (!(obj instanceof SlotHolder inst)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.getName(), PyErr.typeName(obj));
        }
        return inst;
    }

    private void checkOwner(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.getName(), PyErr.typeName(obj));
        }
    }

    private PyObject get(PyObject obj) {
        if (reader != null) {
            checkOwner(obj);
            return reader.apply(obj);
        }
        PyObject v = check(obj).getSlot(index);
        if (v == null) {
            throw org.sanca.runtime.objects.GenericAttr.noAttribute(obj, PyStr.of(name));
        }
        return v;
    }

    private void set(PyObject obj, PyObject v) {
        if (reader != null) {
            checkOwner(obj);
            throw PyErr.format(PyExc.AttributeError, "readonly attribute");
        }
        SlotHolder inst = check(obj);
        if (v == null && inst.getSlot(index) == null) {
            throw PyErr.format(PyExc.AttributeError, "%s", name);
        }
        inst.setSlot(index, v);
    }
}
