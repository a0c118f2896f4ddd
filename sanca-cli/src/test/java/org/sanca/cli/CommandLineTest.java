package org.sanca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The command line is parsed as CPython 3.12 parses it (outputs checked against python3.12). */
class CommandLineTest {
    @Test
    void scriptAndItsArguments() throws UsageError {
        CommandLine line = CommandLine.parse(new String[] {"-q", "x.py", "-i", "a"});
        assertEquals(CommandLine.Source.FILE, line.source);
        assertEquals("x.py", line.program);
        assertEquals(List.of("x.py", "-i", "a"), line.args);
        assertTrue(line.quiet);
        assertFalse(line.inspect);
    }

    @Test
    void commandTakesTheRestOfItsWordOrTheNextWord() throws UsageError {
        CommandLine joined = CommandLine.parse(new String[] {"-cprint(1)", "-c", "x"});
        assertEquals("print(1)", joined.program);
        assertEquals(List.of("-c", "-c", "x"), joined.args);
        CommandLine grouped = CommandLine.parse(new String[] {"-Ic", "pass"});
        assertTrue(grouped.isolated && grouped.ignoreEnvironment && grouped.noUserSite && grouped.safePath);
        assertEquals("pass", grouped.program);
    }

    @Test
    void moduleAndStdin() throws UsageError {
        CommandLine module = CommandLine.parse(new String[] {"-m", "json.tool", "--x"});
        assertEquals(CommandLine.Source.MODULE, module.source);
        assertEquals(List.of("-m", "--x"), module.args);
        CommandLine stdin = CommandLine.parse(new String[] {"-", "a"});
        assertEquals(CommandLine.Source.STDIN, stdin.source);
        assertTrue(stdin.explicitStdin);
        assertEquals(List.of("-", "a"), stdin.args);
        assertEquals(List.of(""), CommandLine.parse(new String[0]).args);
    }

    @Test
    void doubleDashEndsOptions() throws UsageError {
        CommandLine line = CommandLine.parse(new String[] {"--", "-q.py"});
        assertEquals("-q.py", line.program);
        assertFalse(line.quiet);
    }

    @Test
    void countedAndValuedOptions() throws UsageError {
        CommandLine line = CommandLine.parse(new String[] {"-OO", "-bb", "-Wd", "-W", "error", "-Xdev", "-X", "a=b",
            "-VV"});
        assertEquals(2, line.optimize);
        assertEquals(2, line.bytesWarning);
        assertEquals(2, line.version);
        assertEquals(List.of("d", "error"), line.warnOptions);
        assertTrue(line.xoptions.containsKey("dev"));
        assertNull(line.xoptions.get("dev"));
        assertEquals("b", line.xoptions.get("a"));
    }

    @Test
    void helpStopsParsing() throws UsageError {
        assertEquals("usage", CommandLine.parse(new String[] {"-h", "-z"}).help);
        assertEquals("usage", CommandLine.parse(new String[] {"-?"}).help);
        assertEquals("env", CommandLine.parse(new String[] {"--help-env"}).help);
    }

    @Test
    void errorsAreWordedAsCPythonWordsThem() {
        assertEquals("Unknown option: -z", assertThrows(UsageError.class,
                () -> CommandLine.parse(new String[] {"-V", "-z"})).getMessage());
        assertEquals("Argument expected for the -c option", assertThrows(UsageError.class,
                () -> CommandLine.parse(new String[] {"-c"})).getMessage());
        assertEquals("unknown option --ver", assertThrows(UsageError.class,
                () -> CommandLine.parse(new String[] {"--ver"})).getMessage());
        assertEquals("-J is reserved for Jython", assertThrows(UsageError.class,
                () -> CommandLine.parse(new String[] {"-J"})).getMessage());
        assertEquals("--check-hash-based-pycs must be one of 'default', 'always', or 'never'",
                assertThrows(UsageError.class,
                        () -> CommandLine.parse(new String[] {"--check-hash-based-pycs", "x"})).getMessage());
    }
}
