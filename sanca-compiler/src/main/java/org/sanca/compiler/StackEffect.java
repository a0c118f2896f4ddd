package org.sanca.compiler;

import static org.sanca.compiler.Opcode.*;

/** CPython 3.12's {@code PyCompile_OpcodeStackEffectWithJump} for the instructions we emit. */
final class StackEffect {
    private StackEffect() {
    }

    /** The change of stack depth when {@code op} runs, along its jump when {@code jump}. */
    static int of(int op, int arg, boolean jump) {
        return switch (op) {
            case NOP, UNARY_NEGATIVE, UNARY_NOT, UNARY_INVERT, GET_ITER, GET_YIELD_FROM_ITER, GET_AITER,
                 SETUP_ANNOTATIONS, CHECK_EXC_MATCH, CHECK_EG_MATCH, DELETE_NAME, DELETE_GLOBAL, SWAP,
                 JUMP_FORWARD, JUMP_BACKWARD, JUMP_BACKWARD_NO_INTERRUPT, DELETE_FAST, DELETE_DEREF, RETURN_CONST,
                 GET_AWAITABLE, SEND, YIELD_VALUE, KW_NAMES, CALL_INTRINSIC_1, LOAD_FROM_DICT_OR_GLOBALS,
                 LOAD_FROM_DICT_OR_DEREF, MAKE_CELL, Pseudo.POP_BLOCK, Pseudo.JUMP, Pseudo.JUMP_NO_INTERRUPT -> 0;
            case POP_TOP, END_SEND, BINARY_SUBSCR, RETURN_VALUE, POP_EXCEPT, STORE_NAME, STORE_GLOBAL,
                 COMPARE_OP, IMPORT_NAME, POP_JUMP_IF_FALSE, POP_JUMP_IF_TRUE, POP_JUMP_IF_NONE,
                 POP_JUMP_IF_NOT_NONE, IS_OP, CONTAINS_OP, RERAISE, BINARY_OP, STORE_FAST, STORE_DEREF,
                 LIST_APPEND, SET_ADD, LIST_EXTEND, Pseudo.STORE_FAST_MAYBE_NULL, SET_UPDATE, DICT_MERGE, DICT_UPDATE, CALL_INTRINSIC_2,
                 CLEANUP_THROW, DELETE_ATTR -> -1;
            case PUSH_NULL, GET_LEN, MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, PUSH_EXC_INFO, WITH_EXCEPT_START,
                 GET_ANEXT, BEFORE_ASYNC_WITH, BEFORE_WITH, LOAD_BUILD_CLASS, LOAD_ASSERTION_ERROR, LOAD_LOCALS,
                 LOAD_CONST, LOAD_NAME, IMPORT_FROM, COPY, LOAD_FAST, LOAD_FAST_CHECK, LOAD_FAST_AND_CLEAR,
                 LOAD_CLOSURE, LOAD_DEREF, FOR_ITER -> 1;
            case END_FOR, BINARY_SLICE, DELETE_SUBSCR, STORE_ATTR, END_ASYNC_FOR, MAP_ADD, MATCH_CLASS -> -2;
            case STORE_SUBSCR -> -3;
            case STORE_SLICE -> -4;
            case UNPACK_SEQUENCE -> arg - 1;
            case UNPACK_EX -> (arg & 0xFF) + (arg >> 8);
            case BUILD_TUPLE, BUILD_LIST, BUILD_SET, BUILD_STRING -> 1 - arg;
            case BUILD_MAP -> 1 - 2 * arg;
            case BUILD_CONST_KEY_MAP -> -arg;
            case LOAD_ATTR -> arg & 1;
            case LOAD_GLOBAL -> 1 + (arg & 1);
            case LOAD_SUPER_ATTR -> (arg & 1) - 2;
            case RAISE_VARARGS -> -arg;
            case MAKE_FUNCTION -> -Integer.bitCount(arg & 0xF);
            case BUILD_SLICE -> 1 - arg;
            case CALL_FUNCTION_EX -> -2 - (arg & 1);
            case CALL -> -1 - arg;
            case FORMAT_VALUE -> (arg & 4) != 0 ? -1 : 0;
            case Pseudo.SETUP_FINALLY, Pseudo.SETUP_WITH -> jump ? 1 : 0;
            case Pseudo.SETUP_CLEANUP -> jump ? 2 : 0;
            default -> throw new IllegalArgumentException("no stack effect for opcode " + op);
        };
    }
}
