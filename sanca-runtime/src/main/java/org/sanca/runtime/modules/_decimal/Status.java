package org.sanca.runtime.modules._decimal;

/**
 * The conditions an operation can raise, as bits (libmpdec's {@code MPD_Clamped} ...
 * {@code MPD_Underflow}, in that order, which is the order a context's repr lists them in).
 * Several conditions map to one signal: the InvalidOperation ones ({@link #INVALID_MASK}).
 */
public final class Status {
    public static final int CLAMPED = 1;
    public static final int CONVERSION_SYNTAX = 1 << 1;
    public static final int DIVISION_BY_ZERO = 1 << 2;
    public static final int DIVISION_IMPOSSIBLE = 1 << 3;
    public static final int DIVISION_UNDEFINED = 1 << 4;
    public static final int FPU_ERROR = 1 << 5;
    public static final int INEXACT = 1 << 6;
    public static final int INVALID_CONTEXT = 1 << 7;
    public static final int INVALID_OPERATION = 1 << 8;
    public static final int MALLOC_ERROR = 1 << 9;
    public static final int FLOAT_OPERATION = 1 << 10;
    public static final int OVERFLOW = 1 << 11;
    public static final int ROUNDED = 1 << 12;
    public static final int SUBNORMAL = 1 << 13;
    public static final int UNDERFLOW = 1 << 14;
    public static final int COUNT = 15;

    /** Every condition the InvalidOperation signal stands for. */
    public static final int INVALID_MASK = CONVERSION_SYNTAX | DIVISION_IMPOSSIBLE | DIVISION_UNDEFINED | FPU_ERROR
            | INVALID_CONTEXT | INVALID_OPERATION | MALLOC_ERROR;

    /** The signal name each condition bit is shown as in a context's repr. */
    static final String[] SIGNAL_OF_BIT = {"Clamped", "InvalidOperation", "DivisionByZero", "InvalidOperation",
        "InvalidOperation", "InvalidOperation", "Inexact", "InvalidOperation", "InvalidOperation", "InvalidOperation",
        "FloatOperation", "Overflow", "Rounded", "Subnormal", "Underflow"};

    private Status() {
    }

    /** The signal names of {@code bits} in bit order, each once: {@code "InvalidOperation, Inexact"}. */
    public static String names(int bits) {
        StringBuilder b = new StringBuilder();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < COUNT; i++) {
            if ((bits & (1 << i)) != 0 && seen.add(SIGNAL_OF_BIT[i])) {
                if (b.length() > 0) {
                    b.append(", ");
                }
                b.append(SIGNAL_OF_BIT[i]);
            }
        }
        return b.toString();
    }
}
