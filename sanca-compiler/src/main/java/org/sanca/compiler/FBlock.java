package org.sanca.compiler;

/** CPython's {@code fblockinfo}: a frame block that break, continue and return must unwind. */
record FBlock(Kind kind, Label block, Label exit, Object datum) {
    enum Kind {
        WHILE_LOOP, FOR_LOOP, TRY_EXCEPT, FINALLY_TRY, FINALLY_END, WITH, ASYNC_WITH, HANDLER_CLEANUP,
        POP_VALUE, EXCEPTION_HANDLER, EXCEPTION_GROUP_HANDLER, ASYNC_COMPREHENSION_GENERATOR
    }
}
