package org.sanca.runtime.types;

/**
 * Slot inheritance: CPython's {@code inherit_slots} in {@code Objects/typeobject.c}.
 */
final class SlotTable {
    private SlotTable() {
    }

    /** Fills each slot {@code t} leaves null from base {@code b}. */
    static void inherit(PyType t, PyType b) {
        // tp_hash and tp_richcompare go together: a type defining either keeps its own pair.
        if (t.tp_hash == null && t.tp_richcompare == null) {
            t.tp_hash = b.tp_hash;
            t.tp_richcompare = b.tp_richcompare;
        }
        if (t.tp_repr == null) {
            t.tp_repr = b.tp_repr;
        }
        if (t.bf_getbuffer == null) {
            t.bf_getbuffer = b.bf_getbuffer;
        }
        if (t.bf_releasebuffer == null) {
            t.bf_releasebuffer = b.bf_releasebuffer;
        }
        if (t.tp_str == null) {
            t.tp_str = b.tp_str;
        }
        if (t.tp_call == null) {
            t.tp_call = b.tp_call;
        }
        if (t.tp_getattro == null) {
            t.tp_getattro = b.tp_getattro;
        }
        if (t.tp_setattro == null) {
            t.tp_setattro = b.tp_setattro;
        }
        if (t.tp_iter == null) {
            t.tp_iter = b.tp_iter;
        }
        if (t.tp_iternext == null) {
            t.tp_iternext = b.tp_iternext;
        }
        if (t.tp_descr_get == null) {
            t.tp_descr_get = b.tp_descr_get;
        }
        if (t.tp_descr_set == null) {
            t.tp_descr_set = b.tp_descr_set;
        }
        if (t.tp_new == null) {
            t.tp_new = b.tp_new;
        }
        if (t.tp_init == null) {
            t.tp_init = b.tp_init;
        }
        if (t.nb_add == null) {
            t.nb_add = b.nb_add;
        }
        if (t.nb_subtract == null) {
            t.nb_subtract = b.nb_subtract;
        }
        if (t.nb_multiply == null) {
            t.nb_multiply = b.nb_multiply;
        }
        if (t.nb_remainder == null) {
            t.nb_remainder = b.nb_remainder;
        }
        if (t.nb_divmod == null) {
            t.nb_divmod = b.nb_divmod;
        }
        if (t.nb_power == null) {
            t.nb_power = b.nb_power;
        }
        if (t.nb_negative == null) {
            t.nb_negative = b.nb_negative;
        }
        if (t.nb_positive == null) {
            t.nb_positive = b.nb_positive;
        }
        if (t.nb_absolute == null) {
            t.nb_absolute = b.nb_absolute;
        }
        if (t.nb_bool == null) {
            t.nb_bool = b.nb_bool;
        }
        if (t.nb_invert == null) {
            t.nb_invert = b.nb_invert;
        }
        if (t.nb_lshift == null) {
            t.nb_lshift = b.nb_lshift;
        }
        if (t.nb_rshift == null) {
            t.nb_rshift = b.nb_rshift;
        }
        if (t.nb_and == null) {
            t.nb_and = b.nb_and;
        }
        if (t.nb_xor == null) {
            t.nb_xor = b.nb_xor;
        }
        if (t.nb_or == null) {
            t.nb_or = b.nb_or;
        }
        if (t.nb_int == null) {
            t.nb_int = b.nb_int;
        }
        if (t.nb_float == null) {
            t.nb_float = b.nb_float;
        }
        if (t.nb_inplace_add == null) {
            t.nb_inplace_add = b.nb_inplace_add;
        }
        if (t.nb_inplace_subtract == null) {
            t.nb_inplace_subtract = b.nb_inplace_subtract;
        }
        if (t.nb_inplace_multiply == null) {
            t.nb_inplace_multiply = b.nb_inplace_multiply;
        }
        if (t.nb_inplace_remainder == null) {
            t.nb_inplace_remainder = b.nb_inplace_remainder;
        }
        if (t.nb_inplace_power == null) {
            t.nb_inplace_power = b.nb_inplace_power;
        }
        if (t.nb_inplace_lshift == null) {
            t.nb_inplace_lshift = b.nb_inplace_lshift;
        }
        if (t.nb_inplace_rshift == null) {
            t.nb_inplace_rshift = b.nb_inplace_rshift;
        }
        if (t.nb_inplace_and == null) {
            t.nb_inplace_and = b.nb_inplace_and;
        }
        if (t.nb_inplace_xor == null) {
            t.nb_inplace_xor = b.nb_inplace_xor;
        }
        if (t.nb_inplace_or == null) {
            t.nb_inplace_or = b.nb_inplace_or;
        }
        if (t.nb_floor_divide == null) {
            t.nb_floor_divide = b.nb_floor_divide;
        }
        if (t.nb_true_divide == null) {
            t.nb_true_divide = b.nb_true_divide;
        }
        if (t.nb_inplace_floor_divide == null) {
            t.nb_inplace_floor_divide = b.nb_inplace_floor_divide;
        }
        if (t.nb_inplace_true_divide == null) {
            t.nb_inplace_true_divide = b.nb_inplace_true_divide;
        }
        if (t.nb_index == null) {
            t.nb_index = b.nb_index;
        }
        if (t.nb_matrix_multiply == null) {
            t.nb_matrix_multiply = b.nb_matrix_multiply;
        }
        if (t.nb_inplace_matrix_multiply == null) {
            t.nb_inplace_matrix_multiply = b.nb_inplace_matrix_multiply;
        }
        if (t.sq_length == null) {
            t.sq_length = b.sq_length;
        }
        if (t.sq_concat == null) {
            t.sq_concat = b.sq_concat;
        }
        if (t.sq_repeat == null) {
            t.sq_repeat = b.sq_repeat;
        }
        if (t.sq_item == null) {
            t.sq_item = b.sq_item;
        }
        if (t.sq_contains == null) {
            t.sq_contains = b.sq_contains;
        }
        if (t.sq_inplace_concat == null) {
            t.sq_inplace_concat = b.sq_inplace_concat;
        }
        if (t.sq_inplace_repeat == null) {
            t.sq_inplace_repeat = b.sq_inplace_repeat;
        }
        if (t.mp_length == null) {
            t.mp_length = b.mp_length;
        }
        if (t.mp_subscript == null) {
            t.mp_subscript = b.mp_subscript;
        }
        if (t.mp_ass_subscript == null) {
            t.mp_ass_subscript = b.mp_ass_subscript;
        }
    }
}
