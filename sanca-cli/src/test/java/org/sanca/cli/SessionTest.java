package org.sanca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.PrintStream;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sanca.runtime.interp.InterpreterConfig;

/** Options and PYTHON* variables become sys.argv, sys.orig_argv and sys.flags as in CPython 3.12. */
class SessionTest {
    private static InterpreterConfig config(Map<String, String> env, String... args) throws UsageError, StartupError {
        PrintStream nowhere = new PrintStream(OutputStream.nullOutputStream());
        return new Session(CommandLine.parse(args), "python3", args, new ByteArrayInputStream(new byte[0]), nowhere,
                nowhere, Path.of("/tmp"), env, Tty.NONE).config();
    }

    @Test
    void argvAndOrigArgv() throws UsageError, StartupError {
        InterpreterConfig config = config(Map.of(), "-u", "-c", "pass", "a");
        assertEquals(List.of("-c", "a"), config.argv());
        assertEquals(List.of("python3", "-u", "-c", "pass", "a"), config.origArgv());
        assertTrue(config.flags().unbuffered());
    }

    @Test
    void warnOptionsInCPythonsOrder() throws UsageError, StartupError {
        // python3.12 -b -Wd -X dev with PYTHONWARNINGS=ignore,once prints
        // ['default', 'ignore', 'once', 'd', 'default::BytesWarning']
        InterpreterConfig config = config(Map.of("PYTHONWARNINGS", "ignore,once"), "-b", "-Wd", "-X", "dev", "-c", "");
        assertEquals(List.of("default", "ignore", "once", "d", "default::BytesWarning"), config.flags().warnOptions());
        assertTrue(config.flags().devMode());
    }

    @Test
    void environmentVariablesUnlessIgnored() throws UsageError, StartupError {
        Map<String, String> env = Map.of("PYTHONOPTIMIZE", "2", "PYTHONINSPECT", "x", "PYTHONVERBOSE", "0");
        InterpreterConfig config = config(env, "-c", "");
        assertEquals(2, config.flags().optimize());
        assertTrue(config.flags().inspect());
        assertEquals(0, config.flags().verbose());
        InterpreterConfig ignored = config(env, "-E", "-c", "");
        assertEquals(0, ignored.flags().optimize());
        assertFalse(ignored.flags().inspect());
    }
}
