package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/**
 * An object whose class may be reassigned ({@code obj.__class__ = C}): instances of classes
 * defined in Python, whose layout CPython lets {@code object_set_class} swap between
 * compatible heap types.
 */
public interface Retypable {
    /** Assigns {@code __class__}; the caller has checked the layouts are compatible. */
    void setType(PyType type);
}
