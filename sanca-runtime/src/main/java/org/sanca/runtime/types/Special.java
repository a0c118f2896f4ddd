package org.sanca.runtime.types;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * Looking up and calling special methods on the type, never the instance: CPython's
 * {@code _PyObject_LookupSpecial}, {@code lookup_maybe_method} and {@code vectorcall_method}
 * in {@code Objects/typeobject.c}.
 */
public final class Special {
    private Special() {
    }

    /** The descriptor {@code name} along {@code type(self)}'s MRO, or null. */
    public static PyObject find(PyObject self, PyStr name) {
        return self.type().lookup(name);
    }

    /**
     * Calls {@code descr}, found on {@code type(self)}, as a method of {@code self}: a method
     * descriptor is called with self directly, another descriptor is bound first.
     */
    public static PyObject callFound(PyObject descr, PyObject self, PyObject[] args, String[] kwnames) {
        if (descr instanceof MethodDescriptor md) {
            return md.callWithSelf(self, args, kwnames);
        }
        DescrGetFunc get = descr.type().tp_descr_get;
        PyObject callable = get == null ? descr : get.call(descr, self, self.type());
        return Abstract.call(callable, args, kwnames);
    }

    /** Calls special method {@code name} of {@code self}; returns null when the type has none. */
    public static PyObject callMaybe(PyObject self, PyStr name, PyObject... args) {
        PyObject descr = find(self, name);
        return descr == null ? null : callFound(descr, self, args, null);
    }

    /** {@code _PyObject_LookupSpecial}: the bound special method, or null. */
    public static PyObject lookupBound(PyObject self, PyStr name) {
        PyObject descr = find(self, name);
        if (descr == null) {
            return null;
        }
        DescrGetFunc get = descr.type().tp_descr_get;
        return get == null ? descr : get.call(descr, self, self.type());
    }
}
