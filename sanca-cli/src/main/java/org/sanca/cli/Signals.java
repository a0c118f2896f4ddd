package org.sanca.cli;

import sun.misc.Signal;

/**
 * SIGINT for the launched process: CPython's default handler makes the main thread raise
 * {@code KeyboardInterrupt}; here the handler asks the interpreter to. (On a terminal with line
 * editing, JLine takes the signal over and {@link TerminalInput} does the same.)
 */
final class Signals {
    private Signals() {
    }

    static void onInterrupt(Runnable handler) {
        try {
            Signal.handle(new Signal("INT"), signal -> handler.run());
        } catch (IllegalArgumentException e) {
            // the JVM keeps SIGINT for itself (-Xrs): Ctrl-C then ends the process as the JVM does
        }
    }
}
