package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * What every descriptor a type keeps for its builtin attributes shares: CPython's
 * {@code PyDescr_COMMON} ({@code Objects/descrobject.c}), the owning type and the attribute
 * name, shown as {@code __objclass__}, {@code __name__} and {@code __qualname__}.
 */
public abstract class PyDescr extends PyObject {
    public final PyType owner;
    public final String name;

    PyDescr(PyType owner, String name) {
        this.owner = owner;
        this.name = name;
    }

    @PyGetter("__name__")
    final PyObject nameAttr() {
        return PyStr.of(name);
    }

    @PyGetter("__qualname__")
    final PyObject qualnameAttr() {
        return PyStr.of(owner.getQualname() + "." + name);
    }

    @PyGetter("__objclass__")
    final PyObject objclass() {
        return owner;
    }
}
