package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code lenfunc}: {@code sq_length}/{@code mp_length}. */
@FunctionalInterface
public interface LenFunc {
    int call(PyObject self);
}
