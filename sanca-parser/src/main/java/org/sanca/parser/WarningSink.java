package org.sanca.parser;

/** Receives the warnings the parser issues (e.g. SyntaxWarning for an invalid escape sequence). */
@FunctionalInterface
public interface WarningSink {
    /** @param category the warning class name, such as "SyntaxWarning" or "DeprecationWarning" */
    void warn(String category, String message, int lineno, int offset);

    /** A sink that drops every warning. */
    WarningSink IGNORE = (category, message, lineno, offset) -> { };
}
