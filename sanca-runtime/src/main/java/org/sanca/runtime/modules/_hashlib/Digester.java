package org.sanca.runtime.modules._hashlib;

/** A running hash computation behind a {@code hashlib} object. */
interface Digester {
    void update(byte[] data, int off, int len);

    /** The digest of what was fed so far, {@code length} bytes (for the XOFs), leaving the state as it was. */
    byte[] digest(int length);

    /** An independent copy of the state. */
    Digester copy();
}
