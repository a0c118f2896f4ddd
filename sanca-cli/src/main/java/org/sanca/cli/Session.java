package org.sanca.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.sanca.runtime.interp.Interpreter;
import org.sanca.runtime.interp.InterpreterConfig;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.StrHash;
import org.sanca.runtime.types.PyType;

/**
 * One run of a parsed command line: builds the interpreter's configuration (flags from options
 * and {@code PYTHON*} variables, as {@code Python/initconfig.c} does) and runs the program, then
 * the prompt when {@code -i} asks for it, as {@code pymain_run_python} does.
 */
final class Session {
    private final CommandLine line;
    private final String program;
    private final String[] words;
    private final InputStream in;
    private final PrintStream out;
    private final PrintStream err;
    private final Path cwd;
    private final Map<String, String> env;
    private final Tty terminal;

    Session(CommandLine line, String program, String[] words, InputStream in, PrintStream out, PrintStream err,
            Path cwd, Map<String, String> env, Tty terminal) {
        this.line = line;
        this.program = program;
        this.words = words;
        this.in = in;
        this.out = out;
        this.err = err;
        this.cwd = cwd;
        this.env = env;
        this.terminal = terminal;
    }

    int run() {
        InterpreterConfig config;
        try {
            config = config();
        } catch (StartupError e) {
            err.print(e.report());
            return 1;
        }
        Interpreter interpreter = new Interpreter(config);
        if (terminal.signals()) {
            Signals.onInterrupt(interpreter::interrupt);
        }
        try {
            boolean interactive = terminal.stdin() || line.inspect;
            int status = switch (line.source) {
                case COMMAND -> interpreter.runMain(line.program, "<string>");
                case MODULE -> interpreter.runModuleAsMain(line.program);
                case FILE -> runFile(interpreter);
                case STDIN -> {
                    if (!interactive) {
                        yield interpreter.runMain(new String(in.readAllBytes(), StandardCharsets.UTF_8), "<stdin>");
                    }
                    if (!line.quiet) {
                        err.println(Help.banner());
                    }
                    int startup = runStartup(interpreter);
                    yield startup >= 0 ? startup : prompt(interpreter);
                }
            };
            if (line.source != CommandLine.Source.STDIN && config.flags().inspect() && interactive) {
                return prompt(interpreter);
            }
            return status;
        } catch (IOException e) {
            err.println(program + ": error reading standard input: " + e.getMessage());
            return 1;
        }
    }

    /** The prompt over the terminal when standard input and output are one, else over the pipe. */
    private int prompt(Interpreter interpreter) throws IOException {
        try {
            if (!terminal.lineEditing()) {
                return new Repl(interpreter, new PipeInput(in, out, err)).run();
            }
            Path history = Path.of(env.getOrDefault("HOME", System.getProperty("user.home")), ".sanca_history");
            try (TerminalInput input = TerminalInput.open(new Completion(interpreter), history, interpreter::interrupt,
                    out, err)) {
                return new Repl(interpreter, input).run();
            }
        } finally {
            interpreter.runExitFunctions();
        }
    }

