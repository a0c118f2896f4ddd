package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code vectorcallfunc}: {@code args} holds the positional arguments followed by the values of the keyword arguments named by {@code kwnames} (null when there are none). The array may be reused by the callee; callers must not keep it. */
@FunctionalInterface
public interface CallFunc {
    PyObject call(PyObject callable, PyObject[] args, String[] kwnames);
}
