package org.sanca.runtime.modules._hashlib;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/** MD5, SHA-1, SHA-2 and SHA-3 through {@link MessageDigest}, which the JDK always provides. */
final class JdkDigester implements Digester {
    private final MessageDigest md;

    private JdkDigester(MessageDigest md) {
        this.md = md;
    }

    static JdkDigester of(String jdkName) {
        try {
            return new JdkDigester(MessageDigest.getInstance(jdkName));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(jdkName, e);
        }
    }

    @Override
    public void update(byte[] data, int off, int len) {
        md.update(data, off, len);
    }

    @Override
    public byte[] digest(int length) {
        return ((JdkDigester) copy()).md.digest();
    }

    @Override
    public Digester copy() {
        try {
            return new JdkDigester((MessageDigest) md.clone());
        } catch (CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
    }
}
