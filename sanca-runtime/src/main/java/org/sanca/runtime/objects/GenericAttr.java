package org.sanca.runtime.objects;

import org.sanca.runtime.types.DescrGetFunc;
import org.sanca.runtime.types.GetAttrFunc;
import org.sanca.runtime.types.PyType;
import org.sanca.runtime.types.SetAttrFunc;

/**
 * Generic attribute access: CPython's {@code PyObject_GenericGetAttr} and
 * {@code PyObject_GenericSetAttr} ({@code Objects/object.c}). Data descriptors on the type win
 * over the instance dict, which wins over other descriptors and plain class attributes.
 */
public final class GenericAttr {
    /** The generic {@code tp_getattro}; {@link Abstract#lookupAttr} recognises it to skip exceptions. */
    public static final GetAttrFunc GETATTRO = (o, name) -> getAttr(o, name, false);
    /** The generic {@code tp_setattro}. */
    public static final SetAttrFunc SETATTRO = GenericAttr::setAttr;

    private GenericAttr() {
    }

    /**
     * Looks {@code name} up on {@code o}; when it is missing, returns null if {@code suppress},
     * else raises AttributeError.
     */
    public static PyObject getAttr(PyObject o, PyStr name, boolean suppress) {
        PyType type = o.type();
        PyObject descr = type.lookup(name);
        DescrGetFunc get = null;
        if (descr != null) {
            PyType dt = descr.type();
            get = dt.tp_descr_get;
            if (get != null && dt.tp_descr_set != null) {
                return get.call(descr, o, type);
            }
        }
        if (o instanceof WithDict wd) {
            PyDict dict = wd.getDict();
            if (dict != null) {
                PyObject v = dict.getItem(name);
                if (v != null) {
                    return v;
                }
            }
        }
        if (get != null) {
            return get.call(descr, o, type);
        }
        if (descr != null) {
            return descr;
        }
        if (suppress) {
            return null;
        }
        throw noAttribute(o, name);
    }

    /** The AttributeError for a missing attribute, with {@code name} and {@code obj} set. */
    public static PyException noAttribute(PyObject o, PyStr name) {
        return attributeError(String.format("'%s' object has no attribute '%s'", PyErr.typeName(o), name), name, o);
    }

    /** An AttributeError with {@code message} whose {@code name} and {@code obj} members are set. */
    public static PyException attributeError(String message, PyStr name, PyObject o) {
        PyException e = PyErr.format(PyExc.AttributeError, "%s", message);
        e.value().setMember(0, name);
        e.value().setMember(1, o);
        return e;
    }

    /** Sets ({@code v} non-null) or deletes {@code name} on {@code o}. */
    public static void setAttr(PyObject o, PyStr name, PyObject v) {
        PyType type = o.type();
        PyObject descr = type.lookup(name);
        if (descr != null) {
            var set = descr.type().tp_descr_set;
            if (set != null) {
                set.call(descr, o, v);
                return;
            }
        }
        PyDict dict = o instanceof WithDict wd ? wd.getDict() : null;
        if (dict == null) {
            if (descr != null) {
                throw PyErr.format(PyExc.AttributeError, "'%s' object attribute '%s' is read-only", PyErr.typeName(o), name);
            }
            throw noAttribute(o, name);
        }
        if (v != null) {
            dict.setItem(name, v);
        } else if (dict.delItem(name) == null) {
            throw noAttribute(o, name);
        }
    }
}
