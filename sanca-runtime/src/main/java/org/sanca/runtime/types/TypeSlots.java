package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/** The slots of {@code type} ({@code type_*} in {@code Objects/typeobject.c}). */
final class TypeSlots {
    private TypeSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(repr((PyType) self));
        t.tp_call = TypeSlots::call;
        t.tp_getattro = TypeSlots::getAttr;
        t.tp_setattro = TypeSlots::setAttr;
        t.tp_new = TypeNew::typeNew;
        t.nb_or = PyUnionType::or;
        t.tp_init = TypeSlots::init;
    }

    /** {@code type_init}: only checks the arguments; {@code type.__new__} did the work. */
    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos == 1 && nkw > 0) {
            throw PyErr.typeError("type.__init__() takes no keyword arguments");
        }
        if (npos != 1 && npos != 3) {
            throw PyErr.typeError("type.__init__() takes 1 or 3 arguments");
        }
        return org.sanca.runtime.objects.PyNone.NONE;
    }

    private static String repr(PyType t) {
        return "<class '" + TypeMethods.reprName(t) + "'>";
    }

    /** {@code cls(*args)}: CPython's {@code type_call}: {@code __new__}, then {@code __init__}. */
    private static PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
        PyType type = (PyType) self;
        if (type == PyType.TYPE && args.length == 1 && (kwnames == null || kwnames.length == 0)) {
            return args[0].type();
        }
        if (type.tp_new == null) {
            throw PyErr.typeError("cannot create '%s' instances", type.getName());
        }
        PyObject obj = type.tp_new.call(type, args, kwnames);
        PyType ot = obj.type();
        if (ot.isSubtype(type) && ot.tp_init != null) {
            ot.tp_init.call(obj, args, kwnames);
        }
        return obj;
    }

    /** CPython's {@code type_getattro}: the metatype's data descriptors, the MRO, then the metatype. */
    private static PyObject getAttr(PyObject self, PyStr name) {
        PyType type = (PyType) self;
        PyType meta = type.type();
        PyObject metaAttr = meta.lookup(name);
        DescrGetFunc metaGet = null;
        if (metaAttr != null) {
            metaGet = metaAttr.type().tp_descr_get;
            if (metaGet != null && metaAttr.type().tp_descr_set != null) {
                return metaGet.call(metaAttr, type, meta);
            }
        }
        PyObject attr = type.lookup(name);
        if (attr != null) {
            DescrGetFunc get = attr.type().tp_descr_get;
            return get != null ? get.call(attr, null, type) : attr;
        }
        if (metaGet != null) {
            return metaGet.call(metaAttr, type, meta);
        }
        if (metaAttr != null) {
            return metaAttr;
        }
        throw noAttribute(type, name);
    }

    private static org.sanca.runtime.objects.PyException noAttribute(PyType type, PyStr name) {
        return org.sanca.runtime.objects.GenericAttr.attributeError(
                String.format("type object '%s' has no attribute '%s'", type.getName(), name), name, type);
    }

    private static void setAttr(PyObject self, PyStr name, PyObject value) {
        PyType type = (PyType) self;
        if (!type.isHeapType()) {
            throw PyErr.typeError("cannot set '%s' attribute of immutable type '%s'", name, type.getName());
        }
        PyObject metaAttr = type.type().lookup(name);
        if (metaAttr != null && metaAttr.type().tp_descr_set != null) {
            metaAttr.type().tp_descr_set.call(metaAttr, type, value);
            return;
        }
        if (value == null) {
            if (type.dict().delItem(name) == null) {
                throw noAttribute(type, name);
            }
        } else {
            type.dict().setItem(name, value);
        }
        type.attributeChanged(name);
    }
}
