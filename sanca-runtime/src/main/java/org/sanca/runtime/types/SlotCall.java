package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** How a slot wrapper calls its slot with self and the Python arguments (already counted). */
@FunctionalInterface
interface SlotCall {
    PyObject call(PyType owner, PyObject self, PyObject[] args);
}
