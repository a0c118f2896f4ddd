package org.sanca.cli;

/** A command line CPython would reject: the message it prints before the usage line. */
final class UsageError extends Exception {
    UsageError(String message) {
        super(message, null, false, false);
    }
}
