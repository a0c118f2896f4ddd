package org.sanca.runtime.objects.format;

/**
 * Laying out a formatted value in its field: alignment, fill, digit grouping. CPython's
 * {@code calc_number_widths}, {@code fill_number} and {@code _PyUnicode_InsertThousandsGrouping}
 * ({@code Python/formatter_unicode.c}).
 */
public final class Padding {
    private Padding() {
    }

    /** {@code text} aligned in a field of {@code spec.width} with the spec's fill; {@code dflt} is the alignment when none is given. */
    public static String align(String text, FormatSpec spec, char dflt) {
        int len = text.codePointCount(0, text.length());
        int pad = spec.width() - len;
        if (pad <= 0) {
            return text;
        }
        char a = spec.align() != 0 ? spec.align() : dflt;
        int left = switch (a) {
            case '<' -> 0;
            case '^' -> pad / 2;
            default -> pad;
        };
        StringBuilder b = new StringBuilder(text.length() + pad);
        repeat(b, spec.fill(), left);
        b.append(text);
        repeat(b, spec.fill(), pad - left);
        return b.toString();
    }

    /**
     * A number laid out: {@code sign}, {@code prefix} (0x...), the integer {@code digits} grouped
     * as the spec says every {@code groupSize} digits, then {@code rest} (fraction, exponent,
     * suffix); padding after the prefix for {@code =} alignment.
     */
    public static String number(String sign, String prefix, String digits, String rest, FormatSpec spec, int groupSize) {
        String head = sign + prefix;
        String body;
        if (spec.zeroFillsNumber() && spec.width() > 0) {
            int minDigits = spec.width() - head.length() - rest.length();
            body = spec.grouping() != 0 ? group(digits, spec.grouping(), groupSize, minDigits)
                    : "0".repeat(Math.max(0, minDigits - digits.length())) + digits;
        } else {
            body = spec.grouping() != 0 ? group(digits, spec.grouping(), groupSize, 0) : digits;
        }
        char a = spec.alignOr('>');
        if (a == '=') {
            int pad = spec.width() - head.length() - body.length() - rest.codePointCount(0, rest.length());
            if (pad > 0) {
                StringBuilder b = new StringBuilder();
                b.append(head);
                repeat(b, spec.fill(), pad);
                return b.append(body).append(rest).toString();
            }
            return head + body + rest;
        }
        return align(head + body + rest, spec, a);
    }

    /**
     * {@code digits} with {@code sep} between groups of {@code size} from the right, left-padded
     * with zeros (grouped too) to at least {@code minWidth} characters; never starts with a separator.
     */
    public static String group(String digits, char sep, int size, int minWidth) {
        StringBuilder b = new StringBuilder();
        int n = 0;
        for (int i = digits.length() - 1; i >= 0; i--) {
            if (n > 0 && n % size == 0) {
                b.append(sep);
            }
            b.append(digits.charAt(i));
            n++;
        }
        while (b.length() < minWidth) {
            if (n % size == 0) {
                b.append(sep);
            }
            b.append('0');
            n++;
        }
        return b.reverse().toString();
    }

    private static void repeat(StringBuilder b, int cp, int n) {
        for (int i = 0; i < n; i++) {
            b.appendCodePoint(cp);
        }
    }
}
