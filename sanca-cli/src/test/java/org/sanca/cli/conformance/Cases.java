package org.sanca.cli.conformance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the conformance cases: {@code conformance/**}{@code /*.py} and {@code examples/*.py} in the
 * repository, the prompt sessions {@code conformance/repl/*.in}, the command lines
 * {@code conformance/cli/*.cmd} (always through the launcher), the mission's {@code seed/examples/*.py} and {@code seed/repl/*.in} beside it.
 * A {@code .py} file whose name starts with {@code _} is a module cases import, not a case, and so
 * is every file in a package (a folder with {@code __init__.py}) or in a folder whose name starts
 * with {@code _}. A case with {@code X.cmd} runs that command line instead of {@code X.py ARGS}.
 * Every seed case, every example and every tenth conformance case (in path order) run through
 * the launcher; the rest run in-process.
 */
public final class Cases {
    /** How often a conformance case is picked for the launcher share. */
    static final int LAUNCHER_EVERY = 10;
    static final String LAUNCHER_MARKER = "# conformance: launcher";

    private Cases() {
    }

    public static List<ConformanceCase> all(Path root, Path shared) {
        List<ConformanceCase> cases = new ArrayList<>();
        List<Path> conformance = pythonFiles(root.resolve("conformance"), true);
        for (int i = 0; i < conformance.size(); i++) {
            cases.add(script(root.relativize(conformance.get(i)).toString(), conformance.get(i), i % LAUNCHER_EVERY == 0));
        }
        for (Path file : files(root.resolve("conformance").resolve("repl"), false, ".in")) {
            cases.add(repl(root.relativize(file).toString(), file));
        }
        for (Path file : files(root.resolve("conformance").resolve("cli"), false, ".cmd")) {
            cases.add(commandLine(root.relativize(file).toString(), file));
        }
        for (Path file : pythonFiles(root.resolve("examples"), false)) {
            cases.add(script(root.relativize(file).toString(), file, true));
        }
        Path seed = shared.resolve("seed");
        if (!Files.isDirectory(seed)) {
            throw new IllegalStateException("the mission's cases are missing: no directory " + seed
                    + " (the shared folder must sit beside the repository as ../shared)");
        }
        for (Path file : pythonFiles(seed.resolve("examples"), false)) {
            cases.add(script(shared.relativize(file).toString(), file, true));
        }
        for (Path file : files(seed.resolve("repl"), false, ".in")) {
            cases.add(repl(shared.relativize(file).toString(), file));
        }
        return cases;
    }

    /** A script case: {@code X.py} with {@code X.out}, {@code X.err}, {@code X.rc}, {@code X.in}, {@code X.args}, {@code X.cmd}. */
    static ConformanceCase script(String id, Path file, boolean viaLauncher) {
        Path dir = realDirectory(file);
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - ".py".length());
        List<String> args = new ArrayList<>();
        String command = read(dir.resolve(stem + ".cmd"), null);
        if (command != null) {
            command.lines().forEach(args::add);
        } else {
            args.add(name);
            String extra = read(dir.resolve(stem + ".args"), null);
            if (extra != null) {
                extra.lines().forEach(args::add);
            }
        }
        String rc = read(dir.resolve(stem + ".rc"), "0").strip();
        String out = read(dir.resolve(stem + ".out"), null);
        Outcome expected = out == null ? null
                : Outcome.expected(out, read(dir.resolve(stem + ".err"), ""), Integer.parseInt(rc), false);
        return new ConformanceCase(id, dir, List.copyOf(args), bytes(dir.resolve(stem + ".in")), expected,
                viaLauncher || startsChildInterpreters(file));
    }

    /**
     * Whether the case's first lines hold the marker {@code # conformance: launcher}: it starts
     * Python child processes (multiprocessing, ProcessPoolExecutor), which run
     * {@code sys.executable}, and only the launcher gives the interpreter one.
     */
    static boolean startsChildInterpreters(Path file) {
        String text = read(file, "");
        return text.lines().limit(3).anyMatch(line -> line.strip().equals(LAUNCHER_MARKER));
    }

    /**
     * A prompt session: {@code X.in} fed to {@code sanca -q -u -i}, both streams compared with
     * {@code X.out}, the exit status with {@code X.rc} (0 when absent).
     */
    static ConformanceCase repl(String id, Path file) {
        Path dir = realDirectory(file);
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - ".in".length());
        Outcome expected = Outcome.expected(read(dir.resolve(stem + ".out"), ""), "",
                Integer.parseInt(read(dir.resolve(stem + ".rc"), "0").strip()), true);
        return new ConformanceCase(id, dir, List.of("-q", "-u", "-i"), bytes(file), expected, true);
    }

    /**
     * A command line: {@code X.cmd} holds the arguments after the program name, one per line, and
     * {@code X.env} the variables ({@code NAME=value} lines) added to the environment; it runs
     * through the launcher with {@code X.in} on stdin against {@code X.out}, {@code X.err}, {@code X.rc}.
     */
    static ConformanceCase commandLine(String id, Path file) {
        Path dir = realDirectory(file);
        String name = file.getFileName().toString();
        String stem = name.substring(0, name.length() - ".cmd".length());
        List<String> args = read(file, "").lines().toList();
        Map<String, String> env = new LinkedHashMap<>();
        read(dir.resolve(stem + ".env"), "").lines().filter(l -> !l.isEmpty()).forEach(l -> {
            int eq = l.indexOf('=');
            env.put(l.substring(0, eq), l.substring(eq + 1));
        });
        String out = read(dir.resolve(stem + ".out"), null);
        Outcome expected = out == null ? null : Outcome.expected(out, read(dir.resolve(stem + ".err"), ""),
                Integer.parseInt(read(dir.resolve(stem + ".rc"), "0").strip()), false);
        return new ConformanceCase(id, dir, args, bytes(dir.resolve(stem + ".in")), expected, true, Map.copyOf(env));
    }

    private static Path realDirectory(Path file) {
        try {
            return file.toAbsolutePath().getParent().toRealPath();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Path> pythonFiles(Path dir, boolean recursive) {
        return files(dir, recursive, ".py");
    }

    private static List<Path> files(Path dir, boolean recursive, String suffix) {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> walk = recursive ? Files.walk(dir) : Files.list(dir)) {
            return walk.filter(p -> isCase(p.getFileName().toString(), suffix) && Files.isRegularFile(p)
                            && !inFixture(dir, p))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean isCase(String name, String suffix) {
        return name.endsWith(suffix) && !name.startsWith("_");
    }

    /**
     * True when {@code file} lies in a folder of modules that cases import (below {@code dir}):
     * one whose name starts with {@code _}, or a package (holding {@code __init__.py}).
     */
    private static boolean inFixture(Path dir, Path file) {
        for (Path p = file.getParent(); p != null && !p.equals(dir); p = p.getParent()) {
            if (p.getFileName().toString().startsWith("_") || Files.isRegularFile(p.resolve("__init__.py"))) {
                return true;
            }
        }
        return false;
    }

    private static String read(Path file, String absent) {
        byte[] bytes = bytes(file);
        return bytes == null ? absent : new String(bytes, StandardCharsets.UTF_8);
    }

    private static byte[] bytes(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
