package org.sanca.runtime.objects;

/**
 * An object that lends its memory as a buffer ({@code bf_getbuffer} in CPython's
 * {@code PyBufferProcs}) besides bytes: a contiguous run of items of one {@code struct} format,
 * which bytes(), memoryview and the binary modules read and write.
 */
public interface BufferExporter {
    /** A copy of the exported bytes. */
    byte[] exportBytes();

    /** The exported length in bytes. */
    int exportLength();

    /** The byte at {@code i}, 0 to 255. */
    int exportByte(int i);

    /** Copies {@code len} bytes from {@code pos} into {@code dst} at {@code off}. */
    default void exportRange(int pos, byte[] dst, int off, int len) {
        for (int k = 0; k < len; k++) {
            dst[off + k] = (byte) exportByte(pos + k);
        }
    }

    /** Stores byte {@code v} at {@code i}. */
    void importByte(int i, int v);

    /** Stores {@code src} from byte {@code pos} on. */
    void importBytes(int pos, byte[] src);

    /** The struct format of one item. */
    char exportFormat();

    /** The size in bytes of one item. */
    default int exportItemsize() {
        return MemoryFormat.size(exportFormat());
    }

    /**
     * The views open on this object when it refuses to change size while exported (created on
     * first use), or null when its size never changes. Views are opened while holding the
     * object's lock, the lock its resizing operations hold.
     */
    default BufferExports exports() {
        return null;
    }
}
