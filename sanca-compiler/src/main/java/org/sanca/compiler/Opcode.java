package org.sanca.compiler;

/**
 * The instruction set of a {@link CodeUnit}. It is CPython 3.12's ({@code Include/opcode.h},
 * documented in the {@code dis} module): every opcode named here has the stack effect and
 * meaning the {@code dis} documentation gives for 3.12, with these differences, which come from
 * the JVM rather than from taste:
 * <ul>
 * <li>An instruction is one {@code int}: {@code opcode | arg << 8}. Arguments have 24 bits, so
 *     there is no {@code EXTENDED_ARG}; there are no {@code CACHE} entries either, as the
 *     interpreter keeps its inline caches in an array beside the code, one slot per instruction.
 * <li>Every jump argument is the absolute index of the target instruction, forward or backward.
 * <li>No {@code RESUME}, {@code RETURN_GENERATOR}, {@code MAKE_CELL} or {@code COPY_FREE_VARS}:
 *     the frame is set up from the code unit's metadata (cells made, free variables copied) and
 *     calling a generator function creates the generator without running any instruction. On
 *     resumption after {@code YIELD_VALUE} the sent value is pushed, as in CPython.
 * <li>No pseudo-instructions remain in a finished code unit: {@code SETUP_*}/{@code POP_BLOCK}
 *     are turned into the exception table, {@code JUMP} into {@code JUMP_FORWARD} or
 *     {@code JUMP_BACKWARD}, {@code LOAD_METHOD} into {@code LOAD_ATTR} with its low bit set.
 * </ul>
 * Opcodes below {@link #HAVE_ARGUMENT} ignore their argument.
 */
public final class Opcode {
    private Opcode() {
    }

    public static final int POP_TOP = 1;
    public static final int PUSH_NULL = 2;
    public static final int END_FOR = 3;
    public static final int END_SEND = 4;
    public static final int NOP = 5;
    public static final int UNARY_NEGATIVE = 6;
    public static final int UNARY_NOT = 7;
    public static final int UNARY_INVERT = 8;
    public static final int BINARY_SUBSCR = 9;
    public static final int BINARY_SLICE = 10;
    public static final int STORE_SLICE = 11;
    public static final int GET_LEN = 12;
    public static final int MATCH_MAPPING = 13;
    public static final int MATCH_SEQUENCE = 14;
    public static final int MATCH_KEYS = 15;
    public static final int PUSH_EXC_INFO = 16;
    public static final int CHECK_EXC_MATCH = 17;
    public static final int CHECK_EG_MATCH = 18;
    public static final int WITH_EXCEPT_START = 19;
    public static final int GET_AITER = 20;
    public static final int GET_ANEXT = 21;
    public static final int BEFORE_ASYNC_WITH = 22;
    public static final int BEFORE_WITH = 23;
    public static final int END_ASYNC_FOR = 24;
    public static final int CLEANUP_THROW = 25;
    public static final int STORE_SUBSCR = 26;
    public static final int DELETE_SUBSCR = 27;
    public static final int GET_ITER = 28;
    public static final int GET_YIELD_FROM_ITER = 29;
    public static final int LOAD_BUILD_CLASS = 30;
    public static final int LOAD_ASSERTION_ERROR = 31;
    public static final int RETURN_VALUE = 32;
    public static final int SETUP_ANNOTATIONS = 33;
    public static final int LOAD_LOCALS = 34;
    public static final int POP_EXCEPT = 35;

    /** First opcode whose argument means something. */
    public static final int HAVE_ARGUMENT = 36;

    public static final int STORE_NAME = 36;
    public static final int DELETE_NAME = 37;
    public static final int UNPACK_SEQUENCE = 38;
    public static final int FOR_ITER = 39;
    public static final int UNPACK_EX = 40;
    public static final int STORE_ATTR = 41;
    public static final int DELETE_ATTR = 42;
    public static final int STORE_GLOBAL = 43;
    public static final int DELETE_GLOBAL = 44;
    public static final int SWAP = 45;
    public static final int LOAD_CONST = 46;
    public static final int LOAD_NAME = 47;
    public static final int BUILD_TUPLE = 48;
    public static final int BUILD_LIST = 49;
    public static final int BUILD_SET = 50;
    public static final int BUILD_MAP = 51;
    public static final int LOAD_ATTR = 52;
    public static final int COMPARE_OP = 53;
    public static final int IMPORT_NAME = 54;
    public static final int IMPORT_FROM = 55;
    public static final int JUMP_FORWARD = 56;
    public static final int POP_JUMP_IF_FALSE = 57;
    public static final int POP_JUMP_IF_TRUE = 58;
    public static final int LOAD_GLOBAL = 59;
    public static final int IS_OP = 60;
    public static final int CONTAINS_OP = 61;
    public static final int RERAISE = 62;
    public static final int COPY = 63;
    public static final int RETURN_CONST = 64;
    public static final int BINARY_OP = 65;
    public static final int SEND = 66;
    public static final int LOAD_FAST = 67;
    public static final int STORE_FAST = 68;
    public static final int DELETE_FAST = 69;
    public static final int LOAD_FAST_CHECK = 70;
    public static final int POP_JUMP_IF_NOT_NONE = 71;
    public static final int POP_JUMP_IF_NONE = 72;
    public static final int RAISE_VARARGS = 73;
    public static final int GET_AWAITABLE = 74;
    public static final int MAKE_FUNCTION = 75;
    public static final int BUILD_SLICE = 76;
    public static final int JUMP_BACKWARD_NO_INTERRUPT = 77;
    public static final int LOAD_CLOSURE = 78;
    public static final int LOAD_DEREF = 79;
    public static final int STORE_DEREF = 80;
    public static final int DELETE_DEREF = 81;
    public static final int JUMP_BACKWARD = 82;
    public static final int LOAD_SUPER_ATTR = 83;
    public static final int CALL_FUNCTION_EX = 84;
    public static final int LOAD_FAST_AND_CLEAR = 85;
    public static final int LIST_APPEND = 86;
    public static final int SET_ADD = 87;
    public static final int MAP_ADD = 88;
    public static final int YIELD_VALUE = 89;
    public static final int MATCH_CLASS = 90;
    public static final int FORMAT_VALUE = 91;
    public static final int BUILD_CONST_KEY_MAP = 92;
    public static final int BUILD_STRING = 93;
    public static final int LIST_EXTEND = 94;
    public static final int SET_UPDATE = 95;
    public static final int DICT_MERGE = 96;
    public static final int DICT_UPDATE = 97;
    public static final int CALL = 98;
    public static final int KW_NAMES = 99;
    public static final int CALL_INTRINSIC_1 = 100;
    public static final int CALL_INTRINSIC_2 = 101;
    public static final int LOAD_FROM_DICT_OR_GLOBALS = 102;
    public static final int LOAD_FROM_DICT_OR_DEREF = 103;
    /**
     * CPython's {@code MAKE_CELL(i)}: replaces slot {@code i} with a new cell holding the slot's
     * old value (or an empty cell). Frames still make their cells from the code unit's metadata
     * on entry; the compiler emits this only inside an inlined comprehension (PEP 709) whose
     * iteration variable is a cell, right after {@code LOAD_FAST_AND_CLEAR} saved the outer
     * cell. As in CPython, {@code LOAD_FAST_AND_CLEAR} and {@code STORE_FAST} move the raw slot
     * content, a cell included.
     */
    public static final int MAKE_CELL = 104;

