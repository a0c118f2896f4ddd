package org.sanca.parser;

/** What the source is parsed as: compile()'s "exec", "eval", "single" and "func_type" modes. */
public enum Mode {
    EXEC, EVAL, SINGLE, FUNC_TYPE
}
