package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code hashfunc}: {@code tp_hash}; a type that is unhashable has this slot set to the function that raises TypeError. */
@FunctionalInterface
public interface HashFunc {
    long call(PyObject self);
}
