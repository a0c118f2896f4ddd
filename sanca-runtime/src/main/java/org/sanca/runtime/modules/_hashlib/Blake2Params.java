package org.sanca.runtime.modules._hashlib;

/** The parameter block of BLAKE2 (RFC 7693 section 2.5, with the tree-hashing fields of the BLAKE2 paper). */
record Blake2Params(int digestSize, byte[] key, byte[] salt, byte[] person, int fanout, int depth, long leafSize,
                    long nodeOffset, int nodeDepth, int innerSize, boolean lastNode) {

    /** The block for BLAKE2b (64 bytes) or BLAKE2s (32 bytes), little-endian. */
    byte[] block(boolean big) {
        byte[] p = new byte[big ? 64 : 32];
        p[0] = (byte) digestSize;
        p[1] = (byte) key.length;
        p[2] = (byte) fanout;
        p[3] = (byte) depth;
        for (int k = 0; k < 4; k++) {
            p[4 + k] = (byte) (leafSize >>> (8 * k));
        }
        int offsetBytes = big ? 8 : 6;
        for (int k = 0; k < offsetBytes; k++) {
            p[8 + k] = (byte) (nodeOffset >>> (8 * k));
        }
        p[8 + offsetBytes] = (byte) nodeDepth;
        p[9 + offsetBytes] = (byte) innerSize;
        int saltAt = big ? 32 : 16;
        int fieldSize = big ? 16 : 8;
        System.arraycopy(salt, 0, p, saltAt, salt.length);
        System.arraycopy(person, 0, p, saltAt + fieldSize, person.length);
        return p;
    }
}
