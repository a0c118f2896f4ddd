package org.sanca.runtime.objects;

/**
 * {@code repr(str)}: CPython's {@code unicode_repr}. Single quotes unless the string holds a
 * single quote and no double quote; printable characters as they are, the rest escaped as
 * {@code \t \n \r \\}, {@code \xNN}, {@code \\uNNNN} or {@code \UNNNNNNNN}.
 */
public final class StrRepr {
    private StrRepr() {
    }

    public static String repr(String s) {
        char quote = s.indexOf('\'') >= 0 && s.indexOf('"') < 0 ? '"' : '\'';
        StringBuilder b = new StringBuilder(s.length() + 2);
        b.append(quote);
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp == quote || cp == '\\') {
                b.append('\\').appendCodePoint(cp);
            } else if (cp == '\t') {
                b.append("\\t");
            } else if (cp == '\n') {
                b.append("\\n");
            } else if (cp == '\r') {
                b.append("\\r");
            } else if (cp < 0x20 || cp == 0x7f) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x7f) {
                b.append((char) cp);
            } else if (isPrintable(cp)) {
                b.appendCodePoint(cp);
            } else {
                b.append(escape(cp));
            }
        }
        return b.append(quote).toString();
    }

    /**
     * Python's {@code str.isprintable} for one character: not in the Unicode categories
     * "Other" (Cc, Cf, Cs, Co, Cn) or "Separator" (Zl, Zp, Zs) other than the ASCII space.
     */
    public static boolean isPrintable(int cp) {
        if (cp == ' ') {
            return true;
        }
        if (UnicodeAge.newer(cp)) {
            return false;
        }
        return switch (Character.getType(cp)) {
            case Character.CONTROL, Character.FORMAT, Character.SURROGATE, Character.PRIVATE_USE,
                 Character.UNASSIGNED, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
                 Character.SPACE_SEPARATOR -> false;
            default -> true;
        };
    }

    /** {@code ascii()} of a repr: every non-ASCII character escaped as {@code \xNN}, {@code \\uNNNN} or {@code \UNNNNNNNN}. */
    public static String ascii(String repr) {
        StringBuilder b = null;
        for (int i = 0; i < repr.length(); ) {
            int cp = repr.codePointAt(i);
            int n = Character.charCount(cp);
            if (cp >= 128 && b == null) {
                b = new StringBuilder(repr.length() + 16).append(repr, 0, i);
            }
            if (b != null) {
                if (cp < 128) {
                    b.append((char) cp);
                } else {
                    b.append(escape(cp));
                }
            }
            i += n;
        }
        return b == null ? repr : b.toString();
    }

    /** The escape of a code point in a repr: {@code \xNN}, {@code \\uNNNN} or {@code \UNNNNNNNN}. */
    public static String escape(int cp) {
        if (cp <= 0xff) {
            return String.format("\\x%02x", cp);
        }
        return cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }
}
