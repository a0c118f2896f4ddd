package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code ternaryfunc}: {@code nb_power}; {@code modulus} is None when not given. */
@FunctionalInterface
public interface TernaryFunc {
    PyObject call(PyObject self, PyObject other, PyObject modulus);
}
