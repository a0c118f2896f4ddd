package org.sanca.runtime.types;

import java.util.LinkedHashMap;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * The methods and attributes of {@code type} ({@code type_methods}, {@code type_getsets} and
 * {@code type_members} in {@code Objects/typeobject.c}).
 */
final class TypeMethods {
    private TypeMethods() {
    }

    /** {@code Py_TPFLAGS_IS_ABSTRACT}: the class has abstract methods and cannot be instantiated. */
    static final int IS_ABSTRACT = 1 << 20;

    private static final PyStr MODULE = PyStr.of("__module__");
    private static final PyStr DOC = PyStr.of("__doc__");
    private static final PyStr ABSTRACT = PyStr.of("__abstractmethods__");
    private static final PyStr ANNOTATIONS = PyStr.of("__annotations__");

    static void fillDict(PyType t) {
        BuiltinMethods.fill(t, TypeMethods.class);
        PyDict d = t.dict();
        getset(d, "__name__", o -> PyStr.of(shortName(o)), (o, v) -> o.setName(typeName(o, v)));
        getset(d, "__qualname__", o -> PyStr.of(o.isHeapType() ? o.getQualname() : shortName(o)),
                (o, v) -> o.setQualname(string(o, "__qualname__", v)));
        getset(d, "__module__", TypeMethods::module, (o, v) -> setInDict(o, MODULE, undeletable(o, "__module__", v)));
        getset(d, "__doc__", TypeMethods::doc, (o, v) -> setInDict(o, DOC, undeletable(o, "__doc__", v)));
        getset(d, "__bases__", o -> PyTuple.of(o.bases().clone()), TypeMethods::setBases);
        getset(d, "__base__", o -> o.base() == null ? PyNone.NONE : o.base(), null);
        getset(d, "__mro__", o -> PyTuple.of(o.mro().clone()), null);
        getset(d, "__dict__", o -> new PyMappingProxy(o.dict()), null);
        getset(d, "__abstractmethods__", TypeMethods::abstractMethods, TypeMethods::setAbstractMethods);
        getset(d, "__annotations__", TypeMethods::annotations, (o, v) -> setInDict(o, ANNOTATIONS, v));
    }

    private interface Getter {
        PyObject get(PyType t);
    }

    private interface Setter {
        void set(PyType t, PyObject v);
    }

    private static void getset(PyDict d, String name, Getter get, Setter set) {
        d.setItem(PyStr.of(name), new PyGetSetDescr(PyType.TYPE, name, null, o -> get.get((PyType) o),
                set == null ? null : (o, v) -> set.set(checkMutable((PyType) o, name), v)));
    }

    private static PyType checkMutable(PyType t, String name) {
        if (!t.isHeapType()) {
            throw PyErr.typeError("cannot set '%s' attribute of immutable type '%s'", name, t.getName());
        }
        return t;
    }

    private static String string(PyType t, String attr, PyObject v) {
        if (!(undeletable(t, attr, v) instanceof PyStr s)) {
            throw PyErr.typeError("can only assign string to %s.%s, not '%s'", t.getName(), attr, PyErr.typeName(v));
        }
        return s.value();
    }

    /** {@code type_set_name}: a str without NUL characters. */
    private static String typeName(PyType t, PyObject v) {
        String n = string(t, "__name__", v);
        if (n.indexOf('\0') >= 0) {
            throw PyErr.valueError("type name must not contain null characters");
        }
        return n;
    }

    /** {@code check_set_special_type_attr}'s rule for deletion. */
    private static PyObject undeletable(PyType t, String attr, PyObject v) {
        if (v == null) {
            throw PyErr.typeError("cannot delete '%s' attribute of immutable type '%s'", attr, t.getName());
        }
        return v;
    }

    private static void setInDict(PyType t, PyStr key, PyObject v) {
        if (v == null) {
            if (t.dict().delItem(key) == null) {
                throw PyErr.format(PyExc.AttributeError, "%s", key);
            }
        } else {
            t.dict().setItem(key, v);
        }
        t.modified();
    }

    private static PyObject module(PyType t) {
        if (t.isHeapType()) {
            PyObject m = t.dict().getItem(MODULE);
            if (m == null) {
                throw PyErr.format(PyExc.AttributeError, "__module__");
            }
            return m;
        }
        String n = t.getName();
        int dot = n.lastIndexOf('.');
        return PyStr.of(dot < 0 ? "builtins" : n.substring(0, dot));
    }

    /**
     * The name {@code repr} shows for {@code t} and its instances, as CPython's {@code type_repr}
     * and {@code object_repr} make it: the module (unless {@code builtins}, or not a str) and
     * the qualified name.
     */
    static String reprName(PyType t) {
        PyObject module = t.isHeapType() ? t.dict().getItem(MODULE) : module(t);
        String qualname = t.isHeapType() ? t.getQualname() : shortName(t);
        return module instanceof PyStr m && !m.value().equals("builtins") ? m.value() + "." + qualname : qualname;
    }

    /** A builtin type's {@code tp_name} may carry its module ({@code types.GenericAlias}); {@code __name__} has not. */
    private static String shortName(PyType t) {
        String n = t.getName();
        return t.isHeapType() ? n : n.substring(n.lastIndexOf('.') + 1);
    }

    private static final PyStr TYPE_DOC = PyStr.of("type(object) -> the object's type\ntype(name, bases, dict, **kwds) -> a new type");

