package org.sanca.runtime.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.zip.Deflater;

import org.sanca.runtime.modules.binascii.Crc;

/**
 * One compression stream over {@link Deflater}: zlib, raw deflate, or gzip (whose header and
 * trailer Java's deflater does not write; written here as zlib writes them: no name, time 0,
 * OS 3). Java's deflater has no memLevel and a fixed 32K window, so wbits below 15 only choose
 * the format.
 *
 * <p>Java's deflater cannot duplicate its state (zlib's {@code deflateCopy}), so a stream keeps
 * the calls it has seen until it finishes (a {@link ReplayLog}), and {@link #copy} replays them
 * into a new deflater: its output depends only on its options and those calls, so the copy
 * continues as the original would.
 */
final class DeflateStream {
    private static final byte[] GZIP_HEADER = {0x1f, (byte) 0x8b, 8, 0, 0, 0, 0, 0, 0, 3};

    private final Deflater deflater;
    private final int level;
    private final int wbits;
    private final int strategy;
    private final byte[] zdict;
    /** The calls so far: the data of each compress, or a flush's mode (an Integer). */
    private final ReplayLog<Object> calls = new ReplayLog<>();
    private final boolean gzip;
    private boolean headerDone;
    private boolean finished;
    private int crc;
    private long size;

    private DeflateStream(int level, int wbits, boolean raw, boolean gzip, int strategy, byte[] zdict) {
        this.deflater = new Deflater(level, raw || gzip);
        this.level = level;
        this.wbits = wbits;
        this.strategy = strategy;
        this.zdict = zdict;
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
            return new DeflateStream(level, wbits, false, false, strategy, zdict);
        }
        if (wbits >= -15 && wbits <= -9) {
            return new DeflateStream(level, wbits, true, false, strategy, zdict);
        }
        if (wbits >= 25 && wbits <= 31) {
            return new DeflateStream(level, wbits, false, true, strategy, zdict);
        }
        return null;
    }

    boolean finished() {
        return finished;
    }

    /** A stream in the state of this one (which must not have finished). */
    DeflateStream copy() {
        DeflateStream c = open(level, wbits, strategy, zdict);
        for (Object call : calls.calls()) {
            if (call instanceof byte[] data) {
                c.compress(data);
            } else {
                c.flush((Integer) call);
            }
        }
        return c;
    }

    /** Compresses {@code data}, returning what the deflater gives out so far. */
    byte[] compress(byte[] data) {
        calls.add(data, data.length);
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
            calls.close();
        } else if (mode != ZlibModule.Z_NO_FLUSH) {
            calls.add(mode, 0);
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
