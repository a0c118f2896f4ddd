package org.sanca.runtime.interp;

/**
 * One Python interpreter: the entry points the command line and embedders use. Every method
 * reports Python errors the way CPython's {@code Modules/main.c} does (a traceback on the
 * configured stderr) and returns the exit status CPython would exit with; no Java exception
 * escapes.
 */
public final class Interpreter {
    private final InterpreterConfig config;

    public Interpreter(InterpreterConfig config) {
        this.config = config;
    }

    public InterpreterConfig config() {
        return config;
    }

    /**
     * Runs {@code source} as module {@code __main__}: a script ({@code filename} is its path),
     * {@code -c} ({@code "<string>"}) or a program read from stdin ({@code "<stdin>"}).
     */
    public int runMain(String source, String filename) {
        return notYet();
    }

    /** Runs module {@code name} as {@code __main__}, as {@code python3 -m name} does. */
    public int runModuleAsMain(String name) {
        return notYet();
    }

    /**
     * True when {@code source} is the beginning of a statement the prompt must ask more lines
     * for (it ends inside brackets, after a colon, or in a block not yet ended by a blank line).
     */
    public boolean isIncomplete(String source) {
        return false;
    }

    /**
     * Compiles {@code source} in 'single' mode and runs it in {@code __main__}: expression
     * results go through {@code sys.displayhook}, errors through {@code sys.excepthook}.
     * Returns -1 to go on, or an exit status when the code raised {@code SystemExit}.
     */
    public int runInteractive(String source) {
        return notYet();
    }

    private int notYet() {
        config.stderr().println("sanca: the interpreter is not built yet");
        config.stderr().flush();
        return 1;
    }
}
