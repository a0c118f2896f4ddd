package org.sanca.runtime.modules._functools;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.CompareOp;

/**
 * A cache key as a Java map key: its Python hash computed once, equality by Python's {@code ==}
 * (identity first), as a dict compares keys.
 */
final class CacheKey {
    final PyObject key;
    private final int hash;

    CacheKey(PyObject key) {
        this.key = key;
        this.hash = Long.hashCode(Abstract.hash(key));
    }

    @Override
    public int hashCode() {
        return hash;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof CacheKey k
                && (k.key == key || k.hash == hash && Abstract.richCompareBool(key, k.key, CompareOp.EQ));
    }
}