    private static PyObject doc(PyType t) {
        if (t == PyType.TYPE) {
            return TYPE_DOC;
        }
        PyObject d = t.dict().getItem(DOC);
        if (d == null) {
            return PyNone.NONE;
        }
        DescrGetFunc get = d.type().tp_descr_get;
        return get == null ? d : get.call(d, null, t);
    }

    private static void setBases(PyType t, PyObject v) {
        if (v == null) {
            throw PyErr.typeError("cannot delete '__bases__' attribute of immutable type '%s'", t.getName());
        }
        if (!(v instanceof PyTuple tuple)) {
            throw PyErr.typeError("can only assign tuple to %s.__bases__, not %s", t.getName(),
                    v == null ? "NoneType" : PyErr.typeName(v));
        }
        if (tuple.size() == 0) {
            throw PyErr.typeError("can only assign non-empty tuple to %s.__bases__, not ()", t.getName());
        }
        PyType[] bases = new PyType[tuple.size()];
        for (int i = 0; i < bases.length; i++) {
            if (!(tuple.get(i) instanceof PyType b)) {
                throw PyErr.typeError("%s.__bases__ must be tuple of classes, not '%s'", t.getName(), PyErr.typeName(tuple.get(i)));
            }
            if (b.isSubtype(t)) {
                throw PyErr.typeError("a __bases__ item causes an inheritance cycle");
            }
            bases[i] = b;
        }
        PyType best = TypeNew.bestBase(bases);
        if (TypeNew.solidBase(best) != TypeNew.solidBase(t.base())) {
            throw PyErr.typeError("__bases__ assignment: '%s' deallocator differs from '%s'", best.getName(), t.base().getName());
        }
        t.setBases(bases);
        t.setBase(best);
        refresh(t);
    }

    private static void refresh(PyType t) {
        t.setMro(Mro.compute(t, t.bases()));
        t.inheritSlots();
        SlotDispatch.fixup(t);
        for (PyType sub : t.subclasses()) {
            if (sub.isHeapType()) {
                refresh(sub);
            }
        }
    }

    private static PyObject abstractMethods(PyType t) {
        PyObject v = t != PyType.TYPE ? t.dict().getItem(ABSTRACT) : null;
        if (v == null) {
            throw PyErr.format(PyExc.AttributeError, "__abstractmethods__");
        }
        return v;
    }

    private static void setAbstractMethods(PyType t, PyObject v) {
        setInDict(t, ABSTRACT, v);
        boolean abs = v != null && Abstract.isTrue(v);
        t.flags = abs ? t.flags | IS_ABSTRACT : t.flags & ~IS_ABSTRACT;
    }

    private static PyObject annotations(PyType t) {
        if (!t.isHeapType()) {
            throw PyErr.format(PyExc.AttributeError, "type object '%s' has no attribute '__annotations__'", t.getName());
        }
        PyObject a = t.dict().getItem(ANNOTATIONS);
        if (a == null) {
            a = new PyDict();
            t.dict().setItem(ANNOTATIONS, a);
        } else {
            DescrGetFunc get = a.type().tp_descr_get;
            a = get == null ? a : get.call(a, null, t);
        }
        return a;
    }

    @PyMethod("($self, /)")
    static PyObject mro(PyObject self) {
        PyType[] mro = Mro.compute((PyType) self, ((PyType) self).bases());
        return new PyList(java.util.Arrays.copyOf(mro, mro.length, PyObject[].class));
    }

    @PyMethod(value = "($self, /)", name = "__subclasses__")
    static PyObject subclasses(PyObject self) {
        return new PyList(((PyType) self).subclasses().toArray(new PyObject[0]));
    }

    @PyMethod(value = "($self, instance, /)", name = "__instancecheck__")
    static boolean instanceCheck(PyObject self, PyObject instance) {
        return Abstract.realIsInstance(instance, self);
    }

    @PyMethod(value = "($self, subclass, /)", name = "__subclasscheck__")
    static boolean subclassCheck(PyObject self, PyObject subclass) {
        return Abstract.realIsSubclass(subclass, self);
    }

    @PyMethod(value = "($type, /, *args, **kwargs)", name = "__prepare__", kind = PyMethod.Kind.CLASS, textSignature = false)
    static PyObject prepare(PyObject type, PyTuple args, PyDict kwargs) {
        return new PyDict();
    }

    @PyMethod(value = "($self, /)", name = "__dir__")
    static PyObject dir(PyObject self) {
        LinkedHashMap<Object, PyObject> names = new LinkedHashMap<>();
        mergeClassDict((PyType) self, names);
        return new PyList(names.values().toArray(new PyObject[0]));
    }

    /** {@code merge_class_dict}: the names in a class's dict and its bases', recursively. */
    static void mergeClassDict(PyType t, LinkedHashMap<Object, PyObject> names) {
        for (PyObject k : t.dict().keysArray()) {
            names.putIfAbsent(k instanceof PyStr s ? s.value() : k, k);
        }
        for (PyType b : t.bases()) {
            mergeClassDict(b, names);
        }
    }

    @PyMethod(value = "($self, /)", name = "__sizeof__")
    static PyObject sizeOf(PyObject self) {
        return org.sanca.runtime.objects.PyInt.of(((PyType) self).isHeapType() ? 920 : 416);
    }

}
