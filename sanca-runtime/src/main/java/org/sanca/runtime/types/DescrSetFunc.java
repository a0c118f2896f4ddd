package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code descrsetfunc}; {@code value} is null to delete. */
@FunctionalInterface
public interface DescrSetFunc {
    void call(PyObject descr, PyObject obj, PyObject value);
}
