package org.sanca.runtime.objects.format;

import java.math.BigInteger;

import org.sanca.runtime.objects.PyErr;

/** {@code int.__format__}: CPython's {@code format_long_internal} ({@code Python/formatter_unicode.c}). */
public final class IntFormat {
    private IntFormat() {
    }

    /** Formats {@code v} by {@code spec}; the float presentation types go through {@code asDouble}. */
    public static String format(org.sanca.runtime.objects.PyInt v, FormatSpec spec, String typeName,
                                java.util.function.DoubleSupplier asDouble) {
        int type = spec.type();
        switch (type) {
            case 'e', 'E', 'f', 'F', 'g', 'G', '%' -> {
                return FloatFormat.format(asDouble.getAsDouble(), spec, typeName);
            }
            case 0, 'b', 'o', 'x', 'X', 'd', 'n', 'c' -> {
            }
            default -> throw FormatSpec.unknownCode(type, typeName);
        }
        if (spec.precision() >= 0) {
            throw PyErr.valueError("Precision not allowed in integer format specifier");
        }
        if (spec.noNegZero()) {
            throw PyErr.valueError("Negative zero coercion (z) not allowed in integer format specifier");
        }
        if (type == 'c') {
            return character(v.bigValue(), spec);
        }
        boolean small = v.isSmall() && v.value != Long.MIN_VALUE;
        boolean neg = small ? v.value < 0 : v.bigValue().signum() < 0;
        int radix = switch (type) {
            case 'b' -> 2;
            case 'o' -> 8;
            case 'x', 'X' -> 16;
            default -> 10;
        };
        String digits = small ? Long.toString(Math.abs(v.value), radix)
                : radix == 10 ? org.sanca.runtime.objects.IntParse.toDecimal(org.sanca.runtime.objects.PyInt.of(v.bigValue().abs()))
                : v.bigValue().abs().toString(radix);
        String prefix = "";
        if (type == 'X') {
            digits = digits.toUpperCase();
        }
        if (spec.alternate() && radix != 10) {
            prefix = switch (type) {
                case 'b' -> "0b";
                case 'o' -> "0o";
                case 'x' -> "0x";
                default -> "0X";
            };
        }
        return Padding.number(FloatFormat.sign(neg, spec.sign()), prefix, digits, "", spec, radix == 10 ? 3 : 4);
    }

    private static String character(BigInteger v, FormatSpec spec) {
        if (spec.sign() != 0) {
            throw PyErr.valueError("Sign not allowed with integer format specifier 'c'");
        }
        if (spec.alternate()) {
            throw PyErr.valueError("Alternate form (#) not allowed with integer format specifier 'c'");
        }
        if (v.bitLength() > 63) {
            throw FormatSpec.overflow("Python int too large to convert to C long");
        }
        if (v.signum() < 0 || v.compareTo(BigInteger.valueOf(0x10ffff)) > 0) {
            throw FormatSpec.overflow("%c arg not in range(0x110000)");
        }
        return Padding.align(new String(Character.toChars(v.intValue())), spec, '>');
    }
}
