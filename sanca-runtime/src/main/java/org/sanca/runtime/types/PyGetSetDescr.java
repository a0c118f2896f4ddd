package org.sanca.runtime.types;

import java.util.function.BiConsumer;
import java.util.function.Function;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * A type's computed attribute, e.g. {@code int.real} or a class's {@code __dict__}: CPython's
 * {@code getset_descriptor} ({@code Objects/descrobject.c}). Read-only unless a setter is given;
 * the setter receives null to delete.
 */
public final class PyGetSetDescr extends PyDescr {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescr.class, PyType.OBJECT, 0, t -> {
        t.tp_descr_get = (d, obj, type) -> obj == null ? d : ((PyGetSetDescr) d).get(obj);
        t.tp_descr_set = (d, obj, v) -> ((PyGetSetDescr) d).set(obj, v);
        t.tp_repr = d -> PyStr.of("<attribute '" + ((PyGetSetDescr) d).name + "' of '"
                + ((PyGetSetDescr) d).owner.getName() + "' objects>");
    });

    public final String doc;
    private final Function<PyObject, PyObject> getter;
    private final BiConsumer<PyObject, PyObject> setter;

    /** A descriptor of {@code owner}'s instances; {@code setter} null makes it read-only. */
    public PyGetSetDescr(PyType owner, String name, String doc, Function<PyObject, PyObject> getter,
                         BiConsumer<PyObject, PyObject> setter) {
        super(owner, name);
        this.doc = doc;
        this.getter = getter;
        this.setter = setter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private void check(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.getName(), PyErr.typeName(obj));
        }
    }

    private PyObject get(PyObject obj) {
        check(obj);
        return getter.apply(obj);
    }

    private void set(PyObject obj, PyObject v) {
        check(obj);
        if (setter == null) {
            throw PyErr.format(PyExc.AttributeError, "attribute '%s' of '%s' objects is not writable", name, owner.getName());
        }
        setter.accept(obj, v);
    }

    @PyGetter("__doc__")
    PyObject docAttr() {
        return doc == null ? org.sanca.runtime.objects.PyNone.NONE : PyStr.of(doc);
    }
}
