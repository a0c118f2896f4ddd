package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/** {@code setattrofunc}; {@code value} is null to delete. */
@FunctionalInterface
public interface SetAttrFunc {
    void call(PyObject self, PyStr name, PyObject value);
}
