package org.sanca.runtime.interp;

import java.nio.charset.StandardCharsets;


import org.sanca.ast.BinOp;
import org.sanca.ast.Expr;
import org.sanca.ast.ExprStmt;
import org.sanca.ast.Mod;
import org.sanca.ast.Module;
import org.sanca.ast.Stmt;
import org.sanca.ast.Subscript;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;

/**
 * The position-marker line under a traceback's source line, as CPython 3.12's
 * {@code tb_displayline} draws it ({@code Python/traceback.c}): carets under the failing
 * instruction's columns, with {@code ~} and {@code ^} separating the operands of a binary
 * operation or the value and index of a subscript, left out when they would cover the whole
 * line.
 */
final class Carets {
    private Carets() {
    }

    /**
     * The marker line (with its four-space margin, without newline) for {@code line} (as read,
     * without its newline) and the instruction's UTF-8 columns; null when none is shown.
     */
    static String markers(String line, int startByte, int endByte, boolean singleLine) {
        int[] cps = line.codePoints().toArray();
        int start = charOffset(line, startByte);
        int end = charOffset(line, endByte);
        if (start < 0 || end < 0) {
            return null;
        }
        int leftEnd = -1;
        int rightStart = -1;
        boolean anchored = false;
        if (singleLine) {
            int[] anchors = anchors(new String(cps, start, Math.max(0, Math.min(end, cps.length) - start)));
            if (anchors != null) {
                leftEnd = anchors[0] + start;
                rightStart = anchors[1] + start;
                anchored = true;
            }
        } else {
            int i = cps.length;
            while (--i >= 0 && isWhitespace(cps[i])) {
                continue;
            }
            end = i + 1;
        }
        int lead = 0;
        while (lead < cps.length && isWhitespace(cps[lead])) {
            lead++;
        }
        int trail = cps.length;
        while (trail > lead && isWhitespace(cps[trail - 1])) {
            trail--;
        }
        if (end - start == trail - lead && !anchored) {
            return null;
        }
        StringBuilder b = new StringBuilder("    ");
        for (int offset = lead + 1; offset <= end; offset++) {
            if (offset <= start) {
                b.append(' ');
            } else if (anchored && leftEnd < offset && offset <= rightStart) {
                b.append('^');
            } else {
                b.append(anchored ? '~' : '^');
            }
        }
        return b.toString();
    }

    private static boolean isWhitespace(int c) {
        return c == ' ' || c == '\t' || c == '\f' || c == '\n' || c == '\r' || c == 0x0b;
    }

    /** The code-point offset of UTF-8 byte offset {@code b} in {@code s}, or -1 when out of range. */
    static int charOffset(String s, int b) {
        byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
        if (b < 0) {
            return -1;
        }
        if (b > bytes.length) {
            b = bytes.length;
        }
        String prefix = new String(bytes, 0, b, StandardCharsets.UTF_8);
        return prefix.codePointCount(0, prefix.length());
    }

    /** {left end, right start} in code points of {@code segment}, or null when it is no binary op or subscript. */
    static int[] anchors(String segment) {
        Mod mod;
        try {
            mod = Parser.parse(segment, "<string>", Mode.EXEC);
        } catch (RuntimeException e) {
            return null;
        }
        if (!(mod instanceof Module m) || m.body().size() != 1) {
            return null;
        }
        Stmt st = m.body().get(0);
        if (!(st instanceof ExprStmt es)) {
            return null;
        }
        byte[] seg = segment.getBytes(StandardCharsets.UTF_8);
        int[] r = anchorBytes(es.value(), seg);
        if (r == null) {
            return null;
        }
        return new int[] {charOffset(segment, r[0]), charOffset(segment, r[1])};
    }

    private static int[] anchorBytes(Expr e, byte[] seg) {
        if (e instanceof BinOp bin) {
            int left = -1;
            int right = -1;
            int rcol = bin.right().col_offset();
            for (int i = bin.left().end_col_offset(); i < rcol; i++) {
                if (isWhitespace(seg[i])) {
                    continue;
                }
                left = i;
                right = i + 1;
                if (i + 1 < rcol && !isWhitespace(seg[i + 1])) {
                    right++;
                }
                if (i + 1 < rcol && seg[i] == ')') {
                    continue;
                }
                break;
            }
            return left < 0 ? null : new int[] {left, right};
        }
        if (e instanceof Subscript sub) {
            int left = sub.value().end_col_offset();
            int right = sub.slice().end_col_offset() + 1;
            int n = seg.length;
            while (left < n && seg[left] != '[') {
                left++;
            }
            while (right < n && seg[right] != ']') {
                right++;
            }
            if (right < n) {
                right++;
            }
            return new int[] {left, right};
        }
        return null;
    }

}
