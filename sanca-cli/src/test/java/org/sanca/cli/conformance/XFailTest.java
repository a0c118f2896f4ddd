package org.sanca.cli.conformance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The judging of cases against the expected-failure list, on fake cases and fake runs. */
class XFailTest {
    private static final Outcome HELLO = Outcome.expected("hello\n", "", 0, false);

    private static ConformanceCase fake(String id) {
        return new ConformanceCase(id, Path.of("/tmp"), List.of(id), null, HELLO, false);
    }

    /** Runs the one dynamic test the harness makes for {@code c} when the program prints {@code actual}. */
    private static void judge(ConformanceCase c, XFail xfail, Outcome actual) throws Throwable {
        DynamicTest test = Harness.tests(List.of(c), xfail, any -> actual).findFirst().orElseThrow();
        test.getExecutable().execute();
    }

    @Test
    void unlistedCaseThatPassesPasses() throws Throwable {
        judge(fake("a.py"), XFail.parse(List.of()), HELLO);
    }

    @Test
    void unlistedCaseThatFailsFailsWithTheFirstDifference() {
        Outcome wrong = new Outcome("hello\nworld\n", "", 0, false, false);
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> judge(fake("a.py"), XFail.parse(List.of()), wrong));
        assertTrue(error.getMessage().contains("stdout differs from line 2"), error.getMessage());
        assertTrue(error.getMessage().contains("actual   | world"), error.getMessage());
    }

    @Test
    void listedCaseThatFailsIsSkipped() {
        Outcome wrong = new Outcome("", "boom\n", 1, false, false);
        TestAbortedException aborted = assertThrows(TestAbortedException.class,
                () -> judge(fake("a.py"), XFail.parse(List.of("a.py  # not yet")), wrong));
        assertTrue(aborted.getMessage().contains("expected failure"), aborted.getMessage());
    }

    @Test
    void listedCaseThatPassesFailsTheRun() {
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> judge(fake("a.py"), XFail.parse(List.of("a.py")), HELLO));
        assertTrue(error.getMessage().contains("remove it from conformance/xfail.txt"), error.getMessage());
    }

    @Test
    void caseWithoutRecordingFails() {
        ConformanceCase unrecorded = new ConformanceCase("b.py", Path.of("/tmp"), List.of("b.py"), null, null, false);
        AssertionFailedError error = assertThrows(AssertionFailedError.class,
                () -> judge(unrecorded, XFail.parse(List.of()), HELLO));
        assertTrue(error.getMessage().contains("tools/record b.py"), error.getMessage());
    }

    @Test
    void commentsAndBlankLinesAreNoEntries() {
        XFail xfail = XFail.parse(List.of("# header", "", "  a.py # why", "b.py"));
        assertTrue(xfail.lists("a.py"));
        assertTrue(xfail.lists("b.py"));
        assertEquals(Set.of("gone.py"), XFail.parse(List.of("a.py", "gone.py")).unknown(List.of("a.py")));
    }

    @Test
    void exitStatusAndStderrAreCompared() {
        String report = Comparison.differences("c.py", Outcome.expected("", "err\n", 1, false),
                new Outcome("", "", 0, false, false));
        assertTrue(report.contains("exit status: expected 1, got 0"), report);
        assertTrue(report.contains("stderr differs from line 1"), report);
        assertTrue(report.contains("<end of output>"), report);
    }

    @Test
    void timeoutIsReported() {
        String report = Comparison.differences("c.py", HELLO, new Outcome("", "", -1, false, true));
        assertTrue(report.startsWith("c.py: timed out"), report);
    }

    @Test
    void matchingOutcomeHasNoDifferences() {
        assertNull(Comparison.differences("c.py", HELLO, new Outcome("hello\n", "", 0, false, false)));
    }

    @Test
    void inProcessRunnerAbandonsACaseThatOutlivesItsTimeLimit() throws IOException {
        ConformanceCase waiting = new ConformanceCase("waits-for-input", Path.of("/tmp"), List.of("-q", "-i"), null,
                HELLO, false);
        try (PipedOutputStream neverWritten = new PipedOutputStream()) {
            Outcome outcome = new InProcessRunner(Map.of(), 200).run(waiting, new PipedInputStream(neverWritten));
            assertTrue(outcome.timedOut());
            assertTrue(Comparison.differences("waits-for-input", HELLO, outcome).contains("timed out"));
        }
    }

    @Test
    void pathsUnderTheCaseDirectoryReadAsRelative() {
        Outcome absolute = new Outcome("", "  File \"/work/cases/t.py\", line 3\n", 1, false, false);
        assertEquals("  File \"t.py\", line 3\n", absolute.relativeTo("/work/cases").stderr());
    }
}
