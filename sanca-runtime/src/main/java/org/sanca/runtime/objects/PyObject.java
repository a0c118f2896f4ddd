package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/**
 * Every Python value. Behaviour lives in the value's {@link PyType} (its slot fields), not in
 * this class: see {@code Include/object.h}. Subclasses are small classes per builtin type.
 */
public abstract class PyObject {
    /** {@code type(self)}. */
    public abstract PyType type();

    /** A Java-side description for debugging only; Python's repr is {@code Abstract.repr}. */
    @Override
    public String toString() {
        return "<" + type().getName() + " object>";
    }
}
