package org.sanca.runtime.modules._hashlib;

/**
 * The Keccak-f[1600] sponge of FIPS 202 with the SHAKE padding: {@code shake_128} and
 * {@code shake_256}, whose output length the caller picks (the JDK's SHAKE digests fix it).
 */
final class Keccak implements Digester {
    private static final long[] ROUND_CONSTANTS = {
        0x0000000000000001L, 0x0000000000008082L, 0x800000000000808aL, 0x8000000080008000L,
        0x000000000000808bL, 0x0000000080000001L, 0x8000000080008081L, 0x8000000000008009L,
        0x000000000000008aL, 0x0000000000000088L, 0x0000000080008009L, 0x000000008000000aL,
        0x000000008000808bL, 0x800000000000008bL, 0x8000000000008089L, 0x8000000000008003L,
        0x8000000000008002L, 0x8000000000000080L, 0x000000000000800aL, 0x800000008000000aL,
        0x8000000080008081L, 0x8000000000008080L, 0x0000000080000001L, 0x8000000080008008L,
    };
    /** Rotation of lane x + 5y. */
    private static final int[] ROTATION = {
        0, 1, 62, 28, 27, 36, 44, 6, 55, 20, 3, 10, 43, 25, 39, 41, 45, 15, 21, 8, 18, 2, 61, 56, 14,
    };

    private final long[] lanes = new long[25];
    private final int rate;
    private final byte[] block;
    private int filled;

    Keccak(int rateBytes) {
        this.rate = rateBytes;
        this.block = new byte[rateBytes];
    }

    private Keccak(Keccak o) {
        this.rate = o.rate;
        this.block = o.block.clone();
        this.filled = o.filled;
        System.arraycopy(o.lanes, 0, lanes, 0, 25);
    }

    @Override
    public void update(byte[] data, int off, int len) {
        for (int i = off; i < off + len; i++) {
            block[filled++] = data[i];
            if (filled == rate) {
                absorb(lanes, block);
                filled = 0;
            }
        }
    }

    @Override
    public byte[] digest(int length) {
        long[] s = lanes.clone();
        byte[] last = new byte[rate];
        System.arraycopy(block, 0, last, 0, filled);
        last[filled] ^= 0x1f;
        last[rate - 1] ^= (byte) 0x80;
        absorb(s, last);
        byte[] out = new byte[length];
        int done = 0;
        while (true) {
            for (int i = 0; i < rate && done < length; i++) {
                out[done++] = (byte) (s[i >> 3] >>> (8 * (i & 7)));
            }
            if (done == length) {
                return out;
            }
            permute(s);
        }
    }

    @Override
    public Digester copy() {
        return new Keccak(this);
    }

    private static void absorb(long[] s, byte[] b) {
        for (int i = 0; i < b.length; i++) {
            s[i >> 3] ^= (b[i] & 0xffL) << (8 * (i & 7));
        }
        permute(s);
    }

    private static void permute(long[] a) {
        long[] c = new long[5];
        long[] b = new long[25];
        for (long rc : ROUND_CONSTANTS) {
            for (int x = 0; x < 5; x++) {
                c[x] = a[x] ^ a[x + 5] ^ a[x + 10] ^ a[x + 15] ^ a[x + 20];
            }
            for (int x = 0; x < 5; x++) {
                long d = c[(x + 4) % 5] ^ Long.rotateLeft(c[(x + 1) % 5], 1);
                for (int y = 0; y < 25; y += 5) {
                    a[x + y] ^= d;
                }
            }
            for (int x = 0; x < 5; x++) {
                for (int y = 0; y < 5; y++) {
                    b[y + 5 * ((2 * x + 3 * y) % 5)] = Long.rotateLeft(a[x + 5 * y], ROTATION[x + 5 * y]);
                }
            }
            for (int y = 0; y < 25; y += 5) {
                for (int x = 0; x < 5; x++) {
                    a[x + y] = b[x + y] ^ (~b[(x + 1) % 5 + y] & b[(x + 2) % 5 + y]);
                }
            }
            a[0] ^= rc;
        }
    }
}
