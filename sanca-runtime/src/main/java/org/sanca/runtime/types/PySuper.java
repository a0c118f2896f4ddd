package org.sanca.runtime.types;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.GenericAttr;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * {@code super}: attribute lookup that starts after a given class in the MRO of an object's
 * type, CPython's {@code super} in {@code Objects/typeobject.c}. Without arguments it reads
 * the calling method's first argument and {@code __class__} cell through {@link CallerFrame}.
 */
public final class PySuper extends PyObject {
    public static final PyType TYPE = PyType.builtin("super", PySuper.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tp_new = (cls, args, kw) -> new PySuper((PyType) cls);
        t.tp_init = (self, args, kw) -> ((PySuper) self).init(args, kw);
        t.tp_getattro = (self, name) -> ((PySuper) self).getAttr(name);
        t.tp_descr_get = (self, obj, type) -> ((PySuper) self).descrGet(obj);
        t.tp_repr = self -> PyStr.of(((PySuper) self).repr());
    });

    private static final PyStr CLASS = PyStr.of("__class__");

    private final PyType type;
    private PyType thisClass;
    private PyObject obj;
    private PyType objType;

    PySuper(PyType type) {
        this.type = type;
    }

    /** {@code super(thisClass, obj)}, as the interpreter may make it directly. */
    public static PySuper of(PyType thisClass, PyObject obj) {
        PySuper s = new PySuper(TYPE);
        s.set(thisClass, obj);
        return s;
    }

    @Override
    public PyType type() {
        return type;
    }

    private PyObject init(PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("super() takes no keyword arguments");
        }
        if (args.length > 2) {
            throw PyErr.typeError("super() expected at most 2 arguments, got %d", args.length);
        }
        if (args.length == 0) {
            initWithoutArgs();
            return PyNone.NONE;
        }
        if (!(args[0] instanceof PyType t)) {
            throw PyErr.typeError("super() argument 1 must be a type, not %s", PyErr.typeName(args[0]));
        }
        set(t, args.length == 2 && args[1] != PyNone.NONE ? args[1] : null);
        return PyNone.NONE;
    }

    private void set(PyType t, PyObject o) {
        thisClass = t;
        obj = o;
        objType = o == null ? null : check(t, o);
    }

    /** {@code super_init_without_args}. */
    private void initWithoutArgs() {
        CallerFrame f = CallerFrame.current();
        if (f == null) {
            throw PyErr.format(PyExc.RuntimeError, "super(): no current frame");
        }
        if (f.argCount() == 0) {
            throw PyErr.format(PyExc.RuntimeError, "super(): no arguments");
        }
        PyObject first = f.firstArgument();
        if (first == null) {
            throw PyErr.format(PyExc.RuntimeError, "super(): arg[0] deleted");
        }
        if (!f.hasClassCell()) {
            throw PyErr.format(PyExc.RuntimeError, "super(): __class__ cell not found");
        }
        PyObject cls = f.classCellContents();
        if (cls == null) {
            throw PyErr.format(PyExc.RuntimeError, "super(): empty __class__ cell");
        }
        if (!(cls instanceof PyType t)) {
            throw PyErr.format(PyExc.RuntimeError, "super(): __class__ is not a type (%s)", PyErr.typeName(cls));
        }
        set(t, first);
    }

    /** {@code supercheck}: the type whose MRO the lookup follows. */
    private static PyType check(PyType t, PyObject o) {
        if (o instanceof PyType ot && ot.isSubtype(t)) {
            return ot;
        }
        if (o.type().isSubtype(t)) {
            return o.type();
        }
        PyObject cls = Abstract.lookupAttr(o, CLASS);
        if (cls instanceof PyType ct && ct != o.type() && ct.isSubtype(t)) {
            return ct;
        }
        throw PyErr.typeError("super(type, obj): obj must be an instance or subtype of type");
    }

    private PyObject getAttr(PyStr name) {
        if (objType != null && !name.value().equals("__class__")) {
            PyType[] mro = objType.mro();
            int i = 0;
            while (i < mro.length && mro[i] != thisClass) {
                i++;
            }
            for (i++; i < mro.length; i++) {
                PyObject res = mro[i].dict().getItem(name);
                if (res != null) {
                    DescrGetFunc get = res.type().tp_descr_get;
                    return get == null ? res : get.call(res, obj == objType ? null : obj, objType);
                }
            }
        }
        return GenericAttr.getAttr(this, name, false);
    }

    private PyObject descrGet(PyObject o) {
        if (o == null || obj != null) {
            return this;
        }
        if (type != TYPE) {
            return Abstract.call(type, thisClass, o);
        }
        return of(thisClass, o);
    }

    private String repr() {
        String cls = thisClass == null ? "NULL" : thisClass.getName();
        if (objType != null) {
            return "<super: <class '" + cls + "'>, <" + objType.getName() + " object>>";
        }
        return "<super: <class '" + cls + "'>, NULL>";
    }

    @PyGetter("__thisclass__")
    PyObject thisClass() {
        return thisClass == null ? PyNone.NONE : thisClass;
    }

    @PyGetter("__self__")
    PyObject self() {
        return obj == null ? PyNone.NONE : obj;
    }

    @PyGetter("__self_class__")
    PyObject selfClass() {
        return objType == null ? PyNone.NONE : objType;
    }
}
