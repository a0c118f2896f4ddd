package org.sanca.cli;

import java.io.BufferedOutputStream;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Map;

/**
 * The {@code sanca} command: a {@code python3}-compatible command line, the counterpart of
 * CPython's {@code Modules/main.c}.
 */
public final class Main {
    /** The stack the program's main thread asks for: deep Python recursion needs it. */
    private static final long MAIN_STACK_BYTES = 1L << 30;

    private Main() {
    }

    public static void main(String[] args) throws InterruptedException {
        PrintStream out = standardStream(FileDescriptor.out, false);
        PrintStream err = standardStream(FileDescriptor.err, true);
        Tty terminal = Tty.ofProcess();
        int[] status = {1};
        Thread thread = new Thread(null, () -> status[0] = run(args, System.in, out, err,
                Path.of("").toAbsolutePath(), System.getenv(), terminal), "MainThread", MAIN_STACK_BYTES);
        thread.start();
        thread.join();
        out.flush();
        err.flush();
        System.exit(status[0]);
    }

    /**
     * Runs one command line in this JVM with its own interpreter, as {@code python3 ARGS} would
     * in directory {@code cwd} with environment {@code env}, and returns its exit status.
     * Standard input counts as not a terminal.
     */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path cwd,
                          Map<String, String> env) {
        return run(args, in, out, err, cwd, env, Tty.NONE);
    }

    private static int run(String[] args, InputStream in, PrintStream out, PrintStream err, Path cwd,
                           Map<String, String> env, Tty terminal) {
        String program = System.getProperty("sanca.argv0", "sanca");
        CommandLine line;
        try {
            line = CommandLine.parse(args);
        } catch (UsageError error) {
            Help.usageError(error, program, err);
            return 2;
        }
        if (line.help != null) {
            Help.print(line.help, program, out);
            out.flush();
            return 0;
        }
        if (line.version > 0) {
            out.println(Help.version(line.version));
            out.flush();
            return 0;
        }
        Session session = new Session(line, program, args, in, out, err, cwd, env, terminal);
        int status = session.run();
        out.flush();
        err.flush();
        return status;
    }

    /**
     * A standard stream over the file descriptor, buffered so that printing many small pieces
     * costs few system calls; the interpreter flushes it where CPython's {@code sys.stdout}
     * would ({@code -u}, a prompt, exit).
     */
    private static PrintStream standardStream(FileDescriptor fd, boolean autoFlush) {
        return new PrintStream(new BufferedOutputStream(new FileOutputStream(fd), 1 << 16), autoFlush);
    }
}
