package org.sanca.runtime.interp;

import java.nio.charset.StandardCharsets;
import java.util.concurrent.locks.ReentrantLock;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * The import statement: CPython's {@code Python/import.c} ({@code PyImport_ImportModuleLevelObject},
 * {@code IMPORT_FROM}, {@code import *}). Names already in {@code sys.modules} are served here;
 * finding and loading anything else is the Python-level machinery of {@code lib/_frozen_importlib.py}
 * and {@code lib/_frozen_importlib_external.py} ({@code sys.meta_path}, specs, loaders), set up on
 * the first import that needs it so a program that imports nothing does not pay for it. Their
 * frames are removed from tracebacks, as CPython removes importlib's.
 */
public final class Import {
    private static final PyStr NAME = PyStr.of("__name__");
    private static final PyStr PACKAGE = PyStr.of("__package__");
    private static final PyStr SPEC = PyStr.of("__spec__");
    private static final PyStr PATH = PyStr.of("__path__");
    private static final PyStr FILE = PyStr.of("__file__");
    private static final PyStr ALL = PyStr.of("__all__");
    private static final PyStr PARENT = PyStr.of("parent");
    private static final PyStr INITIALIZING = PyStr.of("_initializing");
    private static final PyStr IMPORT = PyStr.of("__import__");
    private static final String BOOTSTRAP = "_frozen_importlib";
    private static final String BOOTSTRAP_EXTERNAL = "_frozen_importlib_external";
    /** Frames of code whose file name starts so are importlib's own, hidden from tracebacks. */
    private static final String FROZEN = "<frozen importlib.";

    /** The {@code sys.path} entry of the standard library shipped in the runtime's resources, or null. */
    public static final String STDLIB_ENTRY = ModuleFiles.STDLIB_ENTRY;

    private final InterpreterState interp;
    /** CPython's global import lock: one thread at a time finds and loads modules. */
    private final ReentrantLock lock = new ReentrantLock();
    private volatile PyObject findAndLoad;
    private PyObject builtinImport;
    /** Bumped by {@code importlib.invalidate_caches()}, so namespace paths look again. */
    private volatile int pathEpoch;

    Import(InterpreterState interp) {
        this.interp = interp;
    }

    /** {@code IMPORT_NAME}: {@code __import__(name, globals, None, fromlist, level)}. */
    public PyObject importName(PyStr name, PyDict globals, PyObject fromlist, PyObject level) {
        PyObject hook = hookedImport(globals);
        if (hook != null) {
            return Abstract.call(hook, name, globals, PyNone.NONE, fromlist, level);
        }
        return importLevel(name, globals, fromlist, level);
    }

    /** A replaced {@code builtins.__import__} the import statement must call, or null. */
    private PyObject hookedImport(PyDict globals) {
        PyObject b = globals == null ? null : globals.getItem(Ops.BUILTINS);
        PyDict bd = b instanceof PyModule m ? m.getDict() : b instanceof PyDict d ? d : interp.builtins().getDict();
        PyObject current = bd.getItem(IMPORT);
        if (builtinImport == null) {
            builtinImport = interp.builtins().getDict().getItem(IMPORT);
        }
        if (current == null) {
            throw PyErr.format(PyExc.ImportError, "__import__ not found");
        }
        if (current == builtinImport || globals != null && isMachinery(globals.getItem(NAME))) {
            return null;
        }
        return current;
    }

    /** Whether module {@code name} is the import machinery itself, whose imports no hook sees. */
    private static boolean isMachinery(PyObject name) {
        return name instanceof PyStr s && (s.value().equals(BOOTSTRAP) || s.value().equals(BOOTSTRAP_EXTERNAL));
    }

