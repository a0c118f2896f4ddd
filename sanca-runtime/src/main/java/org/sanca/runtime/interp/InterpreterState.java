package org.sanca.runtime.interp;

import java.nio.file.Path;

import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyStr;

/**
 * One interpreter's state: CPython's {@code PyInterpreterState} ({@code Python/pystate.c}).
 * Everything per program lives here ({@code sys}, {@code builtins}, {@code sys.modules}, the
 * recursion limit, the working directory), never in static fields, so several interpreters can
 * share a JVM. Code finds the state of the interpreter running on its thread with
 * {@link #current()}.
 */
public final class InterpreterState {
    private final InterpreterConfig config;
    private final PyDict modules = new PyDict();
    private final PyModule builtins;
    private final PyModule sys;
    private final Import importer;
    private volatile int recursionLimit = 1000;
    private volatile Path cwd;
    private final java.util.concurrent.ConcurrentHashMap<Class<?>, Object> moduleStates =
            new java.util.concurrent.ConcurrentHashMap<>();

    public InterpreterState(InterpreterConfig config) {
        this.config = config;
        this.cwd = config.cwd();
        ThreadState ts = new ThreadState(this);
        ThreadState old = ThreadState.attach(ts);
        try {
            this.builtins = org.sanca.runtime.builtins.BuiltinsModule.create();
            if (!config.flags().noSite()) {
                org.sanca.runtime.builtins.SiteBuiltins.install(builtins);
            }
            modules.setItem(PyStr.of("builtins"), builtins);
            this.sys = createNative("sys");
            this.importer = new Import(this);
        } finally {
            ThreadState.restore(old);
        }
    }

    static {
        org.sanca.runtime.objects.IntParse.maxStrDigits = () -> {
            InterpreterState s = current();
            return s == null ? org.sanca.runtime.objects.IntParse.DEFAULT_MAX_STR_DIGITS : s.intMaxStrDigits;
        };
    }

    private volatile int intMaxStrDigits = org.sanca.runtime.objects.IntParse.DEFAULT_MAX_STR_DIGITS;

    /** {@code sys.get_int_max_str_digits()}: 0 means no limit. */
    public int intMaxStrDigits() {
        return intMaxStrDigits;
    }

    public void setIntMaxStrDigits(int digits) {
        this.intMaxStrDigits = digits;
    }

    /** The interpreter running on this thread, or null when none is. */
    public static InterpreterState current() {
        ThreadState ts = ThreadState.current();
        return ts == null ? null : ts.interp;
    }

    public InterpreterConfig config() {
        return config;
    }

    public PyModule sys() {
        return sys;
    }

    public PyModule builtins() {
        return builtins;
    }

    /** {@code sys.modules}. */
    public PyDict modules() {
        return modules;
    }

    public Import importer() {
        return importer;
    }

    public int recursionLimit() {
        return recursionLimit;
    }

    public void setRecursionLimit(int limit) {
        this.recursionLimit = limit;
    }

    /** The working directory relative paths resolve against ({@code os.getcwd()}). */
    public Path cwd() {
        return cwd;
    }

    public void setCwd(Path cwd) {
        this.cwd = cwd;
    }

    /** {@code sys.builtin_module_names}: the native modules of this build, sorted. */
    public static java.util.List<String> builtinModuleNames() {
        java.util.List<String> out = new java.util.ArrayList<>();
        out.add("builtins");
        NativeModules.names().forEach(out::add);
        java.util.Collections.sort(out);
        return out;
    }

    /**
     * The state native module class {@code owner} keeps for this interpreter (CPython's module
     * state), made by {@code make} on first use: an open-file table, the environment children see.
     */
    public <T> T moduleState(Class<T> owner, java.util.function.Supplier<T> make) {
        return owner.cast(moduleStates.computeIfAbsent(owner, k -> make.get()));
    }

    /** A new thread state of this interpreter, for a thread about to run Python code. */
    public ThreadState newThreadState() {
        return new ThreadState(this);
    }

    /**
     * Makes native module {@code name} and enters it in {@code sys.modules}; a module this build
     * lacks is an empty one.
     */
    PyModule createNative(String name) {
        PyModule m = new PyModule(name);
        modules.setItem(PyStr.of(name), m);
        NativeModule def = NativeModules.find(name);
        if (def != null) {
            def.init(m, this);
        }
        return m;
    }

    /** Runs {@code body} with {@code ts} as this thread's state, restoring the previous one after. */
    public <T> T runOn(ThreadState ts, java.util.function.Supplier<T> body) {
        ThreadState old = ThreadState.attach(ts);
        try {
            return body.get();
        } finally {
            ThreadState.restore(old);
        }
    }
}
