package org.sanca.runtime.objects.codecs;

/** The decoders of the builtin codecs ({@code Objects/unicodeobject.c}, {@code Objects/stringlib/codecs.h}). */
final class Decoder {
    private Decoder() {
    }

    static String decode(byte[] b, int off, int len, String enc, String errors) {
        return switch (enc) {
            case "utf-8" -> utf8(b, off, len, errors);
            case "utf-8-sig" -> hasUtf8Bom(b, off, len) ? utf8(b, off + 3, len - 3, errors) : utf8(b, off, len, errors);
            case "ascii", "latin-1" -> singleByte(b, off, len, enc, errors);
            case "utf-16", "utf-16-le", "utf-16-be" -> utf16(b, off, len, enc, errors);
            default -> utf32(b, off, len, enc, errors);
        };
    }

    private static boolean hasUtf8Bom(byte[] b, int off, int len) {
        return len >= 3 && b[off] == (byte) 0xef && b[off + 1] == (byte) 0xbb && b[off + 2] == (byte) 0xbf;
    }

    private static String singleByte(byte[] b, int off, int len, String enc, String errors) {
        StringBuilder out = new StringBuilder(len);
        boolean ascii = enc.equals("ascii");
        int i = off;
        while (i < off + len) {
            int v = b[i] & 0xff;
            if (ascii && v >= 128) {
                i = ErrorHandlers.decodeError(out, b, off, len, i, i + 1, enc, errors, "ordinal not in range(128)");
            } else {
                out.append((char) v);
                i++;
            }
        }
        return out.toString();
    }

    private static String utf8(byte[] b, int off, int len, String errors) {
        boolean ascii = true;
        for (int i = off; i < off + len && ascii; i++) {
            ascii = b[i] >= 0;
        }
        if (ascii) {
            return new String(b, off, len, java.nio.charset.StandardCharsets.ISO_8859_1);
        }
        try {
            return java.nio.charset.StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(java.nio.charset.CodingErrorAction.REPORT)
                    .onUnmappableCharacter(java.nio.charset.CodingErrorAction.REPORT)
                    .decode(java.nio.ByteBuffer.wrap(b, off, len)).toString();
        } catch (java.nio.charset.CharacterCodingException malformed) {
            return utf8Slow(b, off, len, errors);
        }
    }

    private static String utf8Slow(byte[] b, int off, int len, String errors) {
        StringBuilder out = new StringBuilder(len);
        int end = off + len;
        int i = off;
        while (i < end) {
            int c = b[i] & 0xff;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int need;
            int cp;
            int lo = 0x80;
            int hi = 0xbf;
            if (c >= 0xc2 && c <= 0xdf) {
                need = 1;
                cp = c & 0x1f;
            } else if (c >= 0xe0 && c <= 0xef) {
                need = 2;
                cp = c & 0x0f;
                if (c == 0xe0) {
                    lo = 0xa0;
                } else if (c == 0xed && !errors.equals("surrogatepass")) {
                    hi = 0x9f;
                }
            } else if (c >= 0xf0 && c <= 0xf4) {
                need = 3;
                cp = c & 0x07;
                if (c == 0xf0) {
                    lo = 0x90;
                } else if (c == 0xf4) {
                    hi = 0x8f;
                }
            } else {
                i = ErrorHandlers.decodeError(out, b, off, len, i, i + 1, "utf-8", errors, "invalid start byte");
                continue;
            }
            int j = i + 1;
            String reason = null;
            for (int k = 0; k < need; k++, j++) {
                if (j >= end) {
                    reason = "unexpected end of data";
                    break;
                }
                int d = b[j] & 0xff;
                if (d < (k == 0 ? lo : 0x80) || d > (k == 0 ? hi : 0xbf)) {
                    reason = "invalid continuation byte";
                    break;
                }
                cp = cp << 6 | d & 0x3f;
            }
            if (reason != null) {
                i = ErrorHandlers.decodeError(out, b, off, len, i, j, "utf-8", errors, reason);
                continue;
            }
            out.appendCodePoint(cp);
            i = j;
        }
        return out.toString();
    }

    private static String utf16(byte[] b, int off, int len, String enc, String errors) {
        StringBuilder out = new StringBuilder(len / 2);
        int i = off;
        int end = off + len;
        boolean be = enc.equals("utf-16-be");
        if (enc.equals("utf-16") && len >= 2) {
            int bom = (b[off] & 0xff) << 8 | b[off + 1] & 0xff;
            if (bom == 0xfffe) {
                i += 2;
            } else if (bom == 0xfeff) {
                be = true;
                i += 2;
            }
        }
        String name = be ? "utf-16-be" : "utf-16-le";
        while (i < end) {
            if (end - i < 2) {
                i = ErrorHandlers.decodeError(out, b, off, len, i, end, name, errors, "truncated data");
                continue;
            }
            int u = unit(b, i, 2, be);
            if (u < 0xd800 || u > 0xdfff) {
                out.append((char) u);
                i += 2;
            } else if (u <= 0xdbff && end - i >= 4 && unit(b, i + 2, 2, be) >= 0xdc00 && unit(b, i + 2, 2, be) <= 0xdfff) {
                out.append((char) u).append((char) unit(b, i + 2, 2, be));
                i += 4;
            } else {
                boolean truncated = u <= 0xdbff && end - i < 4;
                i = ErrorHandlers.decodeError(out, b, off, len, i, truncated ? end : i + 2, name, errors,
                        truncated ? "unexpected end of data" : u <= 0xdbff ? "illegal UTF-16 surrogate" : "illegal encoding");
            }
        }
        return out.toString();
    }

