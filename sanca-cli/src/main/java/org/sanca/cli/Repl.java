package org.sanca.cli;

import java.io.IOException;
import org.sanca.runtime.interp.Interpreter;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * The interactive loop, CPython's {@code PyRun_InteractiveLoop}: each statement runs as soon as
 * it is complete, a compound statement ends at a blank line, the prompts are {@code str()} of
 * {@code sys.ps1} and {@code sys.ps2} read afresh for every line (the loop sets them when absent),
 * end of input ends the session, and Ctrl-C while typing drops the statement with
 * {@code KeyboardInterrupt}.
 */
final class Repl {
    private static final PyStr PS1 = PyStr.of("ps1");
    private static final PyStr PS2 = PyStr.of("ps2");

    private final Interpreter interpreter;
    private final PromptInput input;

    Repl(Interpreter interpreter, PromptInput input) {
        this.interpreter = interpreter;
        this.input = input;
    }

    /** Runs statements until end of input or {@code SystemExit}; returns the exit status. */
    int run() throws IOException {
        interpreter.setPrompts(">>> ", "... ");
        StringBuilder pending = new StringBuilder();
        while (true) {
            String line;
            try {
                line = input.read(prompt(pending.isEmpty() ? PS1 : PS2));
            } catch (PromptInput.Cancelled cancelled) {
                pending.setLength(0);
                interpreter.report(PyErr.newException(PyExc.KeyboardInterrupt));
                continue;
            }
            if (line == null) {
                input.endOfInput();
                if (pending.isEmpty()) {
                    return 0;
                }
            } else if (pending.isEmpty() && isBlankOrComment(line)) {
                // CPython's tokenizer gives no statement for such a line: the prompt stays sys.ps1.
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

    /** {@code str(sys.ps1)} or {@code str(sys.ps2)}; an absent one or one whose str() fails shows nothing. */
    private String prompt(PyStr name) {
        return interpreter.call(() -> {
            try {
                PyObject value = Abstract.lookupAttr(interpreter.state().sys(), name);
                return value == null ? "" : Abstract.str(value).value();
            } catch (PyException e) {
                return "";
            }
        });
    }
}
