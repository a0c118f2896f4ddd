package org.sanca.runtime.modules._hashlib;

import java.util.HashMap;
import java.util.Map;

/** The fixed-output and XOF hash algorithms {@code hashlib} offers besides BLAKE2, by their Python names. */
enum Algorithm {
    MD5("md5", "MD5", 16, 64),
    SHA1("sha1", "SHA-1", 20, 64),
    SHA224("sha224", "SHA-224", 28, 64),
    SHA256("sha256", "SHA-256", 32, 64),
    SHA384("sha384", "SHA-384", 48, 128),
    SHA512("sha512", "SHA-512", 64, 128),
    SHA512_224("sha512_224", "SHA-512/224", 28, 128),
    SHA512_256("sha512_256", "SHA-512/256", 32, 128),
    SHA3_224("sha3_224", "SHA3-224", 28, 144),
    SHA3_256("sha3_256", "SHA3-256", 32, 136),
    SHA3_384("sha3_384", "SHA3-384", 48, 104),
    SHA3_512("sha3_512", "SHA3-512", 64, 72),
    SHAKE_128("shake_128", null, 0, 168),
    SHAKE_256("shake_256", null, 0, 136);

    private static final Map<String, Algorithm> BY_NAME = new HashMap<>();

    static {
        for (Algorithm a : values()) {
            BY_NAME.put(a.pyName, a);
            if (a.jdkName != null) {
                BY_NAME.put(a.jdkName.toLowerCase(java.util.Locale.ROOT), a);
            }
        }
        BY_NAME.put("shake128", SHAKE_128);
        BY_NAME.put("shake256", SHAKE_256);
    }

    final String pyName;
    final String jdkName;
    final int digestSize;
    final int blockSize;

    Algorithm(String pyName, String jdkName, int digestSize, int blockSize) {
        this.pyName = pyName;
        this.jdkName = jdkName;
        this.digestSize = digestSize;
        this.blockSize = blockSize;
    }

    /** The algorithm a name given to {@code hashlib.new} means (any case, OpenSSL's spellings too), or null. */
    static Algorithm lookup(String name) {
        Algorithm a = BY_NAME.get(name);
        return a != null ? a : BY_NAME.get(name.toLowerCase(java.util.Locale.ROOT));
    }

    boolean xof() {
        return jdkName == null;
    }

    Digester start() {
        return xof() ? new Keccak(blockSize) : JdkDigester.of(jdkName);
    }
}
