package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code unaryfunc}: repr, str, iter, negative, index, ... */
@FunctionalInterface
public interface UnaryFunc {
    PyObject call(PyObject self);
}
