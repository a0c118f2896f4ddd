package org.sanca.compiler;

/** CPython's {@code COMPILER_SCOPE_*}: what kind of code a compiler unit produces. */
enum ScopeType {
    MODULE, CLASS, FUNCTION, ASYNC_FUNCTION, LAMBDA, COMPREHENSION, TYPEPARAMS
}
