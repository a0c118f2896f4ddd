package org.sanca.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/**
 * The prompt's lines from a standard input that is no terminal: prompts go to stderr, lines are
 * read a byte at a time so that the program's own reads of stdin ({@code input()}) see the lines
 * after the one being run, as in CPython where both share one {@code FILE}.
 */
final class PipeInput implements PromptInput {
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;

    PipeInput(InputStream in, PrintStream out, PrintStream err) {
        this.in = in;
        this.out = out;
        this.err = err;
    }

    @Override
    public String read(String prompt) throws IOException {
        out.flush();
        err.print(prompt);
        err.flush();
        ByteArrayOutputStream line = new ByteArrayOutputStream();
        int b;
        while ((b = in.read()) >= 0 && b != '\n') {
            line.write(b);
        }
        if (b < 0 && line.size() == 0) {
            return null;
        }
        return line.toString(StandardCharsets.UTF_8);
    }

    @Override
    public void endOfInput() {
        err.print("\n");
        err.flush();
    }
}
