package org.sanca.runtime.types;

import java.util.LinkedHashMap;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInstance;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.objects.PyBaseException;

/** The methods and attributes of {@code object} ({@code object_methods}, {@code object_getsets}). */
final class ObjectMethods {
    private ObjectMethods() {
    }

    private static final PyStr CLASS = PyStr.of("__class__");

    static void fillDict(PyType t) {
        BuiltinMethods.fill(t, ObjectMethods.class);
        t.dict().setItem(CLASS, new PyGetSetDescr(t, "__class__", null, PyObject::type, ObjectMethods::setClass));
    }

    /** {@code object_set_class}: only between heap types with the same instance layout. */
    private static void setClass(PyObject self, PyObject value) {
        if (value == null) {
            throw PyErr.typeError("can't delete __class__ attribute");
        }
        if (!(value instanceof PyType newType)) {
            throw PyErr.typeError("__class__ must be set to a class, not '%s' object", PyErr.typeName(value));
        }
        PyType old = self.type();
        if (!newType.isHeapType() || !old.isHeapType()) {
            throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (!sameLayout(old, newType)) {
            throw PyErr.typeError("__class__ assignment: '%s' object layout differs from '%s'", newType.getName(), old.getName());
        }
        if (self instanceof PyInstance inst) {
            inst.setType(newType);
        } else if (self instanceof PyBaseException e) {
            e.setType(newType);
        } else {
            throw PyErr.typeError("__class__ assignment: '%s' object layout differs from '%s'", newType.getName(), old.getName());
        }
    }

    /** {@code compatible_for_assignment}: the same slots added over the same base, and the same dict. */
    private static boolean sameLayout(PyType a, PyType b) {
        PyType sa = TypeNew.solidBase(a);
        PyType sb = TypeNew.solidBase(b);
        while (sa != sb) {
            if (!(sa instanceof PyHeapType ha) || !(sb instanceof PyHeapType hb) || !ha.ownSlots().equals(hb.ownSlots())) {
                return false;
            }
            sa = TypeNew.solidBase(sa.base());
            sb = TypeNew.solidBase(sb.base());
        }
        PyHeapType x = (PyHeapType) a;
        PyHeapType y = (PyHeapType) b;
        return x.slotCount() == y.slotCount() && x.hasInstanceDict() == y.hasInstanceDict();
    }

    @PyMethod(value = "($type, /, *args, **kwargs)", name = "__init_subclass__", kind = PyMethod.Kind.CLASS)
    static PyObject initSubclass(PyObject type, PyTuple args, PyDict kwargs) {
        String name = ((PyType) type).getName();
        if (kwargs.size() > 0) {
            throw PyErr.typeError("%s.__init_subclass__() takes no keyword arguments", name);
        }
        if (args.size() > 0) {
            throw PyErr.typeError("%s.__init_subclass__() takes no arguments (%d given)", name, args.size());
        }
        return org.sanca.runtime.objects.PyNone.NONE;
    }

    @PyMethod(value = "($type, /, *args, **kwargs)", name = "__subclasshook__", kind = PyMethod.Kind.CLASS)
    static PyObject subclassHook(PyObject type, PyTuple args, PyDict kwargs) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod(value = "($self, format_spec, /)", name = "__format__")
    static PyObject format(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not %s", PyErr.typeName(spec));
        }
        if (s.length() > 0) {
            throw PyErr.typeError("unsupported format string passed to %s.__format__", PyErr.typeName(self));
        }
        return Abstract.str(self);
    }

    @PyMethod(value = "($self, /)", name = "__sizeof__")
    static PyObject sizeOf(PyObject self) {
        int slots = self.type() instanceof PyHeapType h ? h.slotCount() : 0;
        return PyInt.of(16 + 8L * slots);
    }

    /** {@code object___dir___impl}: the instance dict's keys and the class attributes. */
    @PyMethod(value = "($self, /)", name = "__dir__")
    static PyObject dir(PyObject self) {
        LinkedHashMap<Object, PyObject> names = new LinkedHashMap<>();
        PyDict d = self instanceof WithDict wd ? wd.getDict() : null;
        if (d != null) {
            for (PyObject k : d.keysArray()) {
                names.putIfAbsent(k instanceof PyStr s ? s.value() : k, k);
            }
        }
        PyObject cls = Abstract.lookupAttr(self, CLASS);
        if (cls instanceof PyType t) {
            TypeMethods.mergeClassDict(t, names);
        }
        return new PyList(names.values().toArray(new PyObject[0]));
    }
}