    private static String utf32(byte[] b, int off, int len, String enc, String errors) {
        StringBuilder out = new StringBuilder(len / 4);
        int i = off;
        int end = off + len;
        boolean be = enc.equals("utf-32-be");
        if (enc.equals("utf-32") && len >= 4) {
            if (unit(b, off, 4, false) == 0xfeff) {
                i += 4;
            } else if (unit(b, off, 4, true) == 0xfeff) {
                be = true;
                i += 4;
            }
        }
        String name = be ? "utf-32-be" : "utf-32-le";
        while (i < end) {
            if (end - i < 4) {
                i = ErrorHandlers.decodeError(out, b, off, len, i, end, name, errors, "truncated data");
                continue;
            }
            long cp = unit(b, i, 4, be) & 0xffffffffL;
            if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) {
                i = ErrorHandlers.decodeError(out, b, off, len, i, i + 4, name, errors,
                        cp > 0x10ffff ? "code point not in range(0x110000)" : "code point in surrogate code point range(0xd800, 0xe000)");
            } else {
                out.appendCodePoint((int) cp);
                i += 4;
            }
        }
        return out.toString();
    }

    /** The surrogate encoded at {@code b[i]} in {@code enc} (surrogatepass), or -1. */
    static int surrogateAt(byte[] b, int i, String enc) {
        if (enc == null) {
            return -1;
        }
        int cp;
        if (enc.startsWith("utf-16") || enc.startsWith("utf-32")) {
            int size = enc.startsWith("utf-16") ? 2 : 4;
            if (i + size > b.length) {
                return -1;
            }
            cp = unit(b, i, size, enc.endsWith("-be"));
        } else if (enc.equals("utf-8") && i + 3 <= b.length && (b[i] & 0xf0) == 0xe0 && (b[i + 1] & 0xc0) == 0x80
                && (b[i + 2] & 0xc0) == 0x80) {
            cp = (b[i] & 0x0f) << 12 | (b[i + 1] & 0x3f) << 6 | b[i + 2] & 0x3f;
        } else {
            return -1;
        }
        return cp >= 0xd800 && cp <= 0xdfff ? cp : -1;
    }

    /**
     * How many bytes at the end of {@code b[off:off+len]} an incremental decoder keeps for the
     * next call: the start of a character the data so far leaves incomplete.
     */
    static int incompleteTail(byte[] b, int off, int len, String enc) {
        switch (enc) {
            case "utf-8", "utf-8-sig" -> {
                for (int k = 1; k <= 3 && k <= len; k++) {
                    int c = b[off + len - k] & 0xff;
                    int need = c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : 0;
                    if (need == 0) {
                        if ((c & 0xc0) == 0x80) {
                            continue;
                        }
                        return 0;
                    }
                    return k <= need && validPrefix(b, off + len - k, k) ? k : 0;
                }
                return 0;
            }
            case "utf-16", "utf-16-le", "utf-16-be" -> {
                int r = len % 2;
                if (len - r >= 2) {
                    int u = unit(b, off + len - r - 2, 2, enc.equals("utf-16-be"));
                    if (u >= 0xd800 && u <= 0xdbff) {
                        r += 2;
                    }
                }
                return r;
            }
            case "utf-32", "utf-32-le", "utf-32-be" -> {
                return len % 4;
            }
            default -> {
                return 0;
            }
        }
    }

    private static boolean validPrefix(byte[] b, int at, int k) {
        int c = b[at] & 0xff;
        for (int j = 1; j < k; j++) {
            int d = b[at + j] & 0xff;
            int lo = j == 1 && c == 0xe0 ? 0xa0 : j == 1 && c == 0xf0 ? 0x90 : 0x80;
            int hi = j == 1 && c == 0xed ? 0x9f : j == 1 && c == 0xf4 ? 0x8f : 0xbf;
            if (d < lo || d > hi) {
                return false;
            }
        }
        return true;
    }

    private static int unit(byte[] b, int i, int size, boolean bigEndian) {
        int v = 0;
        for (int k = 0; k < size; k++) {
            int byteVal = b[i + (bigEndian ? k : size - 1 - k)] & 0xff;
            v = v << 8 | byteVal;
        }
        return v;
    }
}
