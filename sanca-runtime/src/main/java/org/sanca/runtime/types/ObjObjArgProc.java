package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code objobjargproc}: {@code mp_ass_subscript}; {@code value} is null to delete. */
@FunctionalInterface
public interface ObjObjArgProc {
    void call(PyObject self, PyObject key, PyObject value);
}
