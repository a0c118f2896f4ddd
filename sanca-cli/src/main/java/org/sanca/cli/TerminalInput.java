package org.sanca.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import org.jline.reader.Candidate;
import org.jline.reader.EndOfFileException;
import org.jline.reader.LineReader;
import org.jline.reader.LineReaderBuilder;
import org.jline.reader.UserInterruptException;
import org.jline.terminal.Terminal;
import org.jline.terminal.TerminalBuilder;

/**
 * The prompt's lines from a terminal, through JLine 3 as CPython reads them through GNU readline:
 * line editing, history kept across sessions in a file ({@code ~/.sanca_history}), Tab completing
 * names, attributes and keywords as {@code rlcompleter} does (Tab after only blanks indents),
 * Ctrl-C dropping the line being typed and Ctrl-D on an empty line ending the session. While a
 * statement runs, Ctrl-C interrupts it with {@code KeyboardInterrupt}.
 */
final class TerminalInput implements PromptInput, AutoCloseable {
    private final Terminal terminal;
    private final LineReader reader;
    private final PrintStream out;
    private final PrintStream err;

    private TerminalInput(Terminal terminal, LineReader reader, PrintStream out, PrintStream err) {
        this.terminal = terminal;
        this.reader = reader;
        this.out = out;
        this.err = err;
    }

    /**
     * Opens the process's terminal; {@code interrupt} runs (on another thread) when Ctrl-C is
     * pressed while a statement runs.
     */
    static TerminalInput open(Completion completion, Path historyFile, Runnable interrupt, PrintStream out,
                              PrintStream err) throws IOException {
        Terminal terminal = TerminalBuilder.builder().system(true).nativeSignals(true).build();
        terminal.handle(Terminal.Signal.INT, signal -> interrupt.run());
        LineReader reader = LineReaderBuilder.builder()
                .terminal(terminal)
                .appName("sanca")
                .parser(new PromptParser())
                .completer((lineReader, line, candidates) -> {
                    for (String match : completion.complete(line.word())) {
                        candidates.add(new Candidate(match, display(match), null, null, null, null, false));
                    }
                })
                .variable(LineReader.HISTORY_FILE, historyFile)
                .variable(LineReader.HISTORY_SIZE, 1000)
                .variable(LineReader.HISTORY_FILE_SIZE, 1000)
                .option(LineReader.Option.DISABLE_EVENT_EXPANSION, true)
                .option(LineReader.Option.INSERT_TAB, true)
                .option(LineReader.Option.HISTORY_IGNORE_SPACE, false)
                .option(LineReader.Option.HISTORY_REDUCE_BLANKS, false)
                .option(LineReader.Option.HISTORY_TIMESTAMPED, false)
                .option(LineReader.Option.AUTO_PARAM_SLASH, false)
                .option(LineReader.Option.AUTO_REMOVE_SLASH, false)
                .build();
        return new TerminalInput(terminal, reader, out, err);
    }

    /** How readline lists a match: the part after the last dot. */
    private static String display(String match) {
        return match.substring(match.lastIndexOf('.') + 1);
    }

    @Override
    public String read(String prompt) throws Cancelled {
        out.flush();
        err.flush();
        try {
            return reader.readLine(prompt);
        } catch (UserInterruptException e) {
            throw new Cancelled();
        } catch (EndOfFileException e) {
            return null;
        }
    }

    @Override
    public void endOfInput() {
        terminal.writer().println();
        terminal.flush();
    }

    @Override
    public void close() throws IOException {
        try {
            reader.getHistory().save();
        } catch (IOException e) {
            // as CPython's site module ignores an OSError writing the history: the session is over
        } finally {
            terminal.close();
        }
    }
}
