package org.sanca.runtime.objects;

/** Iterators over byte data as ints, shared by bytes, bytearray and memoryview. */
final class PyArrayIterOf {
    private PyArrayIterOf() {
    }

    static PyObject ints(byte[] b) {
        PyObject[] items = new PyObject[b.length];
        for (int i = 0; i < b.length; i++) {
            items[i] = PyInt.of(b[i] & 0xff);
        }
        return new PyArrayIter(items);
    }
}
