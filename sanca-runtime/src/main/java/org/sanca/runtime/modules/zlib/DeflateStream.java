package org.sanca.runtime.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

import org.sanca.runtime.modules.binascii.Crc;

/**
 * One compression stream over {@link Deflater}: zlib, raw deflate, or gzip (whose header and
 * trailer Java's deflater does not write; written here as zlib writes them: no name, time 0,
 * OS 3). Java's deflater has no memLevel and a fixed 32K window, so wbits below 15 only choose
 * the format.
 */
final class DeflateStream {
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};

    private final Deflater deflater;
    private final boolean gzip;
    private boolean headerDone;
    private boolean finished;
    private int crc;
    private long size;

    private DeflateStream(int level, boolean raw, boolean gzip, int strategy, byte[] zdict) {
        this.deflater = new Deflater(level, raw || gzip);
        this.gzip = gzip;
        deflater.setStrategy(switch (strategy) {
            case 1 -> Deflater.FILTERED;
            case 2 -> Deflater.HUFFMAN_ONLY;
            default -> Deflater.DEFAULT_STRATEGY;
        });
        if (zdict != null) {
            deflater.setDictionary(zdict);
        }
    }

    /** The stream these options ask for, or null when zlib would reject them. */
    static DeflateStream open(int level, int wbits, int strategy, byte[] zdict) {
        if (level < -1 || level > 9) {
            return null;
        }
        if (wbits >= 9 && wbits <= 15) {
            return new DeflateStream(level, false, false, strategy, zdict);
        }
        if (wbits >= -15 && wbits <= -9) {
            return new DeflateStream(level, true, false, strategy, zdict);
        }
        if (wbits >= 25 && wbits <= 31) {
            return new DeflateStream(level, false, true, strategy, zdict);
        }
        return null;
    }

    boolean finished() {
        return finished;
    }

    /** Compresses {@code data}, returning what the deflater gives out so far. */
    byte[] compress(byte[] data) {
        ByteArrayOutputStream out = start();
        if (gzip) {
            crc = Crc.crc32(data, crc);
            size += data.length;
        }
        deflater.setInput(data);
        byte[] buf = new byte[16384];
        while (!deflater.needsInput()) {
            int n = deflater.deflate(buf, 0, buf.length, Deflater.NO_FLUSH);
            out.write(buf, 0, n);
        }
        return out.toByteArray();
    }

    /** Flushes with zlib's mode {@code mode} (Z_SYNC_FLUSH, Z_FULL_FLUSH, Z_FINISH...). */
    byte[] flush(int mode) {
        ByteArrayOutputStream out = start();
        byte[] buf = new byte[16384];
        if (mode == ZlibModule.Z_FINISH) {
            deflater.finish();
            while (!deflater.finished()) {
                out.write(buf, 0, deflater.deflate(buf));
            }
            if (gzip) {
                writeLe32(out, crc);
                writeLe32(out, (int) size);
            }
            deflater.end();
            finished = true;
        } else if (mode != ZlibModule.Z_NO_FLUSH) {
            int javaMode = mode == ZlibModule.Z_FULL_FLUSH ? Deflater.FULL_FLUSH : Deflater.SYNC_FLUSH;
            int n;
            do {
                n = deflater.deflate(buf, 0, buf.length, javaMode);
                out.write(buf, 0, n);
            } while (n == buf.length);
        }
        return out.toByteArray();
    }

    private ByteArrayOutputStream start() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (gzip && !headerDone) {
            out.write(GZIP_HEADER, 0, GZIP_HEADER.length);
            headerDone = true;
        }
        return out;
    }

    private static void writeLe32(ByteArrayOutputStream out, int v) {
        for (int k = 0; k < 4; k++) {
            out.write(v >>> (8 * k));
        }
    }
}
