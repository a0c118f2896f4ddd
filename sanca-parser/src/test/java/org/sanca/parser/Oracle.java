package org.sanca.parser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Finds the repository root and the CPython 3.12 oracle at ../shared/oracle/py312 beside it. */
final class Oracle {
    private Oracle() {
    }

    /** The repository root: the directory above the sanca-parser module. */
    static Path repoRoot() {
        Path here = Path.of("").toAbsolutePath();
        return Files.isDirectory(here.resolve("sanca-parser")) ? here : here.getParent();
    }

    /**
     * The oracle command: ../shared/oracle/py312 from the repository root, or from the main
     * checkout when the root is a linked git worktree.
     */
    static Path command() throws IOException {
        Path root = repoRoot();
        Path direct = root.resolve("../shared/oracle/py312").normalize();
        if (Files.isExecutable(direct)) {
            return direct;
        }
        Path git = root.resolve(".git");
        if (Files.isRegularFile(git)) {
            String line = Files.readString(git).trim();
            if (line.startsWith("gitdir:")) {
                Path gitdir = Path.of(line.substring(7).trim());
                Path mainRoot = gitdir.getParent().getParent().getParent();
                Path viaMain = mainRoot.resolve("../shared/oracle/py312").normalize();
                if (Files.isExecutable(viaMain)) {
                    return viaMain;
                }
            }
        }
        throw new IOException("CPython 3.12 oracle not found at " + direct);
    }

    /** The path of the zip of CPython 3.12's standard-library sources. */
    static Path stdlibZip() throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command().toString(), "--stdlib-zip").directory(repoRoot().toFile())
            .redirectErrorStream(false).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        if (!p.waitFor(600, TimeUnit.SECONDS) || p.exitValue() != 0 || out.isEmpty()) {
            throw new IOException("'py312 --stdlib-zip' failed (exit " + p.exitValue() + ")");
        }
        Path zip = Path.of(out.lines().reduce((a, b) -> b).orElseThrow());
        if (!Files.isRegularFile(zip)) {
            throw new IOException("py312 --stdlib-zip named " + zip + ", which does not exist");
        }
        return zip;
    }
}
