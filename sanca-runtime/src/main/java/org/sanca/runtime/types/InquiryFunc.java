package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyObject;

/** {@code inquiry}: {@code nb_bool}. */
@FunctionalInterface
public interface InquiryFunc {
    boolean call(PyObject self);
}
