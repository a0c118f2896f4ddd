package org.sanca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanca.cli.conformance.Harness;

/** The {@code ./sanca} launcher itself: how it finds a JDK, run as a process after packaging. */
class LauncherIT {
    private static final List<String> TOOLS = List.of("bash", "dirname", "readlink", "cat", "head", "tail", "find",
            "ls", "sort", "sed", "mkdir", "cut");

    private record Result(int status, String stdout, String stderr) {
    }

    private static Result launch(Map<String, String> env, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(Harness.root().resolve("sanca").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command).redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        builder.environment().clear();
        builder.environment().putAll(env);
        builder.environment().put("SANCA_NO_BUILD", "1");
        Process process = builder.start();
        byte[] out = process.getInputStream().readAllBytes();
        byte[] err = process.getErrorStream().readAllBytes();
        process.waitFor(60, TimeUnit.SECONDS);
        return new Result(process.exitValue(), new String(out, StandardCharsets.UTF_8),
                new String(err, StandardCharsets.UTF_8));
    }

    /** A PATH holding only the tools the launcher uses, and a JDK 17 that is too old. */
    private static Path oldJdkAndTools(Path dir) throws IOException {
        Path jdk = Files.createDirectories(dir.resolve("jdk17/bin"));
        for (String tool : List.of("java", "javac")) {
            Path file = Files.writeString(jdk.resolve(tool), "#!/bin/sh\nexit 1\n");
            file.toFile().setExecutable(true);
        }
        Files.writeString(dir.resolve("jdk17/release"), "JAVA_VERSION=\"17.0.15\"\n");
        Path bin = Files.createDirectories(dir.resolve("bin"));
        for (String tool : TOOLS) {
            Path real = Path.of("/usr/bin", tool);
            Files.createSymbolicLink(bin.resolve(tool), Files.exists(real) ? real : Path.of("/bin", tool));
        }
        Files.createSymbolicLink(bin.resolve("java"), jdk.resolve("java"));
        return bin;
    }

    @Test
    void withoutAJdk21ItSaysSoInOneLineAndExitsTwo(@TempDir Path dir) throws Exception {
        Path bin = oldJdkAndTools(dir);
        Result result = launch(Map.of("PATH", bin.toString(), "JAVA_HOME", dir.resolve("jdk17").toString(),
                "SANCA_JDK_DIRS", dir.resolve("none").toString()), "-V");
        assertEquals(2, result.status());
        assertEquals("", result.stdout());
        assertEquals("sanca: needs a JDK 21 or newer (set JAVA_HOME, or install one under /usr/lib/jvm)\n",
                result.stderr());
    }

    @Test
    void findsANewerJdkBesideAnOldOne(@TempDir Path dir) throws Exception {
        Path bin = oldJdkAndTools(dir);
        Path jvms = Files.createDirectories(dir.resolve("jvm"));
        Files.createSymbolicLink(jvms.resolve("jdk-test"), Path.of(System.getProperty("java.home")));
        Result result = launch(Map.of("PATH", bin.toString(), "JAVA_HOME", dir.resolve("jdk17").toString(),
                "SANCA_JDK_DIRS", jvms.toString()), "-V");
        assertEquals(new Result(0, "Python 3.12.7\n", ""), result);
    }
}
