package org.sanca.runtime.objects;

/** {@code bytes.hex} and {@code bytes.fromhex} ({@code Python/pystrhex.c}, {@code bytesobject.c}). */
final class BytesHex {
    private static final char[] DIGITS = "0123456789abcdef".toCharArray();

    private BytesHex() {
    }

    static String hex(byte[] b, PyObject sep, PyObject bytesPerSep) {
        String s = null;
        if (sep != null) {
            if (sep instanceof PyStr ps) {
                s = ps.value();
            } else {
                byte[] raw = PyBytes.bufferOrNull(sep);
                if (raw == null) {
                    throw PyErr.typeError("object of type '%s' has no len()", PyErr.typeName(sep));
                }
                s = new String(raw, java.nio.charset.StandardCharsets.ISO_8859_1);
            }
            if (s.length() != 1) {
                throw PyErr.valueError("sep must be length 1.");
            }
            if (s.charAt(0) >= 128) {
                throw PyErr.valueError("sep must be ASCII.");
            }
        }
        long per = Abstract.indexValue(bytesPerSep);
        StringBuilder out = new StringBuilder(b.length * 3);
        int group = (int) Math.min(Math.abs(per), Integer.MAX_VALUE);
        for (int i = 0; i < b.length; i++) {
            if (s != null && i > 0 && group > 0) {
                int fromEnd = b.length - i;
                if (per > 0 ? fromEnd % group == 0 : i % group == 0) {
                    out.append(s);
                }
            }
            out.append(DIGITS[(b[i] >> 4) & 15]).append(DIGITS[b[i] & 15]);
        }
        return out.toString();
    }

    static byte[] fromhex(PyObject string) {
        if (!(string instanceof PyStr ps)) {
            throw PyErr.typeError("fromhex() argument must be str, not %s", PyStr.argTypeName(string));
        }
        String s = ps.value();
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (StrCase.isSpace(c) && c < 128) {
                i++;
                continue;
            }
            int hi = Character.digit(c, 16);
            int lo = i + 1 < s.length() && s.charAt(i + 1) < 128 ? Character.digit(s.charAt(i + 1), 16) : -1;
            if (hi < 0 || c >= 128) {
                throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position %d", i);
            }
            if (lo < 0) {
                throw PyErr.valueError("non-hexadecimal number found in fromhex() arg at position %d", i + 1);
            }
            out.write(hi << 4 | lo);
            i += 2;
        }
        return out.toByteArray();
    }
}
