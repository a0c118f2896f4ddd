package org.sanca.runtime.objects;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Detects a container met again while its own repr is being made, so {@code [[...]]} prints
 * instead of recursing forever: CPython's {@code Py_ReprEnter}/{@code Py_ReprLeave}, per thread.
 */
public final class ReprGuard {
    private static final ThreadLocal<Map<PyObject, Boolean>> ACTIVE = ThreadLocal.withInitial(IdentityHashMap::new);

    private ReprGuard() {
    }

    /** True when {@code o} was entered; false when it is already being represented. */
    public static boolean enter(PyObject o) {
        return ACTIVE.get().put(o, Boolean.TRUE) == null;
    }

    public static void leave(PyObject o) {
        ACTIVE.get().remove(o);
    }
}
