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
        if (config.flags().intMaxStrDigits() >= 0) {
            this.intMaxStrDigits = config.flags().intMaxStrDigits();
        }
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

    private volatile double switchInterval = 0.005;
    /** {@code sys.addaudithook}'s hooks; copied on write, as hooks are read far more than added. */
    private volatile org.sanca.runtime.objects.PyObject[] auditHooks = new org.sanca.runtime.objects.PyObject[0];

    /** {@code sys.getswitchinterval()}: kept for programs that read it back; threads are the JVM's. */
    public double switchInterval() {
        return switchInterval;
    }

    public void setSwitchInterval(double seconds) {
        this.switchInterval = seconds;
    }

    /** Whether any audit hook is installed, so callers build event arguments only then. */
    public boolean auditing() {
        return auditHooks.length > 0;
    }

    public synchronized void addAuditHook(org.sanca.runtime.objects.PyObject hook) {
        org.sanca.runtime.objects.PyObject[] h = java.util.Arrays.copyOf(auditHooks, auditHooks.length + 1);
        h[h.length - 1] = hook;
        auditHooks = h;
    }

    /** {@code PySys_Audit}: calls every hook with {@code (event, args)}; a hook's exception propagates. */
    public void audit(org.sanca.runtime.objects.PyObject event, org.sanca.runtime.objects.PyTuple args) {
        for (org.sanca.runtime.objects.PyObject hook : auditHooks) {
            org.sanca.runtime.objects.Abstract.call(hook, event, args);
        }
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

    /** Whether {@code name} is a native module of this build ({@code _imp.is_builtin}). */
    public static boolean isBuiltin(String name) {
        return name.equals("builtins") || NativeModules.find(name) != null;
    }

    /**
     * A native module for {@code _imp.create_builtin}: {@code sys} and {@code builtins} are the
     * interpreter's own; others are made new (not entered in {@code sys.modules}); null if unknown.
     */
    public PyModule createBuiltin(String name) {
        if (name.equals("sys")) {
            return sys;
        }
        if (name.equals("builtins")) {
            return builtins;
        }
        NativeModule def = NativeModules.find(name);
        if (def == null) {
            return null;
        }
        PyModule m = new PyModule(name);
        def.init(m, this);
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
