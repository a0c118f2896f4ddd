package org.sanca.runtime.types;

import java.lang.invoke.MethodHandle;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * A builtin type's computed attribute, e.g. {@code int.real}: CPython's
 * {@code getset_descriptor}. Read-only unless a setter is given.
 */
public final class PyGetSetDescr extends PyObject {
    public static final PyType TYPE = PyType.builtin("getset_descriptor", PyGetSetDescr.class, PyType.OBJECT, 0, t -> {
        t.tp_descr_get = (d, obj, type) -> obj == null ? d : ((PyGetSetDescr) d).get(obj);
        t.tp_descr_set = (d, obj, v) -> ((PyGetSetDescr) d).set(obj, v);
        t.tp_repr = d -> PyStr.of("<attribute '" + ((PyGetSetDescr) d).name + "' of '"
                + ((PyGetSetDescr) d).owner.getName() + "' objects>");
    });

    public final PyType owner;
    public final String name;
    public final String doc;
    private final MethodHandle getter;

    PyGetSetDescr(PyType owner, String name, String doc, MethodHandle getter) {
        this.owner = owner;
        this.name = name;
        this.doc = doc;
        this.getter = getter;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject get(PyObject obj) {
        if (!obj.type().isSubtype(owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    name, owner.getName(), PyErr.typeName(obj));
        }
        try {
            return (PyObject) getter.invokeExact(obj);
        } catch (RuntimeException | Error e) {
            throw e;
        } catch (Throwable t) {
            throw new IllegalStateException(t);
        }
    }

    private void set(PyObject obj, PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "attribute '%s' of '%s' objects is not writable", name, owner.getName());
    }
}
