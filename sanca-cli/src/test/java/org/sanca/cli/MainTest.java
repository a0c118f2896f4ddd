package org.sanca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the command prints for the options it answers itself, run in-process. */
class MainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(Path cwd, String... args) {
        return Main.run(args, new ByteArrayInputStream(new byte[0]), new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), cwd, Map.of());
    }

    @Test
    void version() {
        assertEquals(0, run(Path.of("/"), "-V"));
        assertEquals("Python 3.12.7\n", out.toString(StandardCharsets.UTF_8));
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void verboseVersionNamesSancaAndJava() {
        assertEquals(0, run(Path.of("/"), "-VV"));
        String text = out.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Python 3.12.7 (sanca "), text);
        assertTrue(text.contains("[Java " + Runtime.version()), text);
    }

    @Test
    void environmentHelpNamesTheVariablesAndTheJvmOptions() {
        assertEquals(0, run(Path.of("/"), "--help-env"));
        String text = out.toString(StandardCharsets.UTF_8);
        for (String name : new String[] {"PYTHONSTARTUP", "PYTHONPATH", "PYTHONHASHSEED", "PYTHONINSPECT",
            "PYTHONSAFEPATH", "PYTHONWARNINGS", "PYTHONUTF8", "PYTHONUNBUFFERED", "SANCA_JAVA_OPTS"}) {
            assertTrue(text.contains(name), name + " in:\n" + text);
        }
    }

    @Test
    void xoptionsHelpNamesEachOption() {
        assertEquals(0, run(Path.of("/"), "--help-xoptions"));
        String text = out.toString(StandardCharsets.UTF_8);
        for (String option : new String[] {"-X dev", "-X int_max_str_digits", "-X utf8"}) {
            assertTrue(text.contains(option), option + " in:\n" + text);
        }
    }

    @Test
    void usageErrorExitsTwo() {
        assertEquals(2, run(Path.of("/"), "-z"));
        assertEquals("Unknown option: -z\nusage: sanca [option] ... [-c cmd | -m mod | file | -] [arg] ...\n"
                + "Try `python -h' for more information.\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void helpGoesToStdout() {
        assertEquals(0, run(Path.of("/"), "--help"));
        String help = out.toString(StandardCharsets.UTF_8);
        assertTrue(help.startsWith("usage: sanca [option] ..."), help);
        assertTrue(help.endsWith("arg ...: arguments passed to program in sys.argv[1:]\n"), help);
    }

    @Test
    void missingScriptIsReportedWithItsAbsolutePath(@TempDir Path dir) {
        assertEquals(2, run(dir, "missing.py"));
        assertEquals("sanca: can't open file '" + dir.resolve("missing.py")
                + "': [Errno 2] No such file or directory\n", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void directoryWithoutMainModule(@TempDir Path dir) {
        assertEquals(1, run(dir, "."));
        assertEquals("sanca: can't find '__main__' module in '" + dir + "'\n", err.toString(StandardCharsets.UTF_8));
    }
}
