package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/**
 * A descriptor in a type's dict that, found on an instance, binds to it as a method: CPython's
 * {@code Py_TPFLAGS_METHOD_DESCRIPTOR}. Calling it with the receiver directly skips making the
 * bound method, which is how special methods and {@code obj.meth()} are called.
 */
public interface MethodDescriptor {
    /** Calls the method on {@code self} with the vectorcall arguments. */
    PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames);
}
