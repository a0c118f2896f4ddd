package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyObject;

/**
 * Making bound method objects ({@code types.MethodType}, CPython's {@code PyMethod_New}) from
 * the type machinery, for a classmethod wrapping a callable that is not a descriptor. The
 * interpreter owns the method type and installs its constructor once.
 */
public final class BoundMethods {
    private static volatile BinaryFunc factory;

    private BoundMethods() {
    }

    /** Installs the constructor {@code (func, self) -> method}. */
    public static void install(BinaryFunc methodNew) {
        factory = methodNew;
    }

    /** {@code MethodType(func, self)}. */
    public static PyObject bind(PyObject func, PyObject self) {
        BinaryFunc f = factory;
        if (f == null) {
            throw PyErr.format(PyExc.SystemError, "bound methods are not available");
        }
        return f.call(func, self);
    }
}
