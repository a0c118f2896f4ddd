package org.sanca.compiler;

/** The three modes of Python's {@code compile()}. */
public enum CompileMode {
    /** A module: statements, returns None. */
    EXEC,
    /** One expression whose value the code returns. */
    EVAL,
    /** An interactive statement: expression statements print their value through sys.displayhook. */
    SINGLE
}
