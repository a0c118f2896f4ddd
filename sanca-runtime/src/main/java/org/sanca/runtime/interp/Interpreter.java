package org.sanca.runtime.interp;

import java.nio.file.Path;
import java.util.List;

import org.sanca.ast.Interactive;
import org.sanca.ast.Mod;
import org.sanca.ast.Stmt;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;
import org.sanca.parser.PySyntaxError;
import org.sanca.runtime.modules.atexit.ExitFunctions;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * One Python interpreter: the entry points the command line and embedders use. Every method
 * reports Python errors the way CPython's {@code Modules/main.c} does (a traceback on the
 * configured stderr) and returns the exit status CPython would exit with; no Java exception
 * escapes.
 *
 * <p>Deep recursion needs a deep Java stack: callers run these methods on a thread made with a
 * large stack size (the command line uses 1 GiB), which lets a program that raises
 * {@code sys.setrecursionlimit} to 100000 recurse that deep.
 */
public final class Interpreter {
    private final InterpreterConfig config;
    private InterpreterState state;
    private ThreadState thread;

    public Interpreter(InterpreterConfig config) {
        this.config = config;
    }

    public InterpreterConfig config() {
        return config;
    }

    /** The interpreter's state, made on first use. */
    public synchronized InterpreterState state() {
        if (state == null) {
            state = new InterpreterState(config);
            thread = state.newThreadState();
        }
        return state;
    }

    /**
     * Runs {@code source} as module {@code __main__}: a script ({@code filename} is its path),
     * {@code -c} ({@code "<string>"}) or a program read from stdin ({@code "<stdin>"}).
     */
    public int runMain(String source, String filename) {
        InterpreterState st = state();
        boolean script = !filename.startsWith("<");
        // A program read from stdin has __file__ '<stdin>' while it runs, as PyRun_SimpleFile gives it.
        boolean stdin = filename.equals("<stdin>");
        return st.runOn(thread, () -> guarded(() -> {
            setPath(script ? scriptDir(filename) : "");
            PyModule main = mainModule(script || stdin ? filename : null);
            setMainLoader(main, script ? filename : null);
            try {
                PyCode code = Compile.compile(source, filename, "exec", config.flags().optimize());
                st.importer().exec(code, main.getDict());
            } finally {
                if (stdin) {
                    main.getDict().delItem(PyStr.of("__file__"));
                    main.getDict().delItem(PyStr.of("__cached__"));
                }
            }
            return 0;
        }));
    }

    /**
     * Runs module {@code name} as {@code __main__}, as {@code python3 -m name} does: through
     * {@code runpy._run_module_as_main}, with the working directory first on {@code sys.path}.
     */
    public int runModuleAsMain(String name) {
        InterpreterState st = state();
        return st.runOn(thread, () -> guarded(() -> {
            setPath(st.cwd().toString());
            mainModule(null);
            PyObject runpy = st.importer().importModule("runpy");
            Abstract.callMethod(runpy, "_run_module_as_main", PyStr.of(name));
            return 0;
        }));
    }

    /**
     * Runs the {@code PYTHONSTARTUP} file in {@code __main__} before the first prompt: an error
     * is reported and the prompt follows; {@code SystemExit} ends the session. Returns -1 to go
     * on, or the exit status.
     */
    public int runStartup(String source, String filename) {
        InterpreterState st = state();
        return st.runOn(thread, () -> {
            try {
                PyCode code = Compile.compile(source, filename, "exec", config.flags().optimize());
                st.importer().exec(code, interactiveMain().getDict());
                flushStd();
                return -1;
            } catch (PyException e) {
                return e.matches(PyExc.SystemExit) ? exitStatus(e.value()) : reported(e.value());
            } catch (StackOverflowError | RuntimeException e) {
                return reported(toPython(e).value());
            }
        });
    }

    private int reported(PyBaseException e) {
        printException(e);
        return -1;
    }

    /** {@code __main__} for the prompt: the one a script ran in, or a new one. */
    private PyModule interactiveMain() {
        PyObject main = state.modules().getItem(PyStr.of("__main__"));
        if (main instanceof PyModule m) {
            return m;
        }
        setPath("");
        PyModule fresh = mainModule(null);
        setMainLoader(fresh, null);
        return fresh;
    }

    /**
     * Asks the code running on this interpreter's main thread to stop with
     * {@code KeyboardInterrupt} (Ctrl-C); safe to call from any thread, such as a signal handler's.
     */
    public void interrupt() {
        state();
        thread.requestInterrupt();
    }

