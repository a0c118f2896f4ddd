package org.sanca.runtime.modules.gc;

import org.sanca.runtime.objects.PyList;

/** One interpreter's collector settings ({@code GCState} in CPython's {@code Include/internal/pycore_gc.h}). */
final class GcState {
    volatile boolean enabled = true;
    volatile boolean collecting;
    volatile boolean frozen;
    volatile int debug;
    final int[] thresholds = {700, 10, 10};
    final long[] collections = new long[3];
    final PyList garbage = new PyList();
    final PyList callbacks = new PyList();
}
