package org.sanca.cli;

/**
 * What the command runs attached to: whether standard input and output are terminals (the
 * launcher tells, as {@code isatty} would), and whether this is the process of its own that
 * receives Ctrl-C (a run in the same JVM as other work, such as the test harness's, is not).
 */
record Tty(boolean stdin, boolean stdout, boolean process) {
    /** A run in this JVM among others, fed by streams. */
    static final Tty NONE = new Tty(false, false, false);

    /** The launched process, from what the launcher passed ({@code sanca.stdin.tty}, {@code sanca.stdout.tty}). */
    static Tty ofProcess() {
        return new Tty("1".equals(System.getProperty("sanca.stdin.tty")),
                "1".equals(System.getProperty("sanca.stdout.tty")), true);
    }

    /** Whether the prompt reads through line editing, as CPython uses readline only when both are terminals. */
    boolean lineEditing() {
        return stdin && stdout && process;
    }

    /** Whether Ctrl-C (SIGINT) should interrupt the running code. */
    boolean signals() {
        return process;
    }
}
