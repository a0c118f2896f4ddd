package org.sanca.runtime.objects;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.IntPredicate;

/** {@code str.split}, {@code rsplit} and {@code splitlines}: CPython's {@code Objects/stringlib/split.h}. */
final class StrSplit {
    private StrSplit() {
    }

    /** Splits on runs of whitespace, at most {@code max} times (negative: no limit), from the left. */
    static List<String> whitespace(String s, long max) {
        return whitespace(s, max, StrCase::isSpace);
    }

    /** Splits on runs of characters {@code space} accepts (bytes have their own, ASCII-only, whitespace). */
    static List<String> whitespace(String s, long max, IntPredicate space) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        while (true) {
            while (i < n && space.test(s.codePointAt(i))) {
                i += Character.charCount(s.codePointAt(i));
            }
            if (i >= n) {
                break;
            }
            if (max-- == 0) {
                out.add(s.substring(i));
                break;
            }
            int j = i;
            while (j < n && !space.test(s.codePointAt(j))) {
                j += Character.charCount(s.codePointAt(j));
            }
            out.add(s.substring(i, j));
            i = j;
        }
        return out;
    }

    /** Splits on runs of whitespace from the right. */
    static List<String> whitespaceRight(String s, long max) {
        return whitespaceRight(s, max, StrCase::isSpace);
    }

    static List<String> whitespaceRight(String s, long max, IntPredicate space) {
        List<String> out = new ArrayList<>();
        int j = s.length();
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        while (true) {
            while (j > 0 && space.test(s.codePointBefore(j))) {
                j -= Character.charCount(s.codePointBefore(j));
            }
            if (j <= 0) {
                break;
            }
            if (max-- == 0) {
                out.add(s.substring(0, j));
                break;
            }
            int i = j;
            while (i > 0 && !space.test(s.codePointBefore(i))) {
                i -= Character.charCount(s.codePointBefore(i));
            }
            out.add(s.substring(i, j));
            j = i;
        }
        Collections.reverse(out);
        return out;
    }

    static List<String> bySep(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        int i = 0;
        while (max-- > 0) {
            int j = s.indexOf(sep, i);
            if (j < 0) {
                break;
            }
            out.add(s.substring(i, j));
            i = j + sep.length();
        }
        out.add(s.substring(i));
        return out;
    }

    static List<String> bySepRight(String s, String sep, long max) {
        List<String> out = new ArrayList<>();
        if (max < 0) {
            max = Long.MAX_VALUE;
        }
        int j = s.length();
        while (max-- > 0) {
            int i = s.lastIndexOf(sep, j - sep.length());
            if (i < 0) {
                break;
            }
            out.add(s.substring(i + sep.length(), j));
            j = i;
        }
        out.add(s.substring(0, j));
        Collections.reverse(out);
        return out;
    }

    /** Python's line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028 \u2029. */
    static boolean isLineBreak(int c) {
        return c == '\n' || c == '\r' || c == 0x0b || c == 0x0c || c == 0x1c || c == 0x1d || c == 0x1e || c == 0x85
                || c == 0x2028 || c == 0x2029;
    }

    static List<String> lines(String s, boolean keepends) {
        List<String> out = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && !isLineBreak(s.charAt(j))) {
                j++;
            }
            int eol = j;
            if (j < n) {
                eol = s.charAt(j) == '\r' && j + 1 < n && s.charAt(j + 1) == '\n' ? j + 2 : j + 1;
            }
            out.add(s.substring(i, keepends ? eol : j));
            i = eol;
        }
        return out;
    }
}
