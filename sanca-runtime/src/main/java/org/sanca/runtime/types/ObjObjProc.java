package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code objobjproc}: {@code sq_contains}. */
@FunctionalInterface
public interface ObjObjProc {
    boolean call(PyObject container, PyObject item);
}