    /**
     * True when {@code source} is the beginning of a statement the prompt must ask more lines
     * for (it ends inside brackets, after a colon, or in a block not yet ended by a blank line).
     */
    public boolean isIncomplete(String source) {
        Mod mod;
        try {
            mod = Parser.parse(source, "<stdin>", Mode.SINGLE);
        } catch (PySyntaxError e) {
            return e.incompleteInput();
        } catch (RuntimeException e) {
            return false;
        }
        if (source.endsWith("\n\n") || !(mod instanceof Interactive in) || in.body().isEmpty()) {
            return false;
        }
        List<Stmt> body = in.body();
        return isCompound(body.get(body.size() - 1)) && !source.strip().isEmpty();
    }

    private static boolean isCompound(Stmt s) {
        return s instanceof org.sanca.ast.If || s instanceof org.sanca.ast.For || s instanceof org.sanca.ast.While
                || s instanceof org.sanca.ast.With || s instanceof org.sanca.ast.Try || s instanceof org.sanca.ast.TryStar
                || s instanceof org.sanca.ast.FunctionDef || s instanceof org.sanca.ast.ClassDef
                || s instanceof org.sanca.ast.AsyncFunctionDef || s instanceof org.sanca.ast.AsyncFor
                || s instanceof org.sanca.ast.AsyncWith || s instanceof org.sanca.ast.Match;
    }

    /**
     * Compiles {@code source} in 'single' mode and runs it in {@code __main__}: expression
     * results go through {@code sys.displayhook}, errors through {@code sys.excepthook}.
     * Returns -1 to go on, or an exit status when the code raised {@code SystemExit}.
     */
    public int runInteractive(String source) {
        InterpreterState st = state();
        return st.runOn(thread, () -> {
            try {
                PyModule main = interactiveMain();
                PyCode code = Compile.compile(source, "<stdin>", "single", config.flags().optimize());
                st.importer().exec(code, main.getDict());
                flushStd();
                return -1;
            } catch (PyException e) {
                if (e.matches(PyExc.SystemExit)) {
                    return exitStatus(e.value());
                }
                printException(e.value());
                return -1;
            } catch (StackOverflowError | RuntimeException e) {
                printException(toPython(e).value());
                return -1;
            }
        });
    }

    /**
     * Sets {@code sys.ps1} and {@code sys.ps2} (unless the program set them), as CPython does
     * when it becomes interactive.
     */
    public void setPrompts(String ps1, String ps2) {
        InterpreterState st = state();
        st.runOn(thread, () -> {
            PyDict sys = st.sys().getDict();
            sys.setDefault(PyStr.of("ps1"), PyStr.of(ps1));
            sys.setDefault(PyStr.of("ps2"), PyStr.of(ps2));
            return null;
        });
    }

    /**
     * Runs {@code body} on this interpreter's main thread state, for a host that uses the
     * object protocols between statements (the prompt reads {@code sys.ps1}, completes names).
     */
    public <T> T call(java.util.function.Supplier<T> body) {
        return state().runOn(thread, body);
    }

    /**
     * Reports {@code e} as the prompt reports an exception raised outside any statement (a
     * {@code KeyboardInterrupt} while reading a line): through {@code sys.excepthook}.
     */
    public void report(PyBaseException e) {
        call(() -> {
            printException(e);
            return null;
        });
    }

    /** Runs {@code body}, turning an uncaught exception into CPython's report and exit status. */
    private int guarded(java.util.function.Supplier<Integer> body) {
        int status;
        try {
            status = body.get();
            flushStd();
        } catch (PyException e) {
            status = uncaught(e.value());
        } catch (StackOverflowError | RuntimeException e) {
            status = uncaught(toPython(e).value());
        }
        waitForThreads();
        // With -i the prompt follows and the exit functions wait for its end (runExitFunctions).
        if (!config.flags().inspect()) {
            ExitFunctions.of(state).runAll();
        }
        flushStd();
        return status;
    }

    /**
     * Calls the functions {@code atexit} registered, as {@code Py_FinalizeEx} does once the
     * program and the prompt that may follow it are done; they run once.
     */
    public void runExitFunctions() {
        call(() -> {
            ExitFunctions.of(state).runAll();
            flushStd();
            return null;
        });
    }

    /**
     * Waits for the threads the program started and did not make daemons, as CPython's
     * {@code Py_FinalizeEx} does through {@code threading._shutdown} when threading was imported.
     */
    private void waitForThreads() {
        PyObject threading = state.modules().getItem(PyStr.of("threading"));
        if (threading == null) {
            return;
        }
        try {
            PyObject shutdown = Abstract.lookupAttr(threading, PyStr.of("_shutdown"));
            if (shutdown != null) {
                Abstract.call(shutdown);
            }
        } catch (PyException e) {
            printException(e.value());
        }
    }

