package org.sanca.runtime.interp;

import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Everything one interpreter instance is started with. Each instance is independent: its own
 * {@code sys.modules}, {@code sys.argv}, working directory and standard streams, so several can
 * run in one JVM (the conformance harness and embedding applications do this).
 *
 * @param argv      {@code sys.argv} as the program will see it
 * @param origArgv  {@code sys.orig_argv}: the command line as typed, options included
 * @param cwd       the working directory relative paths resolve against
 * @param env       the environment ({@code os.environ})
 * @param stdin     standard input bytes
 * @param stdout    standard output bytes
 * @param stderr    standard error bytes
 * @param flags     command-line flags ({@code sys.flags}, {@code -X} options)
 */
public record InterpreterConfig(
        List<String> argv,
        List<String> origArgv,
        Path cwd,
        Map<String, String> env,
        InputStream stdin,
        PrintStream stdout,
        PrintStream stderr,
        Flags flags) {

    /**
     * The flags of the command line that change how the interpreter behaves ({@code sys.flags}),
     * already combined with the {@code PYTHON*} environment variables by the command line.
     * {@code warnOptions} is {@code sys.warnoptions}; {@code xoptions} is {@code sys._xoptions} in
     * order, where an option given without {@code =value} maps to null (Python's {@code True}).
     * With {@code unbuffered} the interpreter flushes {@code stdout} after every write: the
     * command line hands it buffered streams. {@code interactive} is {@code -i} (a prompt even
     * when stdin is no terminal), where {@code inspect} may also come from {@code PYTHONINSPECT};
     * {@code intMaxStrDigits} is -1 when neither {@code -X int_max_str_digits} nor
     * {@code PYTHONINTMAXSTRDIGITS} set it.
     */
    public record Flags(boolean inspect, boolean quiet, boolean unbuffered, boolean ignoreEnvironment,
                        boolean isolated, boolean noUserSite, boolean noSite, boolean dontWriteBytecode,
                        int optimize, boolean safePath, List<String> warnOptions, Map<String, String> xoptions,
                        int verbose, int bytesWarning, boolean devMode, boolean interactive, int debug,
                        boolean utf8Mode, boolean hashRandomization, int intMaxStrDigits) {
        public static Flags defaults() {
            return new Flags(false, false, false, false, false, false, false, false, 0, false, List.of(), Map.of(),
                    0, 0, false, false, 0, false, true, -1);
        }
    }
}
