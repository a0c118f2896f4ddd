package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code binaryfunc}: the number protocol's binary operators and {@code mp_subscript}. Operator slots return {@code NotImplemented} for operands they do not handle. */
@FunctionalInterface
public interface BinaryFunc {
    PyObject call(PyObject self, PyObject other);
}
