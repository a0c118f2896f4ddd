package org.sanca.compiler;

/**
 * The AST nests deeper than the compiler can follow: CPython raises {@code RecursionError:
 * maximum recursion depth exceeded during compilation} there, and the runtime turns this into
 * that exception. Carries no Java stack trace.
 */
public final class CompileRecursionError extends RuntimeException {
    public CompileRecursionError() {
        super("maximum recursion depth exceeded during compilation", null, false, false);
    }
}
