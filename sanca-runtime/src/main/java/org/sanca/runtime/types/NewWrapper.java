package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * The {@code __new__} a type with its own {@code tp_new} shows in its dict, e.g.
 * {@code object.__new__}: CPython's {@code tp_new_wrapper}, a builtin method bound to the type,
 * which checks that the class to instantiate is a subtype it can safely make.
 */
final class NewWrapper {
    private NewWrapper() {
    }

    private static final MethodDef DEF = def();

    private static MethodDef def() {
        return MethodDef.of(MethodTable.of(NewWrapper.class), 0, false);
    }

    /** Adds {@code __new__} to {@code t}'s dict when it has a {@code tp_new} of its own. */
    static void addTo(PyType t) {
        if (t.tp_new != null && (t.base() == null || t.base().tp_new != t.tp_new)) {
            t.dict().setDefault(PyStr.of("__new__"), new PyBuiltinFunction(DEF, t, t));
        }
    }

    /** Whether {@code o} is a type's builtin {@code __new__}. */
    static boolean isWrapper(PyObject o) {
        return o instanceof PyBuiltinFunction f && f.def == DEF;
    }

    @PyMethod(value = "($type, *args, **kwargs)", name = "__new__")
    static PyObject call(PyObject self, PyTuple args, PyDict kwargs) {
        PyType type = (PyType) self;
        String name = type.getName();
        if (args.size() < 1) {
            throw PyErr.typeError("%s.__new__(): not enough arguments", name);
        }
        PyObject arg0 = args.get(0);
        if (!(arg0 instanceof PyType sub)) {
            throw PyErr.typeError("%s.__new__(X): X is not a type object (%s)", name, PyErr.typeName(arg0));
        }
        if (!sub.isSubtype(type)) {
            throw PyErr.typeError("%s.__new__(%s): %s is not a subtype of %s", name, sub.getName(), sub.getName(), name);
        }
        PyType staticBase = sub;
        while (staticBase != null && staticBase.tp_new == SlotFunctions.NEW) {
            staticBase = staticBase.base();
        }
        if (staticBase != null && staticBase.tp_new != type.tp_new) {
            throw PyErr.typeError("%s.__new__(%s) is not safe, use %s.__new__()", name, sub.getName(), staticBase.getName());
        }
        int n = args.size() - 1;
        PyObject[] keys = kwargs.keysArray();
        PyObject[] values = kwargs.valuesArray();
        PyObject[] all = new PyObject[n + keys.length];
        System.arraycopy(args.items(), 1, all, 0, n);
        System.arraycopy(values, 0, all, n, values.length);
        String[] kwnames = null;
        if (keys.length > 0) {
            kwnames = new String[keys.length];
            for (int i = 0; i < keys.length; i++) {
                kwnames[i] = ((PyStr) keys[i]).value();
            }
        }
        return type.tp_new.call(sub, all, kwnames);
    }
}
