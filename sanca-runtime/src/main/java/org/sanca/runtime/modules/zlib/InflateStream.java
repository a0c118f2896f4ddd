package org.sanca.runtime.modules.zlib;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Inflater;

import org.sanca.runtime.modules.binascii.Crc;

/**
 * One decompression stream over {@link Inflater}: the zlib and raw deflate formats, and the
 * gzip framing (header, CRC-32 and length trailer) that Java's inflater does not read, chosen
 * by {@code wbits} as zlib's {@code inflateInit2} chooses it.
 *
 * <p>Java's inflater cannot duplicate its state (zlib's {@code inflateCopy}), so until the end
 * of the compressed stream a stream keeps what it was fed (a {@link ReplayLog}), and {@link #copy} replays that into
 * a new one; past the end its state is only the data after the end.
 */
final class InflateStream {
    private enum Stage { HEADER, BODY, TRAILER, DONE }

    /** Made once the format is known (after the first bytes, when auto-detecting). */
    private Inflater inflater;
    private final int wbits;
    private final byte[] zdict;
    /** What each feed was given before the end of the stream: its data and its output limit. */
    private final ReplayLog<Object[]> feeds = new ReplayLog<>();
    private boolean gzip;
    private final boolean detect;
    private Stage stage;
    /** Input kept back while a gzip header or trailer is incomplete. */
    private byte[] held = new byte[0];
    private int crc;
    private long size;
    /** Input after the end of the stream. */
    byte[] unusedData = new byte[0];
    /** Input not consumed because the output reached its limit. */
    byte[] unconsumedTail = new byte[0];

    private InflateStream(int wbits, boolean raw, boolean gzip, boolean detect, byte[] zdict) {
        this.inflater = detect ? null : new Inflater(raw || gzip);
        this.wbits = wbits;
        this.gzip = gzip;
        this.detect = detect;
        this.zdict = zdict;
        this.stage = gzip || detect ? Stage.HEADER : Stage.BODY;
    }

    /** The stream {@code wbits} asks for, or null when zlib would reject it. */
    static InflateStream open(int wbits, byte[] zdict) {
        if (wbits == 0 || (wbits >= 8 && wbits <= 15)) {
            return new InflateStream(wbits, false, false, false, zdict);
        }
        if (wbits >= -15 && wbits <= -8) {
            return new InflateStream(wbits, true, false, false, zdict);
        }
        if (wbits >= 24 && wbits <= 31) {
            return new InflateStream(wbits, false, true, false, zdict);
        }
        if (wbits >= 40 && wbits <= 47) {
            return new InflateStream(wbits, false, false, true, zdict);
        }
        return null;
    }

    boolean eof() {
        return stage == Stage.DONE;
    }

    /** A stream in the state of this one. */
    InflateStream copy() {
        InflateStream c = open(wbits, zdict);
        if (stage == Stage.DONE) {
            c.stage = Stage.DONE;
            c.feeds.close();
        } else {
            for (Object[] f : feeds.calls()) {
                c.feed((byte[]) f[0], (Integer) f[1]);
            }
        }
        c.unusedData = unusedData;
        c.unconsumedTail = unconsumedTail;
        return c;
    }

    /** Feeds {@code data}; returns the output, at most {@code maxLength} bytes when that is positive. */
    byte[] feed(byte[] data, int maxLength) {
        if (stage != Stage.DONE) {
            feeds.add(new Object[] {data, maxLength}, data.length);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        unconsumedTail = new byte[0];
        byte[] in = held.length == 0 ? data : concat(held, data);
        held = new byte[0];
        int pos = 0;
        if (stage == Stage.HEADER) {
            int body = headerEnd(in);
            if (body < 0) {
                held = in;
                return out.toByteArray();
            }
            pos = body;
            stage = Stage.BODY;
        }
        if (stage == Stage.BODY) {
            pos = inflate(in, pos, out, maxLength);
        }
        if (stage == Stage.TRAILER) {
            pos = trailer(in, pos);
        }
        if (stage == Stage.DONE) {
            feeds.close();
            if (pos < in.length) {
                unusedData = concat(unusedData, Arrays.copyOfRange(in, pos, in.length));
            }
        }
        return out.toByteArray();
    }

    private int inflate(byte[] in, int pos, ByteArrayOutputStream out, int maxLength) {
        inflater.setInput(in, pos, in.length - pos);
        byte[] buf = new byte[16384];
        try {
            while (!inflater.finished()) {
                int room = maxLength > 0 ? Math.min(buf.length, maxLength - out.size()) : buf.length;
                if (room == 0) {
                    break;
                }
                int n = inflater.inflate(buf, 0, room);
                if (n == 0) {
                    if (inflater.needsDictionary()) {
                        if (zdict == null) {
                            throw ZlibModule.error("Error 2 while decompressing data");
                        }
                        inflater.setDictionary(zdict);
                        continue;
                    }
                    break;
                }
                if (gzip) {
                    crc = Crc.crc32(buf, 0, n, crc);
                    size += n;
                }
                out.write(buf, 0, n);
            }
        } catch (DataFormatException e) {
            String msg = e.getMessage() == null ? "invalid data" : e.getMessage();
            throw ZlibModule.error("Error -3 while decompressing data: %s", msg);
        }
        int after = in.length - inflater.getRemaining();
        if (inflater.finished()) {
            stage = gzip ? Stage.TRAILER : Stage.DONE;
        } else if (inflater.getRemaining() > 0) {
            unconsumedTail = Arrays.copyOfRange(in, after, in.length);
            return in.length;
        }
        return after;
    }

    private int trailer(byte[] in, int pos) {
        if (in.length - pos < 8) {
            held = Arrays.copyOfRange(in, pos, in.length);
            return in.length;
        }
        int storedCrc = le32(in, pos);
        int storedSize = le32(in, pos + 4);
        if (storedCrc != crc) {
            throw ZlibModule.error("Error -3 while decompressing data: incorrect data check");
        }
        if (storedSize != (int) size) {
            throw ZlibModule.error("Error -3 while decompressing data: incorrect length check");
        }
        stage = Stage.DONE;
        return pos + 8;
    }

    private static int le32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    /** Where the body starts after a gzip header at the start of {@code in}; -1 when more input is needed. */
    private int headerEnd(byte[] in) {
        if (in.length < 2) {
            return -1;
        }
        boolean magic = (in[0] & 0xff) == 0x1f && (in[1] & 0xff) == 0x8b;
        if (detect && !magic) {
            inflater = new Inflater(false);
            return 0;
        }
        if (detect) {
            inflater = new Inflater(true);
        }
        if (!magic) {
            throw ZlibModule.error("Error -3 while decompressing data: incorrect header check");
        }
        gzip = true;
        if (in.length < 10) {
            return -1;
        }
        if (in[2] != 8) {
            throw ZlibModule.error("Error -3 while decompressing data: unknown compression method");
        }
        int flags = in[3] & 0xff;
        int p = 10;
        if ((flags & 4) != 0) {
            if (in.length < p + 2) {
                return -1;
            }
            p += 2 + ((in[p] & 0xff) | (in[p + 1] & 0xff) << 8);
        }
        for (int bit : new int[] {8, 16}) {
            if ((flags & bit) != 0) {
                while (p < in.length && in[p] != 0) {
                    p++;
                }
                p++;
            }
        }
        if ((flags & 2) != 0) {
            p += 2;
        }
        return p <= in.length ? p : -1;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] r = Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, r, a.length, b.length);
        return r;
    }
}
