package org.sanca.runtime.modules._hashlib;

/** BLAKE2b (RFC 7693): 64-bit words, 128-byte blocks, 12 rounds, digests of 1 to 64 bytes. */
final class Blake2b implements Digester {
    static final long[] IV = {
        0x6a09e667f3bcc908L, 0xbb67ae8584caa73bL, 0x3c6ef372fe94f82bL, 0xa54ff53a5f1d36f1L,
        0x510e527fade682d1L, 0x9b05688c2b3e6c1fL, 0x1f83d9abfb41bd6bL, 0x5be0cd19137e2179L,
    };
    /** The message word schedule of each round (rounds past ten reuse the first rows). */
    static final byte[][] SIGMA = {
        {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15},
        {14, 10, 4, 8, 9, 15, 13, 6, 1, 12, 0, 2, 11, 7, 5, 3},
        {11, 8, 12, 0, 5, 2, 15, 13, 10, 14, 3, 6, 7, 1, 9, 4},
        {7, 9, 3, 1, 13, 12, 11, 14, 2, 6, 5, 10, 4, 0, 15, 8},
        {9, 0, 5, 7, 2, 4, 10, 15, 14, 1, 11, 12, 6, 8, 3, 13},
        {2, 12, 6, 10, 0, 11, 8, 3, 4, 13, 7, 5, 15, 14, 1, 9},
        {12, 5, 1, 15, 14, 13, 4, 10, 0, 7, 6, 3, 9, 2, 8, 11},
        {13, 11, 7, 14, 12, 1, 3, 9, 5, 0, 15, 4, 8, 6, 2, 10},
        {6, 15, 14, 9, 11, 3, 0, 8, 12, 2, 13, 7, 1, 4, 10, 5},
        {10, 2, 8, 4, 7, 6, 1, 5, 15, 11, 9, 14, 3, 12, 13, 0},
    };
    private static final int BLOCK = 128;

    private final long[] h = new long[8];
    private final byte[] buf = new byte[BLOCK];
    private int filled;
    private long countLo;
    private long countHi;
    private final int digestSize;
    private final boolean lastNode;

    Blake2b(Blake2Params p) {
        digestSize = p.digestSize();
        lastNode = p.lastNode();
        byte[] pb = p.block(true);
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ le64(pb, 8 * i);
        }
        if (p.key().length > 0) {
            byte[] k = new byte[BLOCK];
            System.arraycopy(p.key(), 0, k, 0, p.key().length);
            update(k, 0, BLOCK);
        }
    }

    private Blake2b(Blake2b o) {
        System.arraycopy(o.h, 0, h, 0, 8);
        System.arraycopy(o.buf, 0, buf, 0, BLOCK);
        filled = o.filled;
        countLo = o.countLo;
        countHi = o.countHi;
        digestSize = o.digestSize;
        lastNode = o.lastNode;
    }

    static long le64(byte[] b, int i) {
        long v = 0;
        for (int k = 7; k >= 0; k--) {
            v = v << 8 | (b[i + k] & 0xffL);
        }
        return v;
    }

    @Override
    public void update(byte[] data, int off, int len) {
        int end = off + len;
        while (off < end) {
            if (filled == BLOCK) {
                count(BLOCK);
                compress(h, buf, false);
                filled = 0;
            }
            int n = Math.min(BLOCK - filled, end - off);
            System.arraycopy(data, off, buf, filled, n);
            filled += n;
            off += n;
        }
    }

    private void count(int n) {
        long before = countLo;
        countLo += n;
        if (Long.compareUnsigned(countLo, before) < 0) {
            countHi++;
        }
    }

    @Override
    public byte[] digest(int length) {
        Blake2b s = new Blake2b(this);
        s.count(s.filled);
        java.util.Arrays.fill(s.buf, s.filled, BLOCK, (byte) 0);
        s.compress(s.h, s.buf, true);
        byte[] out = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (s.h[i >> 3] >>> (8 * (i & 7)));
        }
        return out;
    }

    @Override
    public Digester copy() {
        return new Blake2b(this);
    }

    private void compress(long[] hv, byte[] block, boolean last) {
        long[] m = new long[16];
        for (int i = 0; i < 16; i++) {
            m[i] = le64(block, 8 * i);
        }
        long[] v = new long[16];
        System.arraycopy(hv, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= countLo;
        v[13] ^= countHi;
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 12; r++) {
            byte[] s = SIGMA[r % 10];
            mix(v, 0, 4, 8, 12, m[s[0]], m[s[1]]);
            mix(v, 1, 5, 9, 13, m[s[2]], m[s[3]]);
            mix(v, 2, 6, 10, 14, m[s[4]], m[s[5]]);
            mix(v, 3, 7, 11, 15, m[s[6]], m[s[7]]);
            mix(v, 0, 5, 10, 15, m[s[8]], m[s[9]]);
            mix(v, 1, 6, 11, 12, m[s[10]], m[s[11]]);
            mix(v, 2, 7, 8, 13, m[s[12]], m[s[13]]);
            mix(v, 3, 4, 9, 14, m[s[14]], m[s[15]]);
        }
        for (int i = 0; i < 8; i++) {
            hv[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void mix(long[] v, int a, int b, int c, int d, long x, long y) {
        v[a] += v[b] + x;
        v[d] = Long.rotateRight(v[d] ^ v[a], 32);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 24);
        v[a] += v[b] + y;
        v[d] = Long.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Long.rotateRight(v[b] ^ v[c], 63);
    }
}
