package org.sanca.runtime.modules.zlib;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyMethod;

/**
 * What {@code zlib.Compress} and {@code zlib.Decompress} share: the copy module's hooks, which
 * both answer with the object's own {@code copy()} (a stream has no parts to copy deeply).
 */
abstract class ZlibStreamObject extends PyObject {
    /** {@code copy()}: a new object in this one's state. */
    abstract PyObject copy();

    @PyMethod("($self, /)")
    PyObject __copy__() {
        return copy();
    }

    @PyMethod("($self, memo, /)")
    PyObject __deepcopy__(PyObject memo) {
        return copy();
    }
}
