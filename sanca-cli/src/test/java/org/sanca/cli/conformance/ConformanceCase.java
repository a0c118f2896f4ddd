package org.sanca.cli.conformance;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * One conformance case: a command line to run in a directory and what CPython 3.12 printed for it.
 *
 * @param id          the case's name in reports and in {@code conformance/xfail.txt}
 * @param directory   the working directory it runs in
 * @param args        the command line after the program name, e.g. {@code [x.py, arg]}
 * @param stdin       the bytes fed to standard input
 * @param expected    what CPython printed; null when it was never recorded
 * @param viaLauncher true when it runs through the {@code ./sanca} launcher rather than in-process
 * @param env         variables added to the environment it runs in
 */
public record ConformanceCase(String id, Path directory, List<String> args, byte[] stdin, Outcome expected,
                              boolean viaLauncher, Map<String, String> env) {
    public ConformanceCase(String id, Path directory, List<String> args, byte[] stdin, Outcome expected,
                           boolean viaLauncher) {
        this(id, directory, args, stdin, expected, viaLauncher, Map.of());
    }

    @Override
    public String toString() {
        return id;
    }
}
