package org.sanca.runtime.objects;

import java.security.SecureRandom;

/**
 * The hash of str and bytes: a 64-bit keyed hash of the code points, with a key drawn at random
 * per process, or derived from {@code PYTHONHASHSEED} when the process was started with one
 * ({@code Python/pyhash.c} plays this part in CPython; values differ from CPython's, which no
 * program may rely on). Seed 0 disables randomization, as in CPython.
 */
public final class StrHash {
    private static volatile long k0;
    private static volatile long k1;

    static {
        long[] key = randomKey();
        k0 = key[0];
        k1 = key[1];
    }

    /**
     * 128 random bits from the system's {@code /dev/urandom}, as CPython reads its hash key; only
     * where that is missing from {@link SecureRandom}, whose provider set-up costs start-up time.
     */
    private static long[] randomKey() {
        try (java.io.InputStream in = new java.io.FileInputStream("/dev/urandom")) {
            byte[] b = in.readNBytes(16);
            if (b.length == 16) {
                java.nio.ByteBuffer buf = java.nio.ByteBuffer.wrap(b);
                return new long[] {buf.getLong(), buf.getLong()};
            }
        } catch (java.io.IOException | SecurityException e) {
            // fall back below
        }
        SecureRandom r = new SecureRandom();
        return new long[] {r.nextLong(), r.nextLong()};
    }

    private StrHash() {
    }

    /** Fixes the key from a {@code PYTHONHASHSEED} value (0 to 4294967295). */
    public static void seed(long seed) {
        long x = seed * 0x9E3779B97F4A7C15L;
        k0 = seed == 0 ? 0 : mix(x);
        k1 = seed == 0 ? 0 : mix(x + 0x632BE59BD9B4E019L);
    }

    static long hash(String s) {
        if (s.isEmpty()) {
            return 0;
        }
        long h = k0 ^ 0xCBF29CE484222325L;
        for (int i = 0; i < s.length(); i++) {
            h = (h ^ s.charAt(i)) * 0x100000001B3L;
        }
        h = mix(h ^ k1 ^ s.length());
        return h == -1 ? -2 : h;
    }

    /** Hash of a byte sequence, equal to the hash of the Latin-1 str of the same code points. */
    public static long hash(byte[] b, int off, int len) {
        if (len == 0) {
            return 0;
        }
        long h = k0 ^ 0xCBF29CE484222325L;
        for (int i = off; i < off + len; i++) {
            h = (h ^ (b[i] & 0xFF)) * 0x100000001B3L;
        }
        h = mix(h ^ k1 ^ len);
        return h == -1 ? -2 : h;
    }

    private static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}
