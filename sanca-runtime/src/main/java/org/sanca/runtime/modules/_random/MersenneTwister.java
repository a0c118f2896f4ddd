package org.sanca.runtime.modules._random;

import java.math.BigInteger;

/**
 * The MT19937 generator of Matsumoto and Nishimura, seeded as CPython's {@code Modules/_randommodule.c}
 * seeds it (by key arrays of 32-bit words), so a seed gives CPython's stream. Java's {@code int}
 * arithmetic wraps modulo 2**32, which is the generator's own arithmetic. Not thread-safe: its
 * owner serialises calls.
 */
final class MersenneTwister {
    static final int N = 624;
    private static final int M = 397;
    private static final int MATRIX_A = 0x9908b0df;
    private static final int UPPER = 0x80000000;
    private static final int LOWER = 0x7fffffff;

    final int[] state = new int[N];
    int index = N + 1;

    /** Fills the state from one word: the reference {@code init_genrand}. */
    void seedWord(int s) {
        state[0] = s;
        for (int i = 1; i < N; i++) {
            int prev = state[i - 1];
            state[i] = 1812433253 * (prev ^ (prev >>> 30)) + i;
        }
        index = N;
    }

    /** The reference {@code init_by_array}: mixes every word of {@code key} into the state. */
    void seedArray(int[] key, int length) {
        seedWord(19650218);
        int i = 1;
        int j = 0;
        for (int k = Math.max(N, length); k > 0; k--) {
            int prev = state[i - 1];
            state[i] = (state[i] ^ ((prev ^ (prev >>> 30)) * 1664525)) + key[j] + j;
            i++;
            j++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
            if (j >= length) {
                j = 0;
            }
        }
        for (int k = N - 1; k > 0; k--) {
            int prev = state[i - 1];
            state[i] = (state[i] ^ ((prev ^ (prev >>> 30)) * 1566083941)) - i;
            i++;
            if (i >= N) {
                state[0] = state[N - 1];
                i = 1;
            }
        }
        state[0] = UPPER;
    }

    /** Seeds from a non-negative integer, split into 32-bit words least significant first. */
    void seedInteger(BigInteger n) {
        int words = Math.max(1, (n.bitLength() + 31) / 32);
        int[] key = new int[words];
        for (int w = 0; w < words; w++) {
            key[w] = n.shiftRight(32 * w).intValue();
        }
        seedArray(key, words);
    }

    /** The next 32 bits of the stream. */
    int next() {
        if (index >= N) {
            regenerate();
        }
        int y = state[index++];
        y ^= y >>> 11;
        y ^= (y << 7) & 0x9d2c5680;
        y ^= (y << 15) & 0xefc60000;
        return y ^ (y >>> 18);
    }

    private void regenerate() {
        int kk = 0;
        for (; kk < N - M; kk++) {
            state[kk] = state[kk + M] ^ twist(state[kk], state[kk + 1]);
        }
        for (; kk < N - 1; kk++) {
            state[kk] = state[kk + (M - N)] ^ twist(state[kk], state[kk + 1]);
        }
        state[N - 1] = state[M - 1] ^ twist(state[N - 1], state[0]);
        index = 0;
    }

    private static int twist(int upper, int lower) {
        int y = (upper & UPPER) | (lower & LOWER);
        return (y >>> 1) ^ ((y & 1) == 0 ? 0 : MATRIX_A);
    }

    /** A float in [0, 1) with 53 random bits, from two words: CPython's {@code random_random}. */
    double nextDouble() {
        long a = (next() >>> 5) & 0xffffffffL;
        long b = (next() >>> 6) & 0xffffffffL;
        return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
    }

    /** {@code k} random bits (k > 32), the first word drawn being the least significant. */
    BigInteger bits(int k) {
        int words = (k + 31) / 32;
        byte[] bytes = new byte[words * 4];
        for (int w = 0; w < words; w++, k -= 32) {
            int r = next();
            if (k < 32) {
                r >>>= 32 - k;
            }
            int at = (words - 1 - w) * 4;
            bytes[at] = (byte) (r >>> 24);
            bytes[at + 1] = (byte) (r >>> 16);
            bytes[at + 2] = (byte) (r >>> 8);
            bytes[at + 3] = (byte) r;
        }
        return new BigInteger(1, bytes);
    }
}
