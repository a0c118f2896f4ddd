package org.sanca.cli.conformance;

/**
 * What a run printed and how it ended. With {@code merged}, {@code stdout} holds both streams
 * interleaved as a terminal would show them and {@code stderr} is empty.
 *
 * @param stdout   standard output as text
 * @param stderr   standard error as text
 * @param status   exit status
 * @param merged   whether stderr was written into stdout
 * @param timedOut whether the run was abandoned after its time limit
 */
public record Outcome(String stdout, String stderr, int status, boolean merged, boolean timedOut) {
    public static Outcome expected(String stdout, String stderr, int status, boolean merged) {
        return new Outcome(stdout, stderr, status, merged, false);
    }

    /**
     * This outcome with every occurrence of {@code directory + "/"} removed, so that paths a
     * program prints (CPython prints absolute script paths in tracebacks) read as relative to
     * the case's directory and recordings do not depend on where the repository is.
     */
    public Outcome relativeTo(String directory) {
        String prefix = directory.endsWith("/") ? directory : directory + "/";
        return new Outcome(stdout.replace(prefix, ""), stderr.replace(prefix, ""), status, merged, timedOut);
    }

    /** This outcome with the program name {@code invoked} written as {@code recorded}. */
    public Outcome named(String invoked, String recorded) {
        return new Outcome(stdout.replace(invoked, recorded), stderr.replace(invoked, recorded), status, merged,
                timedOut);
    }
}
