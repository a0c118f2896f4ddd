package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/**
 * PEP 688's buffer protocol for classes written in Python: a class defining {@code __buffer__}
 * (and perhaps {@code __release_buffer__}) is accepted wherever a bytes-like object is, as
 * CPython's {@code slot_bf_getbuffer}/{@code slot_bf_releasebuffer} in
 * {@code Objects/typeobject.c} make it.
 */
final class BufferProtocol {
    private static final PyStr BUFFER = PyStr.of("__buffer__");
    private static final PyStr RELEASE = PyStr.of("__release_buffer__");
    /** {@code PyBUF_FULL_RO}: the flags memoryview() and bytes() ask a buffer with. */
    static final int FULL_RO = 284;

    private BufferProtocol() {
    }

    /**
     * The memoryview {@code o.__buffer__(flags)} returns, or null when {@code o}'s class defines
     * no {@code __buffer__}; TypeError when it returns something else.
     */
    static PyMemoryView acquire(PyObject o, int flags) {
        PyType t = o.type();
        if (!t.isHeapType() || t.lookup(BUFFER) == null) {
            return null;
        }
        PyObject view = Abstract.callMethod(o, "__buffer__", PyInt.of(flags));
        if (!(view instanceof PyMemoryView m)) {
            throw PyErr.typeError("__buffer__ returned non-memoryview object");
        }
        return m;
    }

    /** {@code o.__release_buffer__(view)}, when {@code o}'s class defines it. */
    static void release(PyObject o, PyObject view) {
        if (o.type().lookup(RELEASE) != null) {
            Abstract.callMethod(o, "__release_buffer__", view);
        }
    }
}
