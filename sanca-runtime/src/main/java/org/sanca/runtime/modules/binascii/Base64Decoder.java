package org.sanca.runtime.modules.binascii;

import java.io.ByteArrayOutputStream;

/**
 * {@code binascii.a2b_base64}: CPython's decoding loop, which skips characters outside the
 * alphabet and stops at complete padding unless {@code strict_mode} asks it to reject them.
 */
final class Base64Decoder {
    private static final int[] VALUE = new int[256];

    static {
        java.util.Arrays.fill(VALUE, -1);
        String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        for (int i = 0; i < 64; i++) {
            VALUE[alphabet.charAt(i)] = i;
        }
    }

    private Base64Decoder() {
    }

    static byte[] decode(byte[] a, boolean strict) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(a.length * 3 / 4);
        int quad = 0;
        int pads = 0;
        int left = 0;
        boolean padding = false;
        for (int i = 0; i < a.length; i++) {
            int c = a[i] & 0xff;
            if (c == '=') {
                padding = true;
                if (strict && quad == 0) {
                    throw BinasciiModule.error(i == 0 ? "Leading padding not allowed" : "Excess padding not allowed");
                }
                if (quad >= 2 && quad + ++pads >= 4) {
                    if (strict && i + 1 < a.length) {
                        throw BinasciiModule.error("Excess data after padding");
                    }
                    return out.toByteArray();
                }
                continue;
            }
            int v = VALUE[c];
            if (v < 0) {
                if (strict) {
                    throw BinasciiModule.error("Only base64 data is allowed");
                }
                continue;
            }
            if (strict && padding) {
                throw BinasciiModule.error("Discontinuous padding not allowed");
            }
            pads = 0;
            switch (quad) {
                case 0 -> left = v;
                case 1 -> {
                    out.write(left << 2 | v >> 4);
                    left = v & 0x0f;
                }
                case 2 -> {
                    out.write(left << 4 | v >> 2);
                    left = v & 0x03;
                }
                default -> out.write(left << 6 | v);
            }
            quad = (quad + 1) & 3;
        }
        if (quad == 1) {
            throw BinasciiModule.error("Invalid base64-encoded string: number of data characters (%d) cannot be 1 more than a multiple of 4",
                    out.size() / 3 * 4 + 1);
        }
        if (quad != 0) {
            throw BinasciiModule.error("Incorrect padding");
        }
        return out.toByteArray();
    }
}
