package org.sanca.runtime.modules.binascii;

/**
 * The checksums of {@code binascii} and {@code zlib}: CRC-32 (the reflected polynomial
 * 0xEDB88320 of zlib, continuing from a given value, which {@link java.util.zip.CRC32} cannot)
 * and CRC-CCITT (polynomial 0x1021, as {@code binascii.crc_hqx}).
 */
public final class Crc {
    private static final int[] CRC32 = new int[256];
    private static final int[] HQX = new int[256];

    static {
        for (int n = 0; n < 256; n++) {
            int c = n;
            for (int k = 0; k < 8; k++) {
                c = (c & 1) != 0 ? 0xEDB88320 ^ (c >>> 1) : c >>> 1;
            }
            CRC32[n] = c;
            int h = n << 8;
            for (int k = 0; k < 8; k++) {
                h = (h & 0x8000) != 0 ? (h << 1) ^ 0x1021 : h << 1;
            }
            HQX[n] = h & 0xffff;
        }
    }

    private Crc() {
    }

    /** The CRC-32 of {@code data} continuing from {@code crc}. */
    public static int crc32(byte[] data, int crc) {
        return crc32(data, 0, data.length, crc);
    }

    /** The CRC-32 of {@code len} bytes of {@code data} from {@code off}, continuing from {@code crc}. */
    public static int crc32(byte[] data, int off, int len, int crc) {
        int c = ~crc;
        for (int i = off; i < off + len; i++) {
            c = CRC32[(c ^ data[i]) & 0xff] ^ (c >>> 8);
        }
        return ~c;
    }

    /** The Adler-32 of {@code data} continuing from {@code adler}. */
    public static int adler32(byte[] data, int adler) {
        long a = adler & 0xffff;
        long b = (adler >>> 16) & 0xffff;
        int i = 0;
        while (i < data.length) {
            int stop = Math.min(data.length, i + 5552);
            for (; i < stop; i++) {
                a += data[i] & 0xff;
                b += a;
            }
            a %= 65521;
            b %= 65521;
        }
        return (int) (b << 16 | a);
    }

    /** The CRC-CCITT of {@code data} continuing from {@code crc}. */
    static int crcHqx(byte[] data, int crc) {
        int c = crc;
        for (byte b : data) {
            c = ((c << 8) & 0xff00) ^ HQX[((c >> 8) ^ b) & 0xff];
        }
        return c;
    }
}
