package org.sanca.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sanca.cli.conformance.Harness;

/**
 * The prompt on a real pseudo-terminal: {@code ./sanca -q} runs under util-linux's {@code script}
 * (which gives it a pty and relays keystrokes), and the test types as a user would: the up arrow
 * recalls a line (within a session and from the history file of the last one), Tab completes an
 * attribute, Ctrl-C drops the line being typed with {@code KeyboardInterrupt}, Ctrl-D ends.
 */
class TerminalPromptIT {
    private static final String UP = "\u001bOA";
    private static final long WAIT_MILLIS = 30_000;

    @TempDir
    Path home;

    @Test
    void historyCompletionAndInterrupt() throws Exception {
        try (Session first = new Session(home)) {
            first.awaitCount(">>> ", 1);
            first.type("6 * 7\r");
            first.awaitCount("42", 1);
            first.type(UP + "\r");
            first.awaitCount("42", 2);
            assertTrue(first.count(">>> 6 * 7") >= 2, "the up arrow recalled the line:\n" + first.output());
            first.type("import keyword\r");
            first.awaitCount(">>> ", 4);
            first.type("keyword.kwl\t");
            first.awaitCount("keyword.kwlist", 1);
            first.type("\r");
            first.awaitCount("['False', 'None', 'True'", 1);
            first.type("abc\u0003");
            first.awaitCount("KeyboardInterrupt", 1);
            first.awaitCount(">>> ", 6);
            first.type("6 * 7\r");
            first.awaitCount("42", 3);
            // Ctrl-D must reach the prompt, not the running statement: wait for the prompt.
            first.awaitCount(">>> ", 7);
            first.type("\u0004");
            assertEquals(0, first.exitStatus());
        }
        List<String> saved = Files.readAllLines(home.resolve(".sanca_history"));
        assertTrue(saved.containsAll(List.of("6 * 7", "import keyword", "keyword.kwlist")), "history file: " + saved);
        try (Session second = new Session(home)) {
            second.awaitCount(">>> ", 1);
            second.type(UP + "\r");
            second.awaitCount("42", 1);
            second.awaitCount(">>> ", 2);
            second.type("\u0004");
            assertEquals(0, second.exitStatus());
        }
    }

    /** One {@code ./sanca -q} on a pseudo-terminal of 100 columns, with {@code HOME} in a scratch folder. */
    private static final class Session implements AutoCloseable {
        private final Process process;
        private final OutputStream keys;
        private final StringBuilder screen = new StringBuilder();

        Session(Path home) throws IOException {
            String launcher = Harness.root().resolve("sanca").toString();
            ProcessBuilder builder = new ProcessBuilder("script", "-q", "-e", "-c",
                    "stty cols 100 rows 30; exec '" + launcher.replace("'", "'\\''") + "' -q", "/dev/null")
                    .redirectErrorStream(true);
            builder.environment().keySet().removeIf(name -> name.startsWith("PYTHON"));
            builder.environment().put("HOME", home.toString());
            builder.environment().put("TERM", "xterm");
            builder.environment().put("SANCA_NO_BUILD", "1");
            builder.environment().put("SANCA_JAVA_HOME", System.getProperty("java.home"));
            process = builder.start();
            keys = process.getOutputStream();
            Thread reader = new Thread(() -> copy(process.getInputStream()), "pty output");
            reader.setDaemon(true);
            reader.start();
        }

        private void copy(InputStream in) {
            byte[] buffer = new byte[4096];
            try {
                for (int n; (n = in.read(buffer)) > 0; ) {
                    synchronized (screen) {
                        screen.append(new String(buffer, 0, n, StandardCharsets.UTF_8));
                        screen.notifyAll();
                    }
                }
            } catch (IOException e) {
                // the process ended
            }
        }

        void type(String text) throws IOException {
            keys.write(text.getBytes(StandardCharsets.UTF_8));
            keys.flush();
        }

        String output() {
            synchronized (screen) {
                return screen.toString();
            }
        }

        int count(String text) {
            String all = output();
            int n = 0;
            for (int i = all.indexOf(text); i >= 0; i = all.indexOf(text, i + text.length())) {
                n++;
            }
            return n;
        }

        void awaitCount(String text, int times) throws InterruptedException {
            long deadline = System.currentTimeMillis() + WAIT_MILLIS;
            synchronized (screen) {
                while (count(text) < times) {
                    long left = deadline - System.currentTimeMillis();
                    if (left <= 0) {
                        fail("waited for " + times + " x '" + text + "' on the terminal; it shows:\n" + screen);
                    }
                    screen.wait(left);
                }
            }
        }

        int exitStatus() throws InterruptedException {
            if (!process.waitFor(WAIT_MILLIS, TimeUnit.MILLISECONDS)) {
                fail("the prompt did not end at Ctrl-D; the terminal shows:\n" + output());
            }
            return process.exitValue();
        }

        @Override
        public void close() {
            process.destroyForcibly();
        }
    }
}
