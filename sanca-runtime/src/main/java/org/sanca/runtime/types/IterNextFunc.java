package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code iternextfunc}: the next item, or null when the iterator is exhausted (no StopIteration is created on this path). */
@FunctionalInterface
public interface IterNextFunc {
    PyObject call(PyObject self);
}
