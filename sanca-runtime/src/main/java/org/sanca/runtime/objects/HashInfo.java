package org.sanca.runtime.objects;

import java.math.BigInteger;

/** The constants of numeric hashing, as {@code sys.hash_info} reports them ({@code Include/pyhash.h}). */
public final class HashInfo {
    /** The Mersenne prime 2**61 - 1 that numeric hashes are reduced by. */
    public static final long MODULUS = (1L << 61) - 1;
    public static final BigInteger MODULUS_BIG = BigInteger.valueOf(MODULUS);
    public static final long INF = 314159;
    public static final int WIDTH = 64;
    public static final int BITS = 61;

    private HashInfo() {
    }
}
