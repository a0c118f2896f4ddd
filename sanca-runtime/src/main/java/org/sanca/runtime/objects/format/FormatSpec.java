package org.sanca.runtime.objects.format;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;

/**
 * A parsed format specification of the mini-language
 * {@code [[fill]align][sign]["z"]["#"]["0"][width][grouping]["." precision][type]}:
 * CPython's {@code parse_internal_render_format_spec} ({@code Python/formatter_unicode.c}).
 * Absent parts are 0 characters ({@code align}, {@code sign}, {@code type}, {@code grouping})
 * or -1 ({@code width}, {@code precision}).
 *
 * @param fill      the fill code point (space unless given)
 * @param align     one of {@code < > = ^}, or 0 when not given
 * @param sign      one of {@code + - space}, or 0
 * @param noNegZero the {@code z} flag
 * @param alternate the {@code #} flag
 * @param zeroPad   the {@code 0} flag before the width
 * @param width     the minimum width, or -1
 * @param grouping  {@code ,} or {@code _}, or 0
 * @param precision the precision, or -1
 * @param type      the presentation type, or 0
 */
public record FormatSpec(int fill, char align, char sign, boolean noNegZero, boolean alternate, boolean zeroPad,
                         int width, char grouping, int precision, int type) {

    /** The spec of an empty format string. */
    public static final FormatSpec EMPTY = new FormatSpec(' ', (char) 0, (char) 0, false, false, false, -1, (char) 0, -1, 0);

    /** Specs parsed before: a program formats with few distinct specs, so most parses are lookups. */
    private static final java.util.concurrent.ConcurrentHashMap<String, FormatSpec> PARSED = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int PARSED_MAX = 512;

    /** Parses {@code spec} for an object of type {@code typeName} (which appears in error messages). */
    public static FormatSpec parse(String spec, String typeName) {
        if (spec.isEmpty()) {
            return EMPTY;
        }
        FormatSpec known = PARSED.get(spec);
        if (known != null) {
            return known;
        }
        FormatSpec parsed = parseUncached(spec, typeName);
        if (PARSED.size() < PARSED_MAX) {
            PARSED.put(spec, parsed);
        }
        return parsed;
    }

    private static FormatSpec parseUncached(String spec, String typeName) {
        int[] cps = spec.codePoints().toArray();
        int n = cps.length;
        int i = 0;
        int fill = ' ';
        char align = 0;
        boolean fillGiven = false;
        if (n >= 2 && isAlign(cps[1])) {
            fill = cps[0];
            align = (char) cps[1];
            fillGiven = true;
            i = 2;
        } else if (n >= 1 && isAlign(cps[0])) {
            align = (char) cps[0];
            i = 1;
        }
        char sign = 0;
        if (i < n && (cps[i] == '+' || cps[i] == '-' || cps[i] == ' ')) {
            sign = (char) cps[i++];
        }
        boolean z = false;
        if (i < n && cps[i] == 'z') {
            z = true;
            i++;
        }
        boolean alt = false;
        if (i < n && cps[i] == '#') {
            alt = true;
            i++;
        }
        boolean zero = false;
        if (!fillGiven && i < n && cps[i] == '0') {
            zero = true;
            fill = '0';
            i++;
        }
        int start = i;
        long width = -1;
        while (i < n && cps[i] >= '0' && cps[i] <= '9') {
            width = digit(width, cps[i++]);
        }
        if (i == start) {
            width = -1;
        }
        char grouping = 0;
        if (i < n && (cps[i] == ',' || cps[i] == '_')) {
            grouping = (char) cps[i++];
            if (i < n && (cps[i] == ',' || cps[i] == '_') && cps[i] != grouping) {
                throw PyErr.valueError("Cannot specify both ',' and '_'.");
            }
        }
        long precision = -1;
        if (i < n && cps[i] == '.') {
            i++;
            start = i;
            precision = 0;
            while (i < n && cps[i] >= '0' && cps[i] <= '9') {
                precision = digit(precision, cps[i++]);
            }
            if (i == start) {
                throw PyErr.valueError("Format specifier missing precision");
            }
        }
        if (n - i > 1) {
            throw PyErr.valueError("Invalid format specifier '%s' for object of type '%s'", spec, typeName);
        }
        int type = i < n ? cps[i] : 0;
        if (grouping != 0 && type != 0) {
            boolean ok = switch (type) {
                case 'd', 'e', 'f', 'g', 'E', 'G', '%', 'F' -> true;
                case 'b', 'o', 'x', 'X' -> grouping == '_';
                default -> false;
            };
            if (!ok) {
                throw invalidGrouping(grouping, type);
            }
        }
        return new FormatSpec(fill, align, sign, z, alt, zero, (int) width, grouping, (int) precision, type);
    }

    private static boolean isAlign(int c) {
        return c == '<' || c == '>' || c == '=' || c == '^';
    }

    private static long digit(long acc, int c) {
        long v = (acc < 0 ? 0 : acc) * 10 + (c - '0');
        if (v > Integer.MAX_VALUE) {
            throw PyErr.valueError("Too many decimal digits in format string");
        }
        return v;
    }

    private static RuntimeException invalidGrouping(char grouping, int type) {
        return PyErr.valueError("Cannot specify '%c' with '%s'.", grouping, typeText(type));
    }

    /** The presentation type as CPython shows it in messages ({@code '\x0a'} for controls). */
    static String typeText(int type) {
        if (type > 32 && type < 128) {
            return String.valueOf((char) type);
        }
        return "\\x" + Integer.toHexString(type);
    }

    /** ValueError for a presentation type the object's type does not support. */
    public static RuntimeException unknownCode(int type, String typeName) {
        return PyErr.valueError("Unknown format code '%s' for object of type '%s'", typeText(type), typeName);
    }

    /** The alignment in force: the given one, else {@code dflt}. */
    public char alignOr(char dflt) {
        if (align != 0) {
            return align;
        }
        return zeroPad && fill == '0' && dflt == '>' ? '=' : dflt;
    }

    /** True when zeros pad a number's digits (the {@code 0} flag with {@code =} alignment): they are grouped too. */
    boolean zeroFillsNumber() {
        return zeroPad && fill == '0' && alignOr('>') == '=';
    }

    static RuntimeException overflow(String message) {
        return PyErr.format(PyExc.OverflowError, message);
    }
}
