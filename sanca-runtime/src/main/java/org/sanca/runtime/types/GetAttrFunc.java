package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/** {@code getattrofunc}: raises AttributeError when the attribute is missing. */
@FunctionalInterface
public interface GetAttrFunc {
    PyObject call(PyObject self, PyStr name);
}