    /** {@code builtins.__import__}: the import statement's semantics with explicit arguments. */
    public PyObject importLevel(PyStr name, PyObject globals, PyObject fromlist, PyObject level) {
        int lvl = level instanceof PyInt i ? (int) i.value : 0;
        if (lvl < 0) {
            throw PyErr.valueError("level must be >= 0");
        }
        String abs = lvl > 0 ? resolve(name.value(), globals, lvl) : name.value();
        if (abs.isEmpty()) {
            throw PyErr.valueError("Empty module name");
        }
        PyObject module = importModule(abs);
        boolean hasFromlist = fromlist != null && fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFromlist) {
            String n = name.value();
            int dot = n.indexOf('.');
            if (lvl == 0 && dot < 0 || n.isEmpty()) {
                return module;
            }
            if (lvl == 0) {
                return importModule(n.substring(0, dot));
            }
            if (dot < 0) {
                return module;
            }
            String top = abs.substring(0, abs.length() - (n.length() - dot));
            PyObject m = interp.modules().getItem(PyStr.of(top));
            if (m == null) {
                throw PyErr.format(PyExc.KeyError, "%s not in sys.modules as expected", top);
            }
            return m;
        }
        if (Abstract.lookupAttr(module, PATH) != null) {
            handleFromlist(module, abs, fromlist, false);
        }
        return module;
    }

    /** The absolute name of a relative import, as {@code resolve_name} in {@code import.c}. */
    private String resolve(String name, PyObject globalsObj, int level) {
        if (globalsObj == null || globalsObj == PyNone.NONE) {
            throw PyErr.format(PyExc.KeyError, "'__name__' not in globals");
        }
        if (!(globalsObj instanceof PyDict globals)) {
            throw PyErr.typeError("globals must be a dict");
        }
        PyObject pkg = globals.getItem(PACKAGE);
        PyObject spec = globals.getItem(SPEC);
        String packageName;
        if (pkg != null && pkg != PyNone.NONE) {
            if (!(pkg instanceof PyStr p)) {
                throw PyErr.typeError("package must be a string");
            }
            packageName = p.value();
        } else if (spec != null && spec != PyNone.NONE) {
            PyObject parent = Abstract.getAttr(spec, PARENT);
            if (!(parent instanceof PyStr p)) {
                throw PyErr.typeError("__spec__.parent must be a string");
            }
            packageName = p.value();
        } else {
            PyObject modName = globals.getItem(NAME);
            if (modName == null) {
                throw PyErr.format(PyExc.KeyError, "'__name__' not in globals");
            }
            if (!(modName instanceof PyStr m)) {
                throw PyErr.typeError("__name__ must be a string");
            }
            packageName = globals.getItem(PATH) != null ? m.value()
                    : m.value().contains(".") ? m.value().substring(0, m.value().lastIndexOf('.')) : "";
        }
        if (packageName.isEmpty()) {
            throw PyErr.format(PyExc.ImportError, "attempted relative import with no known parent package");
        }
        String base = packageName;
        for (int i = 1; i < level; i++) {
            int dot = base.lastIndexOf('.');
            if (dot < 0) {
                throw PyErr.format(PyExc.ImportError, "attempted relative import beyond top-level package");
            }
            base = base.substring(0, dot);
        }
        return name.isEmpty() ? base : base + "." + name;
    }

    /** {@code _handle_fromlist}: imports the submodules a from-import names that are not attributes. */
    private void handleFromlist(PyObject module, String abs, PyObject fromlist, boolean recursive) {
        PyObject it = Abstract.getIter(fromlist);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!(x instanceof PyStr s)) {
                String where = recursive ? abs + ".__all__" : "``from list''";
                throw PyErr.typeError("Item in %s must be str, not %s", where, PyErr.typeName(x));
            }
            if (s.value().equals("*")) {
                PyObject all = recursive ? null : Abstract.lookupAttr(module, ALL);
                if (all != null) {
                    handleFromlist(module, abs, all, true);
                }
                continue;
            }
            if (Abstract.lookupAttr(module, s) == null) {
                String sub = abs + "." + s.value();
                try {
                    importModule(sub);
                } catch (PyException e) {
                    if (!(e.matches(PyExc.ModuleNotFoundError) && sub.equals(nameOf(e.value()))
                            && interp.modules().getItem(PyStr.of(sub)) == null)) {
                        throw e;
                    }
                }
            }
        }
    }

    private static String nameOf(PyBaseException e) {
        PyObject n = Abstract.lookupAttr(e, PyStr.of("name"));
        return n instanceof PyStr s ? s.value() : null;
    }

    /** Imports {@code name} (absolute, dotted) and its parents; returns the module. */
    public PyObject importModule(String name) {
        PyStr key = PyStr.of(name);
        PyObject m = interp.modules().getItem(key);
        if (m != null && !initializing(m)) {
            if (m == PyNone.NONE) {
                throw notFound("import of " + name + " halted; None in sys.modules", name);
            }
            return m;
        }
        lock.lock();
        try {
            m = interp.modules().getItem(key);
            if (m == PyNone.NONE) {
                throw notFound("import of " + name + " halted; None in sys.modules", name);
            }
            if (m != null) {
                return m;
            }
            if (interp.auditing()) {
                PyModule sys = interp.sys();
                interp.audit(PyStr.of("import"), PyTuple.of(key, PyNone.NONE, sysAttr(sys, "path"),
                        sysAttr(sys, "meta_path"), sysAttr(sys, "path_hooks")));
            }
            return Abstract.call(bootstrap(), key);
        } catch (PyException e) {
            hideImportFrames(e.value());
            throw e;
        } finally {
            lock.unlock();
        }
    }

    private static PyObject sysAttr(PyModule sys, String name) {
        PyObject v = sys.getDict().getItem(PyStr.of(name));
        return v == null ? PyNone.NONE : v;
    }

    /** True while another thread runs the module's code (its spec's {@code _initializing}). */
    private boolean initializing(PyObject m) {
        if (!(m instanceof PyModule mod) || !lock.isLocked() || lock.isHeldByCurrentThread()) {
            return false;
        }
        PyObject spec = mod.getDict().getItem(SPEC);
        PyObject flag = spec == null || spec == PyNone.NONE ? null : Abstract.lookupAttr(spec, INITIALIZING);
        return flag != null && Abstract.isTrue(flag);
    }

    /**
     * The machinery's {@code _find_and_load}: on first use, runs {@code _frozen_importlib} and
     * {@code _frozen_importlib_external} from the standard library and fills {@code sys.meta_path}
     * and {@code sys.path_hooks}, as CPython's {@code _install} does at start-up.
     */
    private PyObject bootstrap() {
        PyObject f = findAndLoad;
        if (f != null) {
            return f;
        }
        if (interp.modules().getItem(PyStr.of("_imp")) == null) {
            interp.createNative("_imp");
        }
        PyModule core = runFrozen(BOOTSTRAP, "importlib._bootstrap");
        PyObject metaPath = Abstract.getAttr(interp.sys(), PyStr.of("meta_path"));
        Abstract.callMethod(metaPath, "append", core.getDict().getItem(PyStr.of("BuiltinImporter")));
        Abstract.call(core.getDict().getItem(PyStr.of("_setup")));
        PyModule external = runFrozen(BOOTSTRAP_EXTERNAL, "importlib._bootstrap_external");
        Abstract.call(external.getDict().getItem(PyStr.of("_install")));
        f = core.getDict().getItem(PyStr.of("_find_and_load"));
        findAndLoad = f;
        return f;
    }

    /** Runs the machinery's module {@code name} from the standard library, shown as {@code <frozen shown>}. */
    private PyModule runFrozen(String name, String shown) {
        String file = STDLIB_ENTRY == null ? null : STDLIB_ENTRY + "/" + name + ".py";
        String filename = "<frozen " + shown + ">";
        PyCode code = file == null ? null : ReadyCode.load(file, filename);
        if (code == null) {
            byte[] src = file == null ? null : ModuleFiles.read(interp.cwd(), file);
            if (src == null) {
                throw PyErr.format(PyExc.ImportError, "the import machinery (%s) is missing", name);
            }
            code = Compile.compile(new String(src, StandardCharsets.UTF_8), filename, "exec", 0);
        }
        PyModule m = new PyModule(name);
        PyStr key = PyStr.of(name);
        interp.modules().setItem(key, m);
        try {
            exec(code, m.getDict());
        } catch (PyException e) {
            interp.modules().delItem(key);
            throw e;
        }
        return m;
    }

    /** Removes importlib's frames from the exception's traceback (CPython's {@code remove_importlib_frames}). */
    static void hideImportFrames(PyBaseException e) {
        PyObject tb = e.traceback();
        if (!(tb instanceof PyTraceback) || !hasFrozen(tb)) {
            return;
        }
        java.util.ArrayList<PyTraceback> kept = new java.util.ArrayList<>();
        for (PyObject t = tb; t instanceof PyTraceback entry; t = entry.next) {
            if (!isFrozen(entry)) {
                kept.add(entry);
            }
        }
        PyObject rebuilt = null;
        for (int i = kept.size() - 1; i >= 0; i--) {
            PyTraceback k = kept.get(i);
            rebuilt = new PyTraceback(rebuilt, k.frame, k.lasti);
        }
        e.setTraceback(rebuilt == null ? PyNone.NONE : rebuilt);
    }

    private static boolean hasFrozen(PyObject tb) {
        for (PyObject t = tb; t instanceof PyTraceback entry; t = entry.next) {
            if (isFrozen(entry)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isFrozen(PyTraceback entry) {
        return entry.frame.code.unit.filename.startsWith(FROZEN);
    }

    /** Runs module code in namespace {@code globals} (also its locals), adding {@code __builtins__}. */
    public PyObject exec(PyCode code, PyDict globals) {
        if (globals.getItem(Ops.BUILTINS) == null) {
            globals.setItem(Ops.BUILTINS, interp.builtins());
        }
        PyFrame f = PyFrame.forBody(code, globals, globals, null);
        return Eval.run(ThreadState.current(), f);
    }

    /** {@code IMPORT_FROM}: {@code from module import name}. */
    public PyObject importFrom(PyObject module, PyStr name) {
        PyObject v = Abstract.lookupAttr(module, name);
        if (v != null) {
            return v;
        }
        PyObject modName = Abstract.lookupAttr(module, NAME);
        if (modName instanceof PyStr mn) {
            PyObject sub = interp.modules().getItem(PyStr.of(mn.value() + "." + name.value()));
            if (sub != null) {
                return sub;
            }
        }
        String mname = modName instanceof PyStr mn ? mn.value() : "<unknown module name>";
        PyObject file = Abstract.lookupAttr(module, FILE);
        String where = file instanceof PyStr f ? f.value() : "unknown location";
        String msg = specInitializing(module)
                ? String.format("cannot import name '%s' from partially initialized module '%s' "
                        + "(most likely due to a circular import) (%s)", name.value(), mname, where)
                : String.format("cannot import name '%s' from '%s' (%s)", name.value(), mname, where);
        PyException e = PyErr.format(PyExc.ImportError, "%s", msg);
        Abstract.setAttr(e.value(), PyStr.of("name"), modName instanceof PyStr ? modName : PyNone.NONE);
        Abstract.setAttr(e.value(), PyStr.of("name_from"), name);
        Abstract.setAttr(e.value(), PyStr.of("path"), file instanceof PyStr ? file : PyNone.NONE);
        throw e;
    }

    private static boolean specInitializing(PyObject module) {
        PyObject spec = Abstract.lookupAttr(module, SPEC);
        if (spec == null || spec == PyNone.NONE) {
            return false;
        }
        PyObject flag = Abstract.lookupAttr(spec, INITIALIZING);
        return flag != null && Abstract.isTrue(flag);
    }

    /** {@code from module import *} into the frame's namespace. */
    void importStar(PyFrame f, PyObject module) {
        if (f.locals == null) {
            throw PyErr.format(PyExc.SystemError, "no locals found during 'import *'");
        }
        PyObject all = Abstract.lookupAttr(module, ALL);
        boolean skipPrivate = all == null;
        PyObject names = all != null ? all : PyTuple.of(moduleDict(module).keysArray());
        PyObject it = Abstract.getIter(names);
        for (PyObject n = Abstract.next(it); n != null; n = Abstract.next(it)) {
            if (!(n instanceof PyStr s)) {
                throw PyErr.typeError("%s in %s.%s must be str, not %s", skipPrivate ? "Key" : "Item",
                        moduleName(module), skipPrivate ? "__dict__" : "__all__", PyErr.typeName(n));
            }
            if (skipPrivate && s.value().startsWith("_")) {
                continue;
            }
            Ops.storeName(f, s, Abstract.getAttr(module, s));
        }
    }

    private static PyDict moduleDict(PyObject module) {
        PyObject d = Abstract.lookupAttr(module, PyStr.of("__dict__"));
        if (d instanceof PyDict dict) {
            return dict;
        }
        throw PyErr.format(PyExc.ImportError, "from-import-* object has no __dict__ and no __all__");
    }

    private static String moduleName(PyObject module) {
        PyObject n = Abstract.lookupAttr(module, NAME);
        return n instanceof PyStr s ? s.value() : "?";
    }

    static PyException notFound(String msg, String name) {
        PyException e = PyErr.format(PyExc.ModuleNotFoundError, "%s", msg);
        Abstract.setAttr(e.value(), PyStr.of("name"), PyStr.of(name));
        return e;
    }

    /** The counter {@code importlib.invalidate_caches()} bumps. */
    public int pathEpoch() {
        return pathEpoch;
    }

    public void bumpPathEpoch() {
        pathEpoch++;
    }

    /** {@code sys.path} at start-up: {@code first} (unless -P), PYTHONPATH, the standard library. */
    void initPath(String first) {
        PyList path = (PyList) Abstract.getAttr(interp.sys(), PyStr.of("path"));
        InterpreterConfig config = interp.config();
        if (!config.flags().safePath() && first != null) {
            path.append(PyStr.of(first));
        }
        String pp = config.flags().ignoreEnvironment() ? null : config.env().get("PYTHONPATH");
        if (pp != null && !pp.isEmpty()) {
            for (String e : pp.split(":")) {
                if (!e.isEmpty()) {
                    path.append(PyStr.of(interp.cwd().resolve(e).normalize().toString()));
                }
            }
        }
        if (STDLIB_ENTRY != null) {
            path.append(PyStr.of(STDLIB_ENTRY));
        }
    }
}