    private static PyException toPython(Throwable e) {
        if (e instanceof StackOverflowError) {
            return PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        return Ops.systemError((RuntimeException) e);
    }

    private int uncaught(PyBaseException e) {
        flushStd();
        // With -i (or PYTHONINSPECT) a SystemExit does not end the program: the prompt follows.
        if (e.type().isSubtype(PyExc.SystemExit) && !config.flags().inspect()) {
            return exitStatus(e);
        }
        printException(e);
        // CPython ends itself with SIGINT then, which a shell reports as 128 + 2.
        return e.type().isSubtype(PyExc.KeyboardInterrupt) ? 130 : 1;
    }

    /** Reports {@code e} through {@code sys.excepthook}, as {@code PyErr_Print} does. */
    private void printException(PyBaseException e) {
        flushStd();
        InterpreterState st = state;
        try {
            PyObject hook = Abstract.lookupAttr(st.sys(), PyStr.of("excepthook"));
            if (hook == null) {
                writeErr("sys.excepthook is missing\n");
                writeErr(TracebackPrinter.format(e, st.cwd()));
                return;
            }
            Abstract.call(hook, e.type(), e, e.traceback());
        } catch (PyException hookError) {
            writeErr("Error in sys.excepthook:\n");
            writeErr(TracebackPrinter.format(hookError.value(), st.cwd()));
            writeErr("\nOriginal exception was:\n");
            writeErr(TracebackPrinter.format(e, st.cwd()));
        }
        flushStd();
    }

    /** The exit status for an uncaught SystemExit: None is 0, an int is itself, else printed and 1. */
    private int exitStatus(PyBaseException e) {
        PyObject code = Abstract.lookupAttr(e, PyStr.of("code"));
        if (code == null) {
            PyTuple args = e.args();
            code = args.size() == 0 ? PyNone.NONE : args.size() == 1 ? args.get(0) : args;
        }
        if (code == PyNone.NONE) {
            return 0;
        }
        if (code instanceof PyInt i) {
            return i.isSmall() ? (int) i.value : -1;
        }
        flushStd();
        String text;
        try {
            text = Abstract.str(code).value();
        } catch (PyException ex) {
            text = "";
        }
        writeErr(text + "\n");
        flushStd();
        return 1;
    }

    private void writeErr(String text) {
        PyObject err = Abstract.lookupAttr(state.sys(), PyStr.of("stderr"));
        try {
            if (err != null && err != PyNone.NONE) {
                Abstract.callMethod(err, "write", PyStr.of(text));
                return;
            }
        } catch (PyException ignored) {
            // fall through to the configured stream, as CPython writes to the C stderr
        }
        config.stderr().print(text);
    }

    private void flushStd() {
        for (String name : new String[] {"stdout", "stderr"}) {
            try {
                PyObject s = Abstract.lookupAttr(state.sys(), PyStr.of(name));
                if (s != null && s != PyNone.NONE) {
                    Abstract.callMethod(s, "flush");
                }
            } catch (PyException ignored) {
                // CPython ignores errors flushing at this point too
            }
        }
        config.stdout().flush();
        config.stderr().flush();
    }

    private PyModule mainModule(String file) {
        PyModule main = new PyModule("__main__");
        PyDict d = main.getDict();
        d.setItem(PyStr.of("__builtins__"), state.builtins());
        if (file != null) {
            d.setItem(PyStr.of("__file__"), PyStr.of(file));
            d.setItem(PyStr.of("__cached__"), PyNone.NONE);
        }
        state.modules().setItem(PyStr.of("__main__"), main);
        return main;
    }

    /**
     * {@code __main__.__loader__} as CPython's {@code set_main_loader} sets it: a
     * SourceFileLoader for a script file, the BuiltinImporter class for code from {@code -c} or
     * stdin.
     */
    private void setMainLoader(PyModule main, String script) {
        PyObject loader;
        if (script != null) {
            PyObject external = state.importer().importModule("_frozen_importlib_external");
            loader = Abstract.callMethod(external, "SourceFileLoader", PyStr.of("__main__"), PyStr.of(script));
        } else {
            loader = Abstract.getAttr(state.importer().importModule("_frozen_importlib"), PyStr.of("BuiltinImporter"));
        }
        main.getDict().setItem(PyStr.of("__loader__"), loader);
    }

    private String scriptDir(String filename) {
        Path p = state.cwd().resolve(filename).toAbsolutePath();
        Path parent = p.getParent();
        return parent == null ? "/" : parent.toString();
    }

    private void setPath(String first) {
        state.importer().initPath(first);
    }
}
