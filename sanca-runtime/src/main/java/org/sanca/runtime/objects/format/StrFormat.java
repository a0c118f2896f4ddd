package org.sanca.runtime.objects.format;

import org.sanca.runtime.objects.PyErr;

/** {@code str.__format__}: CPython's {@code format_string_internal} ({@code Python/formatter_unicode.c}). */
public final class StrFormat {
    private StrFormat() {
    }

    public static String format(String s, FormatSpec spec, String typeName) {
        int type = spec.type();
        if (type != 0 && type != 's') {
            throw FormatSpec.unknownCode(type, typeName);
        }
        if (spec.sign() != 0) {
            throw PyErr.valueError(spec.sign() == ' ' ? "Space not allowed in string format specifier"
                    : "Sign not allowed in string format specifier");
        }
        if (spec.noNegZero()) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in string format specifier");
        }
        if (spec.alternate()) {
            throw PyErr.valueError("Alternate form (#) not allowed in string format specifier");
        }
        if (spec.align() == '=') {
            throw PyErr.valueError("'=' alignment not allowed in string format specifier");
        }
        if (spec.grouping() != 0) {
            throw PyErr.valueError("Cannot specify '%c' with 's'.", spec.grouping());
        }
        if (spec.precision() >= 0 && spec.precision() < s.codePointCount(0, s.length())) {
            s = s.substring(0, s.offsetByCodePoints(0, spec.precision()));
        }
        return Padding.align(s, spec, '<');
    }
}
