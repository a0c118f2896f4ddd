package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code richcmpfunc}: returns {@code NotImplemented} for operands it does not handle. */
@FunctionalInterface
public interface RichCmpFunc {
    PyObject call(PyObject self, PyObject other, CompareOp op);
}
