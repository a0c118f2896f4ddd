package org.sanca.runtime.objects;

import java.util.Locale;

/**
 * Unicode case mapping and character classes for {@code str}: CPython's
 * {@code Objects/unicodectype.c} and the case methods of {@code unicodeobject.c}, on Java's
 * Unicode tables (full case mappings, so {@code 'ß'.upper() == 'SS'}).
 */
final class StrCase {
    private StrCase() {
    }

    static String upper(String s) {
        return UnicodeAge.hasNewer(s) ? keepingNewer(s, true) : s.toUpperCase(Locale.ROOT);
    }

    static String lower(String s) {
        return UnicodeAge.hasNewer(s) ? keepingNewer(s, false) : s.toLowerCase(Locale.ROOT);
    }

    /** Upper or lower case of the runs between characters Unicode 15.0 does not know, which stay as they are. */
    private static String keepingNewer(String s, boolean up) {
        StringBuilder b = new StringBuilder(s.length());
        int run = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int next = i + Character.charCount(cp);
            if (UnicodeAge.newer(cp)) {
                String part = s.substring(run, i);
                b.append(up ? part.toUpperCase(Locale.ROOT) : part.toLowerCase(Locale.ROOT)).appendCodePoint(cp);
                run = next;
            }
            i = next;
        }
        String part = s.substring(run);
        return b.append(up ? part.toUpperCase(Locale.ROOT) : part.toLowerCase(Locale.ROOT)).toString();
    }

    static boolean isUpper(int cp) {
        return Character.isUpperCase(cp) && !UnicodeAge.newer(cp);
    }

    static boolean isLower(int cp) {
        return Character.isLowerCase(cp) && !UnicodeAge.newer(cp);
    }

    static boolean isTitle(int cp) {
        return Character.isTitleCase(cp) && !UnicodeAge.newer(cp);
    }

    /** Full case folding: the lower case of the upper case per character (ß, ﬁ, ς fold as Python folds them). */
    static String casefold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (cp < 128) {
                b.append((char) (cp >= 'A' && cp <= 'Z' ? cp + 32 : cp));
            } else if (UnicodeAge.newer(cp)) {
                b.appendCodePoint(cp);
            } else if (cp == 0x130) {
                b.append("i\u0307");
            } else {
                String folded = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
                String again = folded.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
                // U+1E9E lowers to U+00DF, which folds further to "ss".
                b.append(again.equals(folded) ? folded : again);
            }
        }
        return b.toString();
    }

    /** The title case of one character, full mapping ({@code 'ß'} gives {@code 'Ss'}). */
    static void appendTitle(StringBuilder b, int cp) {
        if (UnicodeAge.newer(cp)) {
            b.appendCodePoint(cp);
            return;
        }
        int t = Character.toTitleCase(cp);
        if (t != cp || !Character.isLowerCase(cp)) {
            b.appendCodePoint(t);
            return;
        }
        String up = new String(Character.toChars(cp)).toUpperCase(Locale.ROOT);
        if (up.codePointCount(0, up.length()) > 1) {
            int first = up.codePointAt(0);
            String rest = up.substring(Character.charCount(first));
            // U+0149's title form keeps its capital after an uncased apostrophe: "\u02bcN".
            b.appendCodePoint(first).append(isCased(first) ? rest.toLowerCase(Locale.ROOT) : rest);
        } else {
            b.appendCodePoint(t);
        }
    }

    static void appendLower(StringBuilder b, int cp) {
        if (UnicodeAge.newer(cp)) {
            b.appendCodePoint(cp);
        } else if (cp == 0x130) {
            b.append("i\u0307");
        } else {
            b.appendCodePoint(Character.toLowerCase(cp));
        }
    }

    static void appendUpper(StringBuilder b, int cp) {
        if (UnicodeAge.newer(cp)) {
            b.appendCodePoint(cp);
        } else if (cp < 128 || Character.charCount(cp) == 1 && Character.toUpperCase(cp) != cp && !hasSpecialUpper(cp)) {
            b.appendCodePoint(Character.toUpperCase(cp));
        } else {
            b.append(new String(Character.toChars(cp)).toUpperCase(Locale.ROOT));
        }
    }

    private static boolean hasSpecialUpper(int cp) {
        return cp == 0xdf || (cp >= 0xfb00 && cp <= 0xfb17) || cp == 0x149 || cp == 0x1f0 || cp == 0x390 || cp == 0x3b0
                || cp == 0x587 || (cp >= 0x1e96 && cp <= 0x1e9a) || (cp >= 0x1f50 && cp <= 0x1ffc);
    }

    static String title(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean prevCased = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (prevCased) {
                lowerInContext(b, s, i, cp);
            } else {
                appendTitle(b, cp);
            }
            prevCased = isCased(cp);
        }
        return b.toString();
    }

    static String capitalize(String s) {
        if (s.isEmpty()) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int first = s.codePointAt(0);
        appendTitle(b, first);
        for (int i = Character.charCount(first); i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            lowerInContext(b, s, i, cp);
        }
        return b.toString();
    }

    static String swapcase(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (isUpper(cp)) {
                lowerInContext(b, s, i, cp);
            } else if (isLower(cp)) {
                appendUpper(b, cp);
            } else {
                b.appendCodePoint(cp);
            }
        }
        return b.toString();
    }

    /** Lower-cases {@code cp} (which ends at {@code next}), applying the final-sigma rule as Python does. */
    private static void lowerInContext(StringBuilder b, String s, int next, int cp) {
        if (cp == 0x3a3) {
            b.append(finalSigma(s, next - 1) ? '\u03c2' : '\u03c3');
        } else {
            appendLower(b, cp);
        }
    }

    /** Whether the capital sigma at {@code at} ends a word: a cased letter before it and none after (ignoring case-ignorables). */
    private static boolean finalSigma(String s, int at) {
        int i = at;
        boolean before = false;
        while (i > 0) {
            int cp = s.codePointBefore(i);
            i -= Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                before = isCased(cp);
                break;
            }
        }
        if (!before) {
            return false;
        }
        i = at + 1;
        while (i < s.length()) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            if (!isCaseIgnorable(cp)) {
                return !isCased(cp);
            }
        }
        return true;
    }

    static boolean isCased(int cp) {
        return (Character.isUpperCase(cp) || Character.isLowerCase(cp) || Character.isTitleCase(cp)) && !UnicodeAge.newer(cp);
    }

    private static boolean isCaseIgnorable(int cp) {
        int t = Character.getType(cp);
        return cp == '\'' || cp == '.' || cp == ':' || cp == '^' || cp == '`' || cp == 0xb7 || cp == 0x2019
                || t == Character.NON_SPACING_MARK || t == Character.ENCLOSING_MARK || t == Character.FORMAT
                || t == Character.MODIFIER_LETTER || t == Character.MODIFIER_SYMBOL;
    }

    // ---- character classes ----

    /**
     * {@code s} with Unicode decimal digits as ASCII digits, Python whitespace as spaces and other
     * non-ASCII characters as '?', as {@code _PyUnicode_TransformDecimalAndSpaceToASCII} prepares
     * text for the number parsers.
     */
    static String asciiNumeric(String s) {
        boolean ascii = true;
        for (int i = 0; i < s.length() && ascii; i++) {
            ascii = s.charAt(i) < 128;
        }
        if (ascii) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        s.codePoints().forEach(cp -> {
            if (cp < 128) {
                b.append((char) cp);
            } else if (isSpace(cp)) {
                b.append(' ');
            } else if (Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER) {
                b.append((char) ('0' + Character.digit(cp, 10)));
            } else {
                b.append('?');
            }
        });
        return b.toString();
    }

    /** {@code s} without leading and trailing Python whitespace (Java's strip misses U+00A0 and others). */
    static String stripSpace(String s) {
        int i = 0;
        int j = s.length();
        while (i < j && isSpace(s.charAt(i))) {
            i++;
        }
        while (j > i && isSpace(s.charAt(j - 1))) {
            j--;
        }
        return s.substring(i, j);
    }

    static boolean isSpace(int cp) {
        if (cp < 128) {
            return cp == ' ' || (cp >= 9 && cp <= 13) || (cp >= 0x1c && cp <= 0x1f);
        }
        return cp == 0x85 || Character.isSpaceChar(cp) && cp != 0x200b;
    }

    static boolean isAlpha(int cp) {
        return Character.isLetter(cp) && !UnicodeAge.newer(cp);
    }

    static boolean isDecimal(int cp) {
        return Character.getType(cp) == Character.DECIMAL_DIGIT_NUMBER && !UnicodeAge.newer(cp);
    }

    static boolean isDigit(int cp) {
        if (isDecimal(cp)) {
            return true;
        }
        if (Character.getType(cp) != Character.OTHER_NUMBER || UnicodeAge.newer(cp)) {
            return false;
        }
        int v = Character.getNumericValue(cp);
        return v >= 0 && v <= 9 && !isVulgarOrCjk(cp);
    }

    private static boolean isVulgarOrCjk(int cp) {
        return (cp >= 0x2150 && cp <= 0x215f) || cp == 0xbc || cp == 0xbd || cp == 0xbe || (cp >= 0x3021 && cp <= 0x3029);
    }

    static boolean isNumeric(int cp) {
        if (UnicodeAge.newer(cp)) {
            return false;
        }
        int t = Character.getType(cp);
        if (t == Character.DECIMAL_DIGIT_NUMBER || t == Character.LETTER_NUMBER || t == Character.OTHER_NUMBER) {
            return true;
        }
        return t == Character.OTHER_LETTER && isHanNumeral(cp);
    }

    private static boolean isHanNumeral(int cp) {
        return "\u3007\u4e00\u4e8c\u4e09\u56db\u4e94\u516d\u4e03\u516b\u4e5d\u5341\u767e\u5343\u4e07\u5104\u5146\u96f6\u58f1\u5f10\u53c1\u62fe\u4f70\u4edf\u842c\u5169\u5e7a\u5eff\u5345\u534c"
                .indexOf(cp) >= 0;
    }

    static boolean isAlnum(int cp) {
        return isAlpha(cp) || isDecimal(cp) || isDigit(cp) || isNumeric(cp);
    }

    static boolean isIdentifierStart(int cp) {
        return cp == '_' || !UnicodeAge.newer(cp) && (cp < 128 ? Character.isLetter(cp) : Character.isUnicodeIdentifierStart(cp) || cp == 0x2118 || cp == 0x212e
                || cp == 0x309b || cp == 0x309c);
    }

    static boolean isIdentifierPart(int cp) {
        if (cp < 128) {
            return cp == '_' || Character.isLetterOrDigit(cp);
        }
        return (Character.isUnicodeIdentifierPart(cp) && !Character.isIdentifierIgnorable(cp) && !UnicodeAge.newer(cp)) || cp == 0xb7 || cp == 0x387
                || (cp >= 0x1369 && cp <= 0x1371) || cp == 0x19da;
    }
}
