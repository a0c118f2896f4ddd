package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code descrgetfunc}; {@code obj} is null when looked up on the type itself. */
@FunctionalInterface
public interface DescrGetFunc {
    PyObject call(PyObject descr, PyObject obj, PyObject type);
}
