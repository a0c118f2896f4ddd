package org.sanca.runtime.objects;

/**
 * {@code memoryview.cast}: CPython's {@code memory_cast} with {@code cast_to_1D} and
 * {@code cast_to_ND} ({@code Objects/memoryobject.c}). A C-contiguous view becomes a view of
 * another native format, one-dimensional or of the given shape (in C order); at least one of
 * the two formats must be a byte format, and one of the two shapes one-dimensional.
 */
final class MemoryCast {
    private static final int MAX_NDIM = 64;

    private MemoryCast() {
    }

    static PyMemoryView cast(PyMemoryView m, PyObject fmt, PyObject shape) {
        m.checkReleased();
        if (!(fmt instanceof PyStr f)) {
            throw PyErr.typeError("cast() argument 'format' must be str, not %s", PyErr.typeName(fmt));
        }
        if (!m.isCContiguous()) {
            throw PyErr.typeError("memoryview: casts are restricted to C-contiguous views");
        }
        if ((shape != null || m.ndim() != 1) && zeroInShape(m)) {
            throw PyErr.typeError("memoryview: cannot cast view with zeros in shape or strides");
        }
        PyObject[] dims = null;
        if (shape != null) {
            if (!(shape instanceof PyList) && !(shape instanceof PyTuple)) {
                throw PyErr.typeError("shape must be a list or a tuple");
            }
            dims = Sequences.toArray(shape);
            if (dims.length > MAX_NDIM) {
                throw PyErr.valueError("memoryview: number of dimensions must not exceed %d", MAX_NDIM);
            }
            if (m.ndim() != 1 && dims.length != 1) {
                throw PyErr.typeError("memoryview: cast must be 1D -> ND or ND -> 1D");
            }
        }
        char dest = MemoryFormat.castTarget(f.value());
        if (!MemoryFormat.isByte(m.code) && !MemoryFormat.isByte(dest)) {
            throw PyErr.typeError("memoryview: cannot cast between two non-byte formats");
        }
        int size = MemoryFormat.size(dest);
        int nbytes = m.nbytes();
        if (nbytes % size != 0) {
            throw PyErr.typeError("memoryview: length is not a multiple of itemsize");
        }
        if (dims == null) {
            return m.derive(m.offset, new int[] {nbytes / size}, new int[] {size}, f.value(), size, m.readonly);
        }
        int[] newShape = shapeOf(dims, size, nbytes);
        return m.derive(m.offset, newShape, cStrides(newShape, size), f.value(), size, m.readonly);
    }

    private static boolean zeroInShape(PyMemoryView m) {
        for (int d : m.shape) {
            if (d == 0) {
                return true;
            }
        }
        return false;
    }

    /** The dimensions of a {@code shape} argument, checked to cover exactly {@code nbytes}. */
    private static int[] shapeOf(PyObject[] dims, int itemsize, int nbytes) {
        int[] out = new int[dims.length];
        long len = itemsize;
        for (int i = 0; i < dims.length; i++) {
            if (!(dims[i] instanceof PyInt)) {
                throw PyErr.typeError("memoryview.cast(): elements of shape must be integers");
            }
            long x = Sequences.ssize(dims[i]);
            if (x <= 0) {
                throw PyErr.valueError("memoryview.cast(): elements of shape must be integers > 0");
            }
            if (x > Long.MAX_VALUE / len) {
                throw PyErr.valueError("memoryview.cast(): product(shape) > SSIZE_MAX");
            }
            len *= x;
            out[i] = (int) Math.min(x, Integer.MAX_VALUE);
        }
        if (len != nbytes) {
            throw PyErr.typeError("memoryview: product(shape) * itemsize != buffer size");
        }
        return out;
    }

    /** The strides of a C-contiguous array of {@code shape}. */
    private static int[] cStrides(int[] shape, int itemsize) {
        int[] strides = new int[shape.length];
        int s = itemsize;
        for (int d = shape.length - 1; d >= 0; d--) {
            strides[d] = s;
            s *= shape[d];
        }
        return strides;
    }
}
