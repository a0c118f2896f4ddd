package org.sanca.cli;

import java.io.IOException;

/**
 * Where the prompt's lines come from: a terminal with line editing ({@link TerminalInput}) or a
 * pipe read line by line ({@link PipeInput}), as {@code PyOS_Readline} reads either through GNU
 * readline or from the C {@code stdin}.
 */
interface PromptInput {
    /**
     * Shows {@code prompt} and reads one line without its end of line; null at end of input.
     *
     * @throws Cancelled when the user pressed Ctrl-C while typing
     */
    String read(String prompt) throws IOException, Cancelled;

    /** The session ended at end of input: CPython prints a newline on stderr then. */
    void endOfInput();

    /** Ctrl-C while typing: the user pressed it, the partly typed statement is dropped. */
    final class Cancelled extends Exception {
        Cancelled() {
            super(null, null, false, false);
        }
    }
}
