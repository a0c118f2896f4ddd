package org.sanca.cli.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs a case through the real {@code ./sanca} launcher in a process of its own, in the case's
 * directory, with the JDK of this test run and without the launcher's rebuild check (this runs
 * inside the build that made the jars). The launcher's path in what it prints (usage messages
 * name the program) reads as {@code python3}, the name recordings run CPython under.
 */
public final class LauncherRunner {
    private final Path launcher;
    private final Map<String, String> env;
    private final long timeoutMillis;
    private final Path scratch;

    public LauncherRunner(Path launcher, Map<String, String> env, long timeoutMillis, Path scratch) {
        this.launcher = launcher;
        this.env = env;
        this.timeoutMillis = timeoutMillis;
        this.scratch = scratch;
    }

    public Outcome run(ConformanceCase c) {
        try {
            return runProcess(c);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(c.id() + ": interrupted", e);
        }
    }

    private Outcome runProcess(ConformanceCase c) throws IOException, InterruptedException {
        Files.createDirectories(scratch);
        Path in = Files.write(Files.createTempFile(scratch, "stdin", ""), c.stdin() == null ? new byte[0] : c.stdin());
        Path out = Files.createTempFile(scratch, "stdout", "");
        Path err = Files.createTempFile(scratch, "stderr", "");
        boolean merged = c.expected() != null && c.expected().merged();
        List<String> command = new ArrayList<>();
        command.add(launcher.toString());
        command.addAll(c.args());
        ProcessBuilder builder = new ProcessBuilder(command).directory(c.directory().toFile())
                .redirectInput(in.toFile()).redirectOutput(out.toFile());
        if (merged) {
            builder.redirectErrorStream(true);
        } else {
            builder.redirectError(err.toFile());
        }
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().putAll(c.env());
        builder.environment().put("SANCA_NO_BUILD", "1");
        builder.environment().put("SANCA_JAVA_HOME", System.getProperty("java.home"));
        Process process = builder.start();
        boolean finished = process.waitFor(timeoutMillis, TimeUnit.MILLISECONDS);
        if (!finished) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly().waitFor();
        }
        Outcome outcome = new Outcome(read(out), merged ? "" : read(err), finished ? process.exitValue() : -1,
                merged, !finished);
        for (Path p : List.of(in, out, err)) {
            Files.deleteIfExists(p);
        }
        return outcome.relativeTo(c.directory().toString()).named(launcher.toString(), "python3");
    }

    private static String read(Path file) throws IOException {
        return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
    }
}
