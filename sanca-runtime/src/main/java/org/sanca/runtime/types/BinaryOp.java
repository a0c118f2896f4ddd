package org.sanca.runtime.types;

import java.util.function.Function;

/**
 * The binary operators, with the slot each dispatches through and the slot of its in-place
 * form. The order and numbering are those of CPython 3.12's {@code NB_*} constants (the
 * argument of {@code BINARY_OP}): the in-place forms are {@code ordinal() + 13}.
 */
public enum BinaryOp {
    ADD("+", t -> t.nb_add, t -> t.nb_inplace_add),
    AND("&", t -> t.nb_and, t -> t.nb_inplace_and),
    FLOOR_DIVIDE("//", t -> t.nb_floor_divide, t -> t.nb_inplace_floor_divide),
    LSHIFT("<<", t -> t.nb_lshift, t -> t.nb_inplace_lshift),
    MATRIX_MULTIPLY("@", t -> t.nb_matrix_multiply, t -> t.nb_inplace_matrix_multiply),
    MULTIPLY("*", t -> t.nb_multiply, t -> t.nb_inplace_multiply),
    REMAINDER("%", t -> t.nb_remainder, t -> t.nb_inplace_remainder),
    OR("|", t -> t.nb_or, t -> t.nb_inplace_or),
    POWER("**", null, null),
    RSHIFT(">>", t -> t.nb_rshift, t -> t.nb_inplace_rshift),
    SUBTRACT("-", t -> t.nb_subtract, t -> t.nb_inplace_subtract),
    TRUE_DIVIDE("/", t -> t.nb_true_divide, t -> t.nb_inplace_true_divide),
    XOR("^", t -> t.nb_xor, t -> t.nb_inplace_xor);

    private static final BinaryOp[] VALUES = values();

    /** The operator as Python writes it. */
    public final String symbol;
    /** The slot of the binary form; null for POWER, which is ternary. */
    public final Function<PyType, BinaryFunc> slot;
    /** The slot of the in-place form; null for POWER. */
    public final Function<PyType, BinaryFunc> inplaceSlot;

    BinaryOp(String symbol, Function<PyType, BinaryFunc> slot, Function<PyType, BinaryFunc> inplaceSlot) {
        this.symbol = symbol;
        this.slot = slot;
        this.inplaceSlot = inplaceSlot;
    }

    /** The operator of {@code BINARY_OP}'s argument with the in-place flag removed. */
    public static BinaryOp of(int nb) {
        return VALUES[nb >= 13 ? nb - 13 : nb];
    }
}
