package org.sanca.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.sanca.runtime.interp.Interpreter;

/**
 * The interactive loop of {@code Modules/main.c} and {@code PyRun_InteractiveLoop} when standard
 * input is not a terminal: prompts go to stderr, each statement is run as soon as it is complete,
 * end of input ends the session with a newline on stderr.
 */
final class Repl {
    static final String PS1 = ">>> ";
    static final String PS2 = "... ";

    private final Interpreter interpreter;
    private final InputStream input;
    private final PrintStream out;
    private final PrintStream err;

    Repl(Interpreter interpreter, InputStream in, PrintStream out, PrintStream err) {
        this.interpreter = interpreter;
        this.input = in;
        this.out = out;
        this.err = err;
    }

    /** Runs statements until end of input or {@code SystemExit}; returns the exit status. */
    int run() throws IOException {
        StringBuilder pending = new StringBuilder();
        interpreter.setPrompts(PS1, PS2);
        while (true) {
            prompt(pending.isEmpty() ? PS1 : PS2);
            String line = readLine();
            if (line == null) {
                err.print("\n");
                err.flush();
                if (pending.isEmpty()) {
                    return 0;
                }
            } else if (pending.isEmpty() && isBlankOrComment(line)) {
                // CPython's tokenizer gives no statement for such a line: the prompt stays '>>> '.
                continue;
            } else {
                pending.append(line).append('\n');
                if (interpreter.isIncomplete(pending.toString())) {
                    continue;
                }
            }
            int status = interpreter.runInteractive(pending.toString());
            if (status >= 0) {
                return status;
            }
            pending.setLength(0);
        }
    }

    private static boolean isBlankOrComment(String line) {
        String s = line.strip();
        return s.isEmpty() || s.startsWith("#");
    }

    /**
     * Reads one line without reading ahead, so the program's own reads of stdin ({@code input()})
     * see the lines after it, as they do in CPython where both share one {@code FILE}.
     */
    private String readLine() throws IOException {
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = input.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    private void prompt(String prompt) {
        out.flush();
        err.print(prompt);
        err.flush();
    }
}
