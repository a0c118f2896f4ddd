package org.sanca.cli.conformance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * Where the cases are and how a run of them is judged. The repository root comes from the
 * {@code sanca.root} property the build sets; the shared folder is {@code ../shared} beside it
 * unless the {@code SANCA_SHARED} variable names another (git worktrees sit elsewhere).
 */
public final class Harness {
    private Harness() {
    }

    public static Path root() {
        return Path.of(System.getProperty("sanca.root", "..")).toAbsolutePath().normalize();
    }

    public static Path shared() {
        String shared = System.getenv("SANCA_SHARED");
        return shared != null ? Path.of(shared).toAbsolutePath() : root().resolveSibling("shared");
    }

    /** Each case's time limit: {@code sanca.conformance.timeout} seconds, 10 by default. */
    public static long timeoutMillis() {
        return Long.getLong("sanca.conformance.timeout", 10) * 1000;
    }

    /** The environment cases run in: this one without the {@code PYTHON*} variables, as when recording. */
    public static Map<String, String> environment() {
        Map<String, String> env = new TreeMap<>(System.getenv());
        env.keySet().removeIf(name -> name.startsWith("PYTHON"));
        return env;
    }

    public static List<ConformanceCase> cases() {
        return Cases.all(root(), shared());
    }

    /** One dynamic test per case, named by its id, judged against {@code conformance/xfail.txt}. */
    public static Stream<DynamicTest> tests(List<ConformanceCase> cases, XFail xfail,
                                            Function<ConformanceCase, Outcome> runner) {
        return cases.stream().map(c -> DynamicTest.dynamicTest(c.id(), () -> {
            String failure = c.expected() == null
                    ? Comparison.differences(c.id(), null, null)
                    : Comparison.differences(c.id(), c.expected(), runner.apply(c));
            xfail.judge(c.id(), failure).report();
        }));
    }
}
