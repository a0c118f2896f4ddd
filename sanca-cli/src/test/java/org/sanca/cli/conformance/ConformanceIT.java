package org.sanca.cli.conformance;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The launcher share of the conformance cases: each runs as {@code ./sanca ARGS} in a process of
 * its own. Runs in the integration-test phase, after the jars the launcher needs are packaged.
 */
class ConformanceIT {
    /** The launcher's time limit adds the start of a JVM to the in-process one. */
    private static final long START_ALLOWANCE_MILLIS = 10_000;

    @TestFactory
    Stream<DynamicTest> throughLauncher() {
        List<ConformanceCase> launcherShare = Harness.cases().stream().filter(ConformanceCase::viaLauncher).toList();
        LauncherRunner runner = new LauncherRunner(Harness.root().resolve("sanca"), Harness.environment(),
                Harness.timeoutMillis() + START_ALLOWANCE_MILLIS,
                Harness.root().resolve("sanca-cli/target/conformance-tmp"));
        return Harness.tests(launcherShare, XFail.load(Harness.root()), runner::run);
    }
}
