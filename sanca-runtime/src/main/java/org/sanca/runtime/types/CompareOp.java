package org.sanca.runtime.types;

/** The six rich comparisons, numbered as CPython's {@code Py_LT} ... {@code Py_GE}. */
public enum CompareOp {
    LT("<", "__lt__"), LE("<=", "__le__"), EQ("==", "__eq__"), NE("!=", "__ne__"), GT(">", "__gt__"), GE(">=", "__ge__");

    private static final CompareOp[] VALUES = values();
    public final String symbol;
    public final String dunder;

    CompareOp(String symbol, String dunder) {
        this.symbol = symbol;
        this.dunder = dunder;
    }

    /** The operator with the operands swapped: {@code a < b} is {@code b > a}. */
    public CompareOp swapped() {
        return switch (this) {
            case LT -> GT;
            case LE -> GE;
            case EQ -> EQ;
            case NE -> NE;
            case GT -> LT;
            case GE -> LE;
        };
    }

    /** Whether a three-way comparison result {@code c} (negative, zero, positive) satisfies this operator. */
    public boolean test(int c) {
        return switch (this) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case EQ -> c == 0;
            case NE -> c != 0;
            case GT -> c > 0;
            case GE -> c >= 0;
        };
    }

    /** The operator for CPython's number {@code Py_LT}=0 ... {@code Py_GE}=5. */
    public static CompareOp of(int cpythonNumber) {
        return VALUES[cpythonNumber];
    }
}
