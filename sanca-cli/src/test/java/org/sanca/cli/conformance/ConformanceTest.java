package org.sanca.cli.conformance;

import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * The in-process share of the conformance cases (the launcher share runs in {@link ConformanceIT},
 * after packaging), and the check that {@code conformance/xfail.txt} names only real cases.
 */
class ConformanceTest {
    @TestFactory
    Stream<DynamicTest> inProcess() {
        List<ConformanceCase> all = Harness.cases();
        XFail xfail = XFail.load(Harness.root());
        InProcessRunner runner = new InProcessRunner(Harness.environment(), Harness.timeoutMillis());
        Stream<DynamicTest> listCheck = Stream.of(DynamicTest.dynamicTest(XFail.FILE + " names only known cases", () -> {
            Set<String> unknown = xfail.unknown(all.stream().map(ConformanceCase::id).toList());
            Assertions.assertTrue(unknown.isEmpty(), XFail.FILE + " lists cases that do not exist: " + unknown);
        }));
        return Stream.concat(listCheck,
                Harness.tests(all.stream().filter(c -> !c.viaLauncher()).toList(), xfail, runner::run));
    }
}
