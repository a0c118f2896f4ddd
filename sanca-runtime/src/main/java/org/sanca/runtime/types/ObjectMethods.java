package org.sanca.runtime.types;

import java.util.LinkedHashMap;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInstance;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.objects.Retypable;

/** The methods and attributes of {@code object} ({@code object_methods}, {@code object_getsets}). */
final class ObjectMethods {
    private ObjectMethods() {
    }

    private static final PyStr CLASS = PyStr.of("__class__");

    static void fillDict(PyType t) {
        BuiltinMethods.fill(t, ObjectMethods.class);
        t.dict().setItem(PyStr.of("__doc__"), PyStr.of("The base class of the class hierarchy.\n\n"
                + "When called, it accepts no arguments and returns a new featureless\n"
                + "instance that has no instance attributes and cannot be given any.\n"));
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
        boolean modules = newType.isSubtype(PyModule.TYPE) && old.isSubtype(PyModule.TYPE);
        if (!modules && (!newType.isHeapType() || !old.isHeapType())) {
            throw PyErr.typeError("__class__ assignment only supported for mutable types or ModuleType subclasses");
        }
        if (!sameLayout(old, newType)) {
            throw PyErr.typeError("__class__ assignment: '%s' object layout differs from '%s'", newType.getName(), old.getName());
        }
        if (self instanceof Retypable r) {
            r.setType(newType);
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
        return slotCount(a) == slotCount(b) && hasInstanceDict(a) == hasInstanceDict(b);
    }

    private static int slotCount(PyType t) {
        return t instanceof PyHeapType h ? h.slotCount() : 0;
    }

    private static boolean hasInstanceDict(PyType t) {
        return t instanceof PyHeapType h ? h.hasInstanceDict() : WithDict.class.isAssignableFrom(t.javaClass());
    }

    @PyMethod(value = "($type, /, *args, **kwargs)", name = "__init_subclass__", kind = PyMethod.Kind.CLASS, textSignature = false)
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

    @PyMethod(value = "($type, /, *args, **kwargs)", name = "__subclasshook__", kind = PyMethod.Kind.CLASS, textSignature = false)
    static PyObject subclassHook(PyObject type, PyTuple args, PyDict kwargs) {
        return PyNotImplemented.NOT_IMPLEMENTED;
    }

    @PyMethod(value = "($self, format_spec, /)", name = "__format__")
    static PyObject format(PyObject self, PyObject spec) {
        if (!(spec instanceof PyStr s)) {
            throw PyErr.typeError("__format__() argument must be str, not %s", PyStr.argTypeName(spec));
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

    private static final PyStr REDUCE = PyStr.of("__reduce__");
    private static final PyStr GETSTATE = PyStr.of("__getstate__");
    private static final PyStr GETNEWARGS_EX = PyStr.of("__getnewargs_ex__");
    private static final PyStr GETNEWARGS = PyStr.of("__getnewargs__");

    /** {@code object___reduce_ex___impl}: an overridden {@code __reduce__} wins, else the default reduction. */
    @PyMethod(value = "($self, protocol, /)", name = "__reduce_ex__")
    static PyObject reduceEx(PyObject self, PyObject protocol) {
        PyObject own = self.type().lookup(REDUCE);
        if (own != null && own != PyType.OBJECT.dict().getItem(REDUCE)) {
            return Abstract.call(Abstract.getAttr(self, REDUCE));
        }
        return commonReduce(self, Abstract.indexValue(protocol));
    }

    @PyMethod(value = "($self, /)", name = "__reduce__")
    static PyObject reduce(PyObject self) {
        return commonReduce(self, 0);
    }

    /** {@code _common_reduce}: {@code copyreg._reduce_ex} below protocol 2, else {@code reduce_newobj}. */
    private static PyObject commonReduce(PyObject self, long protocol) {
        PyObject copyreg = ModuleImport.importModule("copyreg");
        if (protocol < 2) {
            return Abstract.call(Abstract.getAttr(copyreg, PyStr.of("_reduce_ex")), self, PyInt.of(protocol));
        }
        PyType type = self.type();
        if (type.tp_new == null) {
            throw PyErr.typeError("cannot pickle '%s' object", type.getName());
        }
        PyObject args = PyTuple.EMPTY;
        PyObject kwargs = null;
        boolean hasArgs = true;
        PyObject ex = Special.lookupBound(self, GETNEWARGS_EX);
        if (ex != null) {
            PyObject[] pair = newArgsEx(Abstract.call(ex));
            args = pair[0];
            kwargs = pair[1];
        } else {
            PyObject na = Special.lookupBound(self, GETNEWARGS);
            if (na != null) {
                args = Abstract.call(na);
                if (!(args instanceof PyTuple)) {
                    throw PyErr.typeError("__getnewargs__ should return a tuple, not '%s'", PyErr.typeName(args));
                }
            } else {
                hasArgs = false;
            }
        }
        PyObject newobj;
        PyObject newargs;
        if (kwargs == null || Abstract.len(kwargs) == 0) {
            newobj = Abstract.getAttr(copyreg, PyStr.of("__newobj__"));
            PyTuple a = (PyTuple) args;
            PyObject[] items = new PyObject[a.size() + 1];
            items[0] = type;
            System.arraycopy(a.items(), 0, items, 1, a.size());
            newargs = PyTuple.of(items);
        } else {
            newobj = Abstract.getAttr(copyreg, PyStr.of("__newobj_ex__"));
            newargs = PyTuple.of(type, args, kwargs);
        }
        boolean required = !hasArgs && !(self instanceof PyList) && !(self instanceof PyDict);
        if (required && self.type().lookup(GETSTATE) == PyType.OBJECT.dict().getItem(GETSTATE) && hasHiddenState(type)) {
            throw PyErr.typeError("cannot pickle '%s' object", type.getName());
        }
        PyObject state = Abstract.call(Abstract.getAttr(self, GETSTATE));
        PyObject listitems = self instanceof PyList ? Abstract.getIter(self) : org.sanca.runtime.objects.PyNone.NONE;
        PyObject dictitems = self instanceof PyDict d
                ? Abstract.getIter(Abstract.callMethod(d, "items")) : org.sanca.runtime.objects.PyNone.NONE;
        return PyTuple.of(newobj, newargs, state, listitems, dictitems);
    }

    /** The (args, kwargs) pair {@code __getnewargs_ex__} returned, checked as {@code _PyObject_GetNewArguments} checks it. */
    private static PyObject[] newArgsEx(PyObject r) {
        if (!(r instanceof PyTuple t)) {
            throw PyErr.typeError("__getnewargs_ex__ should return a tuple, not '%s'", PyErr.typeName(r));
        }
        if (t.size() != 2) {
            throw PyErr.typeError("__getnewargs_ex__ should return a tuple of length 2, not %d", t.size());
        }
        if (!(t.get(0) instanceof PyTuple)) {
            throw PyErr.typeError("first item of the tuple returned by __getnewargs_ex__ must be a tuple, not '%s'",
                    PyErr.typeName(t.get(0)));
        }
        if (!(t.get(1) instanceof PyDict)) {
            throw PyErr.typeError("second item of the tuple returned by __getnewargs_ex__ must be a dict, not '%s'",
                    PyErr.typeName(t.get(1)));
        }
        return new PyObject[] {t.get(0), t.get(1)};
    }

    /**
     * Whether instances carry state of a builtin base other than {@code object} that the default
     * reduction cannot see (CPython compares {@code tp_basicsize} with object's).
     */
    private static boolean hasHiddenState(PyType type) {
        for (PyType t : type.mro()) {
            if (!(t instanceof PyHeapType)) {
                return t != PyType.OBJECT;
            }
        }
        return false;
    }

    /** {@code object_getstate_default}: the instance dict (None when empty), with the slot values beside it. */
    @PyMethod(value = "($self, /)", name = "__getstate__")
    static PyObject getState(PyObject self) {
        PyDict d = self instanceof WithDict wd ? wd.getDict() : null;
        PyObject state = d == null || d.size() == 0 ? org.sanca.runtime.objects.PyNone.NONE : d;
        if (self instanceof PyInstance inst && self.type() instanceof PyHeapType h && h.slotCount() > 0) {
            PyDict slots = new PyDict();
            for (PyType t : h.mro()) {
                if (t instanceof PyHeapType ht) {
                    for (String n : ht.ownSlots()) {
                        PyObject v = Abstract.lookupAttr(self, PyStr.of(n));
                        if (v != null) {
                            slots.setItem(PyStr.of(n), v);
                        }
                    }
                }
            }
            if (slots.size() > 0) {
                state = PyTuple.of(state, slots);
            }
        }
        return state;
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
