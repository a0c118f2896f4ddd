package org.sanca.runtime.objects;

/**
 * An object with an instance {@code __dict__}: what CPython finds through
 * {@code tp_dictoffset}. Generic attribute lookup consults this dict after data descriptors.
 */
public interface WithDict {
    /** The instance dict (made on first use where it is lazy). */
    PyDict getDict();
}
