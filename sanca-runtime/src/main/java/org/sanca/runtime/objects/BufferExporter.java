package org.sanca.runtime.objects;

/**
 * An object that lends its memory as a buffer ({@code bf_getbuffer} in CPython's
 * {@code PyBufferProcs}) besides bytes and bytearray: a contiguous run of items of one
 * {@code struct} format, which bytes(), memoryview and the binary modules read and write.
 */
public interface BufferExporter {
    /** A copy of the exported bytes. */
    byte[] exportBytes();

    /** The exported length in bytes. */
    int exportLength();

    /** The byte at {@code i}, 0 to 255. */
    int exportByte(int i);

    /** Stores byte {@code v} at {@code i}. */
    void importByte(int i, int v);

    /** Stores {@code src} from byte {@code pos} on. */
    void importBytes(int pos, byte[] src);

    /** The struct format code of one item. */
    char exportFormat();
}