    /** How many opcodes there are; opcodes are 1 to COUNT - 1. */
    public static final int COUNT = 105;

    private static final String[] NAMES = {
        "<0>", "POP_TOP", "PUSH_NULL", "END_FOR", "END_SEND", "NOP",
        "UNARY_NEGATIVE", "UNARY_NOT", "UNARY_INVERT", "BINARY_SUBSCR", "BINARY_SLICE", "STORE_SLICE",
        "GET_LEN", "MATCH_MAPPING", "MATCH_SEQUENCE", "MATCH_KEYS", "PUSH_EXC_INFO", "CHECK_EXC_MATCH",
        "CHECK_EG_MATCH", "WITH_EXCEPT_START", "GET_AITER", "GET_ANEXT", "BEFORE_ASYNC_WITH", "BEFORE_WITH",
        "END_ASYNC_FOR", "CLEANUP_THROW", "STORE_SUBSCR", "DELETE_SUBSCR", "GET_ITER", "GET_YIELD_FROM_ITER",
        "LOAD_BUILD_CLASS", "LOAD_ASSERTION_ERROR", "RETURN_VALUE", "SETUP_ANNOTATIONS", "LOAD_LOCALS", "POP_EXCEPT",
        "STORE_NAME", "DELETE_NAME", "UNPACK_SEQUENCE", "FOR_ITER", "UNPACK_EX", "STORE_ATTR",
        "DELETE_ATTR", "STORE_GLOBAL", "DELETE_GLOBAL", "SWAP", "LOAD_CONST", "LOAD_NAME",
        "BUILD_TUPLE", "BUILD_LIST", "BUILD_SET", "BUILD_MAP", "LOAD_ATTR", "COMPARE_OP",
        "IMPORT_NAME", "IMPORT_FROM", "JUMP_FORWARD", "POP_JUMP_IF_FALSE", "POP_JUMP_IF_TRUE", "LOAD_GLOBAL",
        "IS_OP", "CONTAINS_OP", "RERAISE", "COPY", "RETURN_CONST", "BINARY_OP",
        "SEND", "LOAD_FAST", "STORE_FAST", "DELETE_FAST", "LOAD_FAST_CHECK", "POP_JUMP_IF_NOT_NONE",
        "POP_JUMP_IF_NONE", "RAISE_VARARGS", "GET_AWAITABLE", "MAKE_FUNCTION", "BUILD_SLICE", "JUMP_BACKWARD_NO_INTERRUPT",
        "LOAD_CLOSURE", "LOAD_DEREF", "STORE_DEREF", "DELETE_DEREF", "JUMP_BACKWARD", "LOAD_SUPER_ATTR",
        "CALL_FUNCTION_EX", "LOAD_FAST_AND_CLEAR", "LIST_APPEND", "SET_ADD", "MAP_ADD", "YIELD_VALUE",
        "MATCH_CLASS", "FORMAT_VALUE", "BUILD_CONST_KEY_MAP", "BUILD_STRING", "LIST_EXTEND", "SET_UPDATE",
        "DICT_MERGE", "DICT_UPDATE", "CALL", "KW_NAMES", "CALL_INTRINSIC_1", "CALL_INTRINSIC_2",
        "LOAD_FROM_DICT_OR_GLOBALS", "LOAD_FROM_DICT_OR_DEREF", "MAKE_CELL",
    };

    /** The name {@code dis} shows for {@code opcode}. */
    public static String name(int opcode) {
        return opcode > 0 && opcode < COUNT ? NAMES[opcode] : "<" + opcode + ">";
    }

    /** The opcode of an encoded instruction. */
    public static int op(int instruction) {
        return instruction & 0xFF;
    }

    /** The argument of an encoded instruction. */
    public static int arg(int instruction) {
        return instruction >>> 8;
    }

    /** Encodes one instruction. */
    public static int encode(int opcode, int arg) {
        if (arg < 0 || arg > 0xFFFFFF) {
            throw new IllegalArgumentException("instruction argument out of range: " + arg);
        }
        return opcode | arg << 8;
    }
}
