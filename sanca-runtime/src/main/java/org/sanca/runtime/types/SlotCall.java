package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/**
 * How a slot wrapper calls its slot with self and the Python arguments (already counted);
 * {@code kwnames} names trailing keyword arguments, which only {@code __init__},
 * {@code __call__} and {@code __new__}-like wrappers accept.
 */
@FunctionalInterface
interface SlotCall {
    PyObject call(PyType owner, PyObject self, PyObject[] args, String[] kwnames);
}
