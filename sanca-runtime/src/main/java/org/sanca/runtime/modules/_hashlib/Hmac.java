package org.sanca.runtime.modules._hashlib;

/** HMAC (RFC 2104) over a {@link Digester}, and PBKDF2 (RFC 8018) over that HMAC. */
final class Hmac {
    private final Digester inner;
    private final Digester outer;
    private final int size;

    Hmac(Algorithm a, byte[] key) {
        size = a.digestSize;
        byte[] k = key;
        if (k.length > a.blockSize) {
            Digester d = a.start();
            d.update(k, 0, k.length);
            k = d.digest(size);
        }
        byte[] ipad = new byte[a.blockSize];
        byte[] opad = new byte[a.blockSize];
        for (int i = 0; i < a.blockSize; i++) {
            byte b = i < k.length ? k[i] : 0;
            ipad[i] = (byte) (b ^ 0x36);
            opad[i] = (byte) (b ^ 0x5c);
        }
        inner = a.start();
        inner.update(ipad, 0, ipad.length);
        outer = a.start();
        outer.update(opad, 0, opad.length);
    }

    byte[] mac(byte[] msg) {
        Digester in = inner.copy();
        in.update(msg, 0, msg.length);
        byte[] h = in.digest(size);
        Digester out = outer.copy();
        out.update(h, 0, h.length);
        return out.digest(size);
    }

    byte[] pbkdf2(byte[] salt, int rounds, int length) {
        byte[] out = new byte[length];
        byte[] first = java.util.Arrays.copyOf(salt, salt.length + 4);
        for (int block = 1, done = 0; done < length; block++) {
            for (int k = 0; k < 4; k++) {
                first[salt.length + k] = (byte) (block >>> (24 - 8 * k));
            }
            byte[] u = mac(first);
            byte[] t = u.clone();
            for (int r = 1; r < rounds; r++) {
                u = mac(u);
                for (int i = 0; i < t.length; i++) {
                    t[i] ^= u[i];
                }
            }
            int n = Math.min(t.length, length - done);
            System.arraycopy(t, 0, out, done, n);
            done += n;
        }
        return out;
    }
}
