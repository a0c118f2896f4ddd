package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyType;

/**
 * A value an async generator yields (as opposed to one an {@code await} inside it passes up):
 * CPython's {@code _PyAsyncGenWrappedValue}, made by the {@code ASYNC_GEN_WRAP} intrinsic.
 */
final class AsyncGenWrapped extends PyObject {
    static final PyType TYPE = PyType.builtin("async_generator_wrapped_value", AsyncGenWrapped.class, PyType.OBJECT, 0,
            t -> { });

    final PyObject value;

    AsyncGenWrapped(PyObject value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }
}
