package org.sanca.cli;

/**
 * A configuration CPython refuses while it initializes (a bad {@code PYTHONHASHSEED} or
 * {@code -X int_max_str_digits}): it reports a "Fatal Python error" naming the step that failed
 * and exits with status 1.
 */
final class StartupError extends Exception {
    /** The name of CPython's initialization step that reports it, e.g. {@code config_init_hash_seed}. */
    final String step;

    StartupError(String step, String message) {
        super(message, null, false, false);
        this.step = step;
    }

    /** The report as CPython prints it on stderr. */
    String report() {
        return "Fatal Python error: " + step + ": " + getMessage() + "\nPython runtime state: preinitialized\n\n";
    }
}
