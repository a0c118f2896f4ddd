package org.sanca.runtime.types;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.WithDict;

/**
 * {@code property}: a data descriptor calling its getter, setter and deleter, CPython's
 * {@code property} in {@code Objects/descrobject.c}.
 */
public final class PyProperty extends PyObject implements WithDict {
    public static final PyType TYPE = PyType.builtin("property", PyProperty.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tp_new = (cls, args, kw) -> new PyProperty((PyType) cls);
        t.tp_init = (self, args, kw) -> ((PyProperty) self).init(args, kw);
        t.tp_descr_get = (d, obj, type) -> obj == null ? d : ((PyProperty) d).get(obj);
        t.tp_descr_set = (d, obj, v) -> ((PyProperty) d).set(obj, v);
    });

    private static final ArgSpec INIT = ArgSpec.parse("property", "(fget=None, fset=None, fdel=None, doc=None)");
    private static final PyStr DOC = PyStr.of("__doc__");

    private final PyType type;
    private PyObject fget = PyNone.NONE;
    private PyObject fset = PyNone.NONE;
    private PyObject fdel = PyNone.NONE;
    private PyObject doc = PyNone.NONE;
    private PyObject name;
    private boolean getterDoc;
    private PyDict dict;

    PyProperty(PyType type) {
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public synchronized PyDict getDict() {
        if (type == TYPE) {
            return null;
        }
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    private PyObject init(PyObject[] args, String[] kwnames) {
        PyObject[] a = INIT.bind(args, kwnames);
        fget = a[0];
        fset = a[1];
        fdel = a[2];
        doc = a[3];
        getterDoc = false;
        if (doc == PyNone.NONE && fget != PyNone.NONE) {
            PyObject d = Abstract.lookupAttr(fget, DOC);
            if (d != null) {
                doc = d;
                getterDoc = true;
            }
        }
        if (type != TYPE) {
            getDict().setItem(DOC, doc);
        }
        return PyNone.NONE;
    }

    private PyException missing(PyObject obj, String what) {
        String qualname = "'" + obj.type().getQualname() + "'";
        if (name != null) {
            return PyErr.format(PyExc.AttributeError, "property %s of %s object has no %s", Abstract.repr(name), qualname, what);
        }
        return PyErr.format(PyExc.AttributeError, "property of %s object has no %s", qualname, what);
    }

    private PyObject get(PyObject obj) {
        if (fget == PyNone.NONE) {
            throw missing(obj, "getter");
        }
        return Abstract.call(fget, obj);
    }

    private void set(PyObject obj, PyObject v) {
        PyObject f = v == null ? fdel : fset;
        if (f == PyNone.NONE) {
            throw missing(obj, v == null ? "deleter" : "setter");
        }
        if (v == null) {
            Abstract.call(f, obj);
        } else {
            Abstract.call(f, obj, v);
        }
    }

    /** {@code property_copy}: a property of the same type with one function replaced. */
    private PyObject copy(PyObject get, PyObject set, PyObject del) {
        get = get == PyNone.NONE ? null : get;
        set = set == PyNone.NONE ? null : set;
        del = del == PyNone.NONE ? null : del;
        PyObject g = get != null ? get : fget;
        PyObject d = getterDoc && get != null ? PyNone.NONE : doc;
        PyObject p = Abstract.call(type, g, set != null ? set : fset, del != null ? del : fdel, d);
        if (p instanceof PyProperty pp) {
            pp.name = name;
        }
        return p;
    }

    @PyMethod(value = "($self, getter, /)", textSignature = false)
    PyObject getter(PyObject f) {
        return copy(f, null, null);
    }

    @PyMethod(value = "($self, setter, /)", textSignature = false)
    PyObject setter(PyObject f) {
        return copy(null, f, null);
    }

    @PyMethod(value = "($self, deleter, /)", textSignature = false)
    PyObject deleter(PyObject f) {
        return copy(null, null, f);
    }

    @PyMethod(value = "($self, owner, name, /)", name = "__set_name__", textSignature = false)
    void setName(PyObject owner, PyObject newName) {
        name = newName;
    }

    @PyGetter
    PyObject fget() {
        return fget;
    }

    @PyGetter
    PyObject fset() {
        return fset;
    }

    @PyGetter
    PyObject fdel() {
        return fdel;
    }

    @PyGetter("__doc__")
    PyObject doc() {
        return doc;
    }

    @PyGetter("__isabstractmethod__")
    PyObject isAbstract() {
        boolean any = Abstract.isTrue(FunctionWrapper.isAbstract(fget)) || Abstract.isTrue(FunctionWrapper.isAbstract(fset))
                || Abstract.isTrue(FunctionWrapper.isAbstract(fdel));
        return PyBool.of(any);
    }
}
