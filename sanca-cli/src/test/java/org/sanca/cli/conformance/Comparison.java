package org.sanca.cli.conformance;

import java.util.List;

/** Compares what a case printed with what CPython printed, and words the difference readably. */
public final class Comparison {
    /** How many lines after the first difference a report shows. */
    private static final int CONTEXT = 4;

    private Comparison() {
    }

    /** Null when {@code actual} matches {@code expected}, else a report of the first differences. */
    public static String differences(String id, Outcome expected, Outcome actual) {
        if (expected == null) {
            return id + ": no expected output recorded: run tools/record " + id;
        }
        StringBuilder report = new StringBuilder();
        if (actual.timedOut()) {
            report.append("timed out\n");
        } else if (expected.status() != actual.status()) {
            report.append("exit status: expected ").append(expected.status()).append(", got ")
                    .append(actual.status()).append('\n');
        }
        String outName = expected.merged() ? "stdout+stderr" : "stdout";
        stream(report, outName, expected.stdout(), actual.stdout());
        stream(report, "stderr", expected.stderr(), actual.stderr());
        return report.isEmpty() ? null : id + ": " + report.toString().stripTrailing();
    }

    private static void stream(StringBuilder report, String name, String expected, String actual) {
        if (expected.equals(actual)) {
            return;
        }
        List<String> want = expected.lines().toList();
        List<String> got = actual.lines().toList();
        int line = 0;
        while (line < want.size() && line < got.size() && want.get(line).equals(got.get(line))) {
            line++;
        }
        if (line == want.size() && line == got.size()) {
            report.append(name).append(" differs only in its final newline\n");
            return;
        }
        report.append(name).append(" differs from line ").append(line + 1).append(":\n");
        excerpt(report, "expected", want, line);
        excerpt(report, "actual  ", got, line);
    }

    private static void excerpt(StringBuilder report, String label, List<String> lines, int from) {
        if (from >= lines.size()) {
            report.append("  ").append(label).append(" | <end of output>\n");
            return;
        }
        for (int i = from; i < Math.min(lines.size(), from + 1 + CONTEXT); i++) {
            report.append("  ").append(i == from ? label : "        ").append(" | ").append(lines.get(i)).append('\n');
        }
    }
}
