package org.sanca.runtime.builtins;

import org.sanca.runtime.objects.PyErr;

/** Argument-count checks with the messages of CPython's {@code _PyArg_CheckPositional}. */
final class Args {
    private Args() {
    }

    /** Raises CPython's TypeError unless {@code min <= n <= max}. */
    static void checkPositional(String name, int n, int min, int max) {
        if (n < min) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ", min,
                    min == 1 ? "" : "s", n);
        }
        if (n > max) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ", max,
                    max == 1 ? "" : "s", n);
        }
    }

    /** Raises CPython's TypeError when keyword arguments were given to a function taking none. */
    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }
}
