package org.sanca.runtime.modules._json;

/**
 * JSON string literals: CPython's {@code escape_unicode} and {@code ascii_escape_unicode} in
 * {@code Modules/_json.c}. The ASCII form writes every character outside printable ASCII as
 * {@code \\uXXXX} (astral ones as a surrogate pair, which Java strings already hold).
 */
final class JsonQuote {
    private static final char[] HEX = "0123456789abcdef".toCharArray();

    private JsonQuote() {
    }

    /** {@code s} as a quoted JSON string. */
    static String quote(String s, boolean asciiOnly) {
        int n = s.length();
        int i = 0;
        while (i < n && plain(s.charAt(i), asciiOnly)) {
            i++;
        }
        if (i == n) {
            return '"' + s + '"';
        }
        StringBuilder sb = new StringBuilder(n + 16);
        sb.append('"').append(s, 0, i);
        appendEscaped(sb, s, i, asciiOnly);
        return sb.append('"').toString();
    }

    /** Appends {@code s} quoted to {@code sb}. */
    static void appendQuoted(StringBuilder sb, String s, boolean asciiOnly) {
        sb.append('"');
        appendEscaped(sb, s, 0, asciiOnly);
        sb.append('"');
    }

    private static void appendEscaped(StringBuilder sb, String s, int from, boolean asciiOnly) {
        int n = s.length();
        for (int i = from; i < n; i++) {
            char c = s.charAt(i);
            if (plain(c, asciiOnly)) {
                sb.append(c);
                continue;
            }
            switch (c) {
                case '"' -> sb.append("\\\"");
                case '\\' -> sb.append("\\\\");
                case '\n' -> sb.append("\\n");
                case '\r' -> sb.append("\\r");
                case '\t' -> sb.append("\\t");
                case '\b' -> sb.append("\\b");
                case '\f' -> sb.append("\\f");
                default -> sb.append("\\u").append(HEX[c >> 12]).append(HEX[(c >> 8) & 15]).append(HEX[(c >> 4) & 15])
                        .append(HEX[c & 15]);
            }
        }
    }

    private static boolean plain(char c, boolean asciiOnly) {
        if (c < 0x20 || c == '"' || c == '\\') {
            return false;
        }
        return !asciiOnly || c < 0x7f;
    }
}
