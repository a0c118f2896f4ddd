package org.sanca.parser;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes source bytes as CPython's tokenizer does (Parser/tokenizer.c, PEP 263): a UTF-8 BOM,
 * else an encoding declaration in a comment on line 1 or 2, else UTF-8.
 */
final class SourceDecoder {
    private SourceDecoder() {
    }

    static String decode(byte[] src, String filename) {
        int start = 0;
        boolean bom = src.length >= 3 && (src[0] & 0xff) == 0xEF && (src[1] & 0xff) == 0xBB && (src[2] & 0xff) == 0xBF;
        if (bom) {
            start = 3;
        }
        String declared = declaredEncoding(src, start);
        Charset cs = StandardCharsets.UTF_8;
        if (declared != null) {
            cs = charset(declared);
            if (cs == null) {
                throw new PySyntaxError("SyntaxError", "unknown encoding: " + declared, filename, 0, -1, null, 0, -1,
                    false);
            }
            if (bom && !normalName(declared).equals("utf-8")) {
                throw new PySyntaxError("SyntaxError", "encoding problem: " + declared + " with BOM", filename, 0, -1,
                    null, 0, -1, false);
            }
        }
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(src, start, src.length - start)).toString();
        } catch (CharacterCodingException e) {
            int line = 1;
            return badBytes(src, start, filename, line);
        }
    }

    private static String badBytes(byte[] src, int start, String filename, int line) {
        int i = start;
        int lineStart = start;
        while (i < src.length) {
            int b = src[i] & 0xff;
            int len = b < 0x80 ? 1 : b >= 0xC2 && b < 0xE0 ? 2 : b >= 0xE0 && b < 0xF0 ? 3 : b >= 0xF0 && b < 0xF5 ? 4 : 0;
            boolean ok = len > 0 && i + len <= src.length;
            for (int k = 1; ok && k < len; k++) {
                ok = (src[i + k] & 0xC0) == 0x80;
            }
            if (!ok) {
                String msg = String.format("(unicode error) 'utf-8' codec can't decode byte 0x%02x in position %d: %s",
                    b, i - lineStart, len == 0 ? "invalid start byte" : "invalid continuation byte");
                throw new PySyntaxError("SyntaxError", msg, filename, line, 0, null, line, -1, false);
            }
            if (b == '\n') {
                line++;
                lineStart = i + 1;
            }
            i += len;
        }
        throw new PySyntaxError("SyntaxError", "(unicode error) 'utf-8' codec can't decode source", filename, line, 0,
            null, line, -1, false);
    }

    /** The encoding named by a "coding[:=]" comment on the first or second line, or null. */
    private static String declaredEncoding(byte[] src, int start) {
        int i = start;
        for (int line = 0; line < 2 && i < src.length; line++) {
            int end = i;
            while (end < src.length && src[end] != '\n' && src[end] != '\r') {
                end++;
            }
            String text = new String(src, i, end - i, StandardCharsets.ISO_8859_1);
            String enc = codingSpec(text);
            if (enc != null) {
                return enc;
            }
            String trimmed = text.stripLeading();
            if (!trimmed.isEmpty() && !trimmed.startsWith("#") && !trimmed.startsWith("\\")) {
                return null;
            }
            i = end + 1;
            if (end < src.length && src[end] == '\r' && i < src.length && src[i] == '\n') {
                i++;
            }
        }
        return null;
    }

    private static String codingSpec(String line) {
        int k = 0;
        while (k < line.length() && (line.charAt(k) == ' ' || line.charAt(k) == '\t' || line.charAt(k) == '\f')) {
            k++;
        }
        if (k >= line.length() || line.charAt(k) != '#') {
            return null;
        }
        int c = line.indexOf("coding", k);
        if (c < 0 || c + 6 >= line.length()) {
            return null;
        }
        char sep = line.charAt(c + 6);
        if (sep != ':' && sep != '=') {
            return null;
        }
        int s = c + 7;
        while (s < line.length() && (line.charAt(s) == ' ' || line.charAt(s) == '\t')) {
            s++;
        }
        int e = s;
        while (e < line.length() && (Character.isLetterOrDigit(line.charAt(e)) || "-_.".indexOf(line.charAt(e)) >= 0)) {
            e++;
        }
        return e > s ? line.substring(s, e) : null;
    }

    /** CPython's get_normal_name: the spellings of UTF-8 and Latin-1 it recognises, else the name. */
    private static String normalName(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-")) {
            return "utf-8";
        }
        if (n.equals("latin-1") || n.equals("iso-8859-1") || n.equals("iso-latin-1") || n.startsWith("latin-1-")
                || n.startsWith("iso-8859-1-") || n.startsWith("iso-latin-1-")) {
            return "iso-8859-1";
        }
        return name;
    }

    private static Charset charset(String name) {
        String n = name.toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        if (n.equals("utf-8") || n.startsWith("utf-8-") || n.equals("utf8")) {
            return StandardCharsets.UTF_8;
        }
        if (n.equals("latin-1") || n.startsWith("latin-1-") || n.equals("iso-8859-1") || n.startsWith("iso-8859-1-")
                || n.equals("iso-latin-1") || n.equals("latin1")) {
            return StandardCharsets.ISO_8859_1;
        }
        try {
            return Charset.forName(n);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
