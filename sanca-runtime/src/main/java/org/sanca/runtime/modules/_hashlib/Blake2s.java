package org.sanca.runtime.modules._hashlib;

/** BLAKE2s (RFC 7693): 32-bit words, 64-byte blocks, 10 rounds, digests of 1 to 32 bytes. */
final class Blake2s implements Digester {
    private static final int[] IV = {
        0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab, 0x5be0cd19,
    };
    private static final int BLOCK = 64;

    private final int[] h = new int[8];
    private final byte[] buf = new byte[BLOCK];
    private int filled;
    private long count;
    private final int digestSize;
    private final boolean lastNode;

    Blake2s(Blake2Params p) {
        digestSize = p.digestSize();
        lastNode = p.lastNode();
        byte[] pb = p.block(false);
        for (int i = 0; i < 8; i++) {
            h[i] = IV[i] ^ le32(pb, 4 * i);
        }
        if (p.key().length > 0) {
            byte[] k = new byte[BLOCK];
            System.arraycopy(p.key(), 0, k, 0, p.key().length);
            update(k, 0, BLOCK);
        }
    }

    private Blake2s(Blake2s o) {
        System.arraycopy(o.h, 0, h, 0, 8);
        System.arraycopy(o.buf, 0, buf, 0, BLOCK);
        filled = o.filled;
        count = o.count;
        digestSize = o.digestSize;
        lastNode = o.lastNode;
    }

    private static int le32(byte[] b, int i) {
        return (b[i] & 0xff) | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff) << 16 | (b[i + 3] & 0xff) << 24;
    }

    @Override
    public void update(byte[] data, int off, int len) {
        int end = off + len;
        while (off < end) {
            if (filled == BLOCK) {
                count += BLOCK;
                compress(buf, false);
                filled = 0;
            }
            int n = Math.min(BLOCK - filled, end - off);
            System.arraycopy(data, off, buf, filled, n);
            filled += n;
            off += n;
        }
    }

    @Override
    public byte[] digest(int length) {
        Blake2s s = new Blake2s(this);
        s.count += s.filled;
        java.util.Arrays.fill(s.buf, s.filled, BLOCK, (byte) 0);
        s.compress(s.buf, true);
        byte[] out = new byte[digestSize];
        for (int i = 0; i < digestSize; i++) {
            out[i] = (byte) (s.h[i >> 2] >>> (8 * (i & 3)));
        }
        return out;
    }

    @Override
    public Digester copy() {
        return new Blake2s(this);
    }

    private void compress(byte[] block, boolean last) {
        int[] m = new int[16];
        for (int i = 0; i < 16; i++) {
            m[i] = le32(block, 4 * i);
        }
        int[] v = new int[16];
        System.arraycopy(h, 0, v, 0, 8);
        System.arraycopy(IV, 0, v, 8, 8);
        v[12] ^= (int) count;
        v[13] ^= (int) (count >>> 32);
        if (last) {
            v[14] = ~v[14];
            if (lastNode) {
                v[15] = ~v[15];
            }
        }
        for (int r = 0; r < 10; r++) {
            byte[] s = Blake2b.SIGMA[r];
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
            h[i] ^= v[i] ^ v[i + 8];
        }
    }

    private static void mix(int[] v, int a, int b, int c, int d, int x, int y) {
        v[a] += v[b] + x;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 16);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 12);
        v[a] += v[b] + y;
        v[d] = Integer.rotateRight(v[d] ^ v[a], 8);
        v[c] += v[d];
        v[b] = Integer.rotateRight(v[b] ^ v[c], 7);
    }
}
