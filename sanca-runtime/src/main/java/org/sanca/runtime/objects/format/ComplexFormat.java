package org.sanca.runtime.objects.format;

import org.sanca.runtime.objects.PyErr;

/** {@code complex.__format__}: CPython's {@code format_complex_internal} ({@code Python/formatter_unicode.c}). */
public final class ComplexFormat {
    private ComplexFormat() {
    }

    public static String format(double re, double im, FormatSpec spec, String typeName) {
        int type = spec.type();
        switch (type) {
            case 0, 'e', 'E', 'f', 'F', 'g', 'G', 'n' -> {
            }
            default -> throw FormatSpec.unknownCode(type, typeName);
        }
        if (spec.zeroPad()) {
            throw PyErr.valueError("Zero padding is not allowed in complex format specifier");
        }
        if (spec.align() == '=') {
            throw PyErr.valueError("'=' alignment flag is not allowed in complex format specifier");
        }
        boolean bare = type == 0;
        int partType = bare && spec.precision() >= 0 ? 'g' : type;
        boolean skipRe = bare && re == 0 && Math.copySign(1, re) > 0;
        String imPart = part(im, partType, spec, !skipRe);
        String body = skipRe ? imPart + "j" : part(re, partType, spec, false) + imPart + "j";
        if (bare && !skipRe) {
            body = "(" + body + ")";
        }
        return Padding.align(body, spec, '>');
    }

    private static String part(double v, int type, FormatSpec spec, boolean forceSign) {
        boolean neg = v < 0 || (v == 0 && 1 / v < 0);
        String[] p = FloatFormat.formatAbs(Math.abs(v), type, spec.precision(), spec.alternate());
        if (type == 0 && !spec.alternate() && p[1].equals(".0")) {
            p[1] = "";
        }
        if (neg && spec.noNegZero() && (p[0] + p[1]).matches("[0.]*(e[+-]\\d+)?")) {
            neg = false;
        }
        String digits = spec.grouping() != 0 ? Padding.group(p[0], spec.grouping(), 3, 0) : p[0];
        char signOption = forceSign ? '+' : spec.sign();
        return FloatFormat.sign(neg, signOption) + digits + p[1];
    }
}
