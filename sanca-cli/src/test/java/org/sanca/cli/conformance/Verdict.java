package org.sanca.cli.conformance;

import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;

/**
 * How a case counts: passed, failed (the run fails), or an expected failure (reported as
 * skipped, with the reason).
 *
 * @param kind    which of the three
 * @param message why it failed; null when it passed
 */
public record Verdict(Kind kind, String message) {
    public enum Kind { PASS, FAIL, EXPECTED_FAILURE }

    static final Verdict PASS = new Verdict(Kind.PASS, null);

    static Verdict fail(String message) {
        return new Verdict(Kind.FAIL, message);
    }

    static Verdict expectedFailure(String message) {
        return new Verdict(Kind.EXPECTED_FAILURE, message);
    }

    /** Reports this verdict to JUnit: nothing, a failure, or an aborted (skipped) test. */
    void report() {
        switch (kind) {
            case FAIL -> Assertions.fail(message);
            case EXPECTED_FAILURE -> Assumptions.abort("expected failure (conformance/xfail.txt): "
                    + firstLine(message));
            default -> {
            }
        }
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline);
    }
}