    /**
     * Runs the file {@code PYTHONSTARTUP} names in {@code __main__} before the first prompt, as
     * {@code pymain_run_startup} does; returns -1 to go on to the prompt, or an exit status.
     */
    private int runStartup(Interpreter interpreter) {
        String startup = variable("PYTHONSTARTUP");
        if (startup == null || startup.isEmpty()) {
            return -1;
        }
        Path path = cwd.resolve(startup);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            err.println("Could not open PYTHONSTARTUP");
            interpreter.report(interpreter.call(() -> errnoException(e, startup)));
            return -1;
        }
        return interpreter.runStartup(new String(bytes, StandardCharsets.UTF_8), startup);
    }

    private int runFile(Interpreter interpreter) {
        Path path = Path.of(absolute(line.program));
        String filename = line.program;
        if (Files.isDirectory(path)) {
            Path main = path.resolve("__main__.py");
            if (!Files.isRegularFile(main)) {
                err.println(program + ": can't find '__main__' module in " + quoted(path.toString()));
                return 1;
            }
            path = main;
            filename = Path.of(line.program).resolve("__main__.py").toString();
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(path);
        } catch (IOException e) {
            err.println(program + ": can't open file " + quoted(path.toString()) + ": " + errno(e));
            return 2;
        }
        String source = new String(bytes, StandardCharsets.UTF_8);
        if (line.skipFirstLine) {
            int newline = source.indexOf('\n');
            source = newline < 0 ? "" : source.substring(newline);
        }
        return interpreter.runMain(source, filename);
    }

    /** The file name made absolute as CPython's {@code _Py_abspath} does: joined, not normalized. */
    private String absolute(String name) {
        if (Path.of(name).isAbsolute()) {
            return name;
        }
        String rest = name;
        while (rest.startsWith("./")) {
            rest = rest.substring(2);
        }
        return rest.isEmpty() || rest.equals(".") ? cwd.toString() : cwd.resolve(rest).toString();
    }

    /** The {@code OSError} CPython reports when it cannot open {@code name}. */
    private static PyBaseException errnoException(IOException e, String name) {
        PyType type = e instanceof NoSuchFileException ? PyExc.FileNotFoundError
                : e instanceof AccessDeniedException ? PyExc.PermissionError : PyExc.OSError;
        String text = errno(e);
        int close = text.indexOf(']');
        return (PyBaseException) Abstract.call(type, PyInt.of(Integer.parseInt(text.substring(7, close))),
                PyStr.of(text.substring(close + 2)), PyStr.of(name));
    }

    private static String errno(IOException e) {
        if (e instanceof NoSuchFileException) {
            return "[Errno 2] No such file or directory";
        }
        if (e instanceof AccessDeniedException) {
            return "[Errno 13] Permission denied";
        }
        return "[Errno 5] Input/output error";
    }

    /** A file name as Python's {@code repr} shows it in these messages. */
    private static String quoted(String name) {
        return name.indexOf('\'') >= 0 && name.indexOf('"') < 0 ? '"' + name + '"' : '\'' + name + '\'';
    }

    InterpreterConfig config() throws StartupError {
        List<String> origArgv = new ArrayList<>();
        origArgv.add(program);
        Collections.addAll(origArgv, words);
        Long hashSeed = hashSeed();
        if (hashSeed != null && terminal.process()) {
            StrHash.seed(hashSeed);
        }
        InterpreterConfig.Flags flags = new InterpreterConfig.Flags(
                line.inspect || fromEnv("PYTHONINSPECT"),
                line.quiet,
                line.unbuffered || fromEnv("PYTHONUNBUFFERED"),
                line.ignoreEnvironment,
                line.isolated,
                line.noUserSite || fromEnv("PYTHONNOUSERSITE"),
                line.noSite,
                line.dontWriteBytecode || fromEnv("PYTHONDONTWRITEBYTECODE"),
                Math.max(line.optimize, levelFromEnv("PYTHONOPTIMIZE")),
                line.safePath || fromEnv("PYTHONSAFEPATH"),
                warnOptions(),
                Collections.unmodifiableMap(new LinkedHashMap<>(line.xoptions)),
                Math.max(line.verbose, levelFromEnv("PYTHONVERBOSE")),
                line.bytesWarning,
                devMode(),
                line.inspect,
                Math.max(line.debug, levelFromEnv("PYTHONDEBUG")),
                utf8Mode(),
                hashSeed == null || hashSeed != 0,
                intMaxStrDigits());
        return new InterpreterConfig(List.copyOf(line.args), List.copyOf(origArgv), cwd, env, in, out, err, flags);
    }

    /** {@code PYTHONHASHSEED}: null when absent or {@code random}, else the seed CPython accepts. */
    private Long hashSeed() throws StartupError {
        String value = variable("PYTHONHASHSEED");
        if (value == null || value.isEmpty() || value.equals("random")) {
            return null;
        }
        try {
            long seed = Long.parseLong(value);
            if (seed >= 0 && seed <= 0xFFFF_FFFFL) {
                return seed;
            }
        } catch (NumberFormatException e) {
            // reported below as CPython reports it
        }
        throw new StartupError("config_init_hash_seed",
                "PYTHONHASHSEED must be \"random\" or an integer in range [0; 4294967295]");
    }

    /** {@code -X int_max_str_digits} or else {@code PYTHONINTMAXSTRDIGITS}: -1 when neither is given. */
    private int intMaxStrDigits() throws StartupError {
        String option = line.xoptions.get("int_max_str_digits");
        if (line.xoptions.containsKey("int_max_str_digits")) {
            return digitsLimit(option, "-X int_max_str_digits");
        }
        String value = variable("PYTHONINTMAXSTRDIGITS");
        return value == null ? -1 : digitsLimit(value, "PYTHONINTMAXSTRDIGITS");
    }

    private static int digitsLimit(String value, String source) throws StartupError {
        try {
            int limit = Integer.parseInt(value == null ? "" : value);
            if (limit == 0 || limit >= 640) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below as CPython reports it
        }
        throw new StartupError("config_init_int_max_str_digits",
                source + ": invalid limit; must be >= 640 or 0 for unlimited.");
    }

    /** UTF-8 mode: {@code -X utf8} (or {@code -X utf8=1}), else {@code PYTHONUTF8=1}. */
    private boolean utf8Mode() {
        if (line.xoptions.containsKey("utf8")) {
            return !"0".equals(line.xoptions.get("utf8"));
        }
        return "1".equals(variable("PYTHONUTF8"));
    }

    /** A {@code PYTHON*} variable, or null when it is unset or {@code -E} ignores the environment. */
    private String variable(String name) {
        return line.ignoreEnvironment ? null : env.get(name);
    }

    private boolean devMode() {
        return line.xoptions.containsKey("dev") || fromEnv("PYTHONDEVMODE");
    }

    /** {@code sys.warnoptions} in CPython's order: dev mode, PYTHONWARNINGS, -W, then -b. */
    private List<String> warnOptions() {
        List<String> options = new ArrayList<>();
        if (devMode()) {
            options.add("default");
        }
        String fromEnv = variable("PYTHONWARNINGS");
        if (fromEnv != null) {
            for (String option : fromEnv.split(",")) {
                if (!option.isEmpty()) {
                    options.add(option);
                }
            }
        }
        options.addAll(line.warnOptions);
        if (line.bytesWarning > 0) {
            options.add(line.bytesWarning > 1 ? "error::BytesWarning" : "default::BytesWarning");
        }
        return List.copyOf(options);
    }

    private boolean fromEnv(String name) {
        return levelFromEnv(name) > 0;
    }

    /** A PYTHON* variable's level as {@code _Py_get_env_flag} reads it: its number, or 1 if it is no number. */
    private int levelFromEnv(String name) {
        String value = variable(name);
        if (value == null || value.isEmpty()) {
            return 0;
        }
        try {
            int level = Integer.parseInt(value.strip());
            return level < 0 ? 1 : level;
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
