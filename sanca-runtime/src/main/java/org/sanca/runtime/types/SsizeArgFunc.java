package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code ssizeargfunc}: {@code sq_item}, the index already made non-negative where the type asks for it. */
@FunctionalInterface
public interface SsizeArgFunc {
    PyObject call(PyObject self, long index);
}
