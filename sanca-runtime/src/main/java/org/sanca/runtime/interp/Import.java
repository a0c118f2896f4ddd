package org.sanca.runtime.interp;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.sanca.runtime.modules.NativeModule;
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
 * The import system: CPython's {@code Python/import.c} and the path-based finder of
 * {@code importlib._bootstrap_external}, for native modules (see {@link NativeModule}) and
 * source modules and packages found on {@code sys.path} or a package's {@code __path__}.
 * The standard library's Python modules are a {@code sys.path} entry inside the runtime's
 * resources ({@code lib/}).
 */
public final class Import {
    private static final PyStr NAME = PyStr.of("__name__");
    private static final PyStr PACKAGE = PyStr.of("__package__");
    private static final PyStr PATH = PyStr.of("__path__");
    private static final PyStr FILE = PyStr.of("__file__");
    private static final PyStr ALL = PyStr.of("__all__");

    /** The {@code sys.path} entry of the standard library shipped in the runtime's resources, or null. */
    public static final String STDLIB_ENTRY = stdlibEntry();

    private final InterpreterState interp;
    /** Names of the modules whose code is running now (CPython's {@code __spec__._initializing}). */
    private final java.util.Set<String> initializing = java.util.concurrent.ConcurrentHashMap.newKeySet();

    Import(InterpreterState interp) {
        this.interp = interp;
    }

    private static String stdlibEntry() {
        URL u = Import.class.getClassLoader().getResource("lib");
        if (u == null) {
            return null;
        }
        if (u.getProtocol().equals("file")) {
            try {
                return Path.of(u.toURI()).toString();
            } catch (java.net.URISyntaxException e) {
                return u.toString();
            }
        }
        return u.toString();
    }

    /** {@code IMPORT_NAME}: {@code __import__(name, globals, None, fromlist, level)}. */
    public PyObject importName(PyStr name, PyDict globals, PyObject fromlist, PyObject level) {
        int lvl = level instanceof PyInt i ? (int) i.value : 0;
        String abs = lvl > 0 ? resolve(name.value(), globals, lvl) : name.value();
        if (abs.isEmpty()) {
            throw PyErr.valueError("Empty module name");
        }
        PyObject module = importModule(abs);
        boolean hasFromlist = fromlist != PyNone.NONE && Abstract.isTrue(fromlist);
        if (!hasFromlist) {
            if (lvl == 0 || !name.value().isEmpty()) {
                int dot = name.value().indexOf('.');
                if (dot < 0) {
                    return module;
                }
                String top = abs.substring(0, abs.length() - (name.value().length() - dot));
                return interp.modules().getItem(PyStr.of(top));
            }
            return module;
        }
        if (Abstract.lookupAttr(module, PATH) != null) {
            handleFromlist(module, abs, fromlist);
        }
        return module;
    }

    private String resolve(String name, PyDict globals, int level) {
        PyObject pkg = globals.getItem(PACKAGE);
        String packageName;
        if (pkg instanceof PyStr p) {
            packageName = p.value();
        } else {
            PyObject modName = globals.getItem(NAME);
            if (!(modName instanceof PyStr m)) {
                throw PyErr.format(PyExc.ImportError, "attempted relative import with no known parent package");
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

    private void handleFromlist(PyObject module, String abs, PyObject fromlist) {
        PyObject it = Abstract.getIter(fromlist);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!(x instanceof PyStr s)) {
                throw PyErr.typeError("Item in %s.__all__ must be str, not %s", abs, PyErr.typeName(x));
            }
            if (s.value().equals("*")) {
                PyObject all = Abstract.lookupAttr(module, ALL);
                if (all != null) {
                    handleFromlist(module, abs, all);
                }
                continue;
            }
            if (Abstract.lookupAttr(module, s) == null) {
                String sub = abs + "." + s.value();
                try {
                    importModule(sub);
                } catch (PyException e) {
                    if (!(e.matches(PyExc.ModuleNotFoundError) && sub.equals(nameOf(e.value())))) {
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
        PyDict modules = interp.modules();
        PyObject m = modules.getItem(PyStr.of(name));
        if (m != null) {
            if (m == PyNone.NONE) {
                throw notFound("import of " + name + " halted; None in sys.modules", name);
            }
            return m;
        }
        int dot = name.lastIndexOf('.');
        PyObject parent = null;
        PyObject path;
        if (dot >= 0) {
            String parentName = name.substring(0, dot);
            parent = importModule(parentName);
            m = modules.getItem(PyStr.of(name));
            if (m != null) {
                return m;
            }
            path = Abstract.lookupAttr(parent, PATH);
            if (path == null) {
                throw notFound("No module named '" + name + "'; '" + parentName + "' is not a package", name);
            }
        } else {
            NativeModule nm = NativeModules.find(name);
            if (nm != null) {
                return interp.createNative(name);
            }
            path = Abstract.getAttr(interp.sys(), PyStr.of("path"));
        }
        PyObject loaded = findAndLoad(name, path);
        if (parent != null) {
            Abstract.setAttr(parent, PyStr.of(name.substring(dot + 1)), loaded);
        }
        return loaded;
    }

    private PyObject findAndLoad(String name, PyObject path) {
        String last = name.substring(name.lastIndexOf('.') + 1);
        PyObject it = Abstract.getIter(path);
        for (PyObject e = Abstract.next(it); e != null; e = Abstract.next(it)) {
            if (!(e instanceof PyStr entry)) {
                continue;
            }
            String dir = entry.value();
            String init = join(dir, last, "__init__.py");
            String src = read(init);
            if (src != null) {
                return load(name, init, src, join(dir, last, null));
            }
            String file = join(dir, last + ".py", null);
            src = read(file);
            if (src != null) {
                return load(name, file, src, null);
            }
        }
        throw notFound("No module named '" + name + "'", name);
    }

    private static String join(String dir, String name, String child) {
        String sep = dir.isEmpty() || dir.endsWith("/") ? "" : "/";
        String p = dir + sep + name;
        return child == null ? p : p + "/" + child;
    }

    /** The text of a source file (a path, or a resource URL), or null when there is none. */
    private String read(String location) {
        try {
            if (location.startsWith("jar:") || location.startsWith("file:")) {
                try (InputStream in = new URL(location).openStream()) {
                    return new String(in.readAllBytes(), StandardCharsets.UTF_8);
                } catch (IOException e) {
                    return null;
                }
            }
            Path p = location.isEmpty() || location.startsWith("/") ? Path.of(location)
                    : interp.cwd().resolve(location.startsWith("/") ? location : location);
            if (!Files.isRegularFile(p)) {
                return null;
            }
            return Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException | java.nio.file.InvalidPathException e) {
            return null;
        }
    }

    private PyObject load(String name, String file, String source, String packageDir) {
        PyModule m = new PyModule(name);
        PyDict d = m.getDict();
        d.setItem(FILE, PyStr.of(file));
        if (packageDir != null) {
            d.setItem(PATH, new PyList(new PyObject[] {PyStr.of(packageDir)}));
            d.setItem(PACKAGE, PyStr.of(name));
        } else {
            int dot = name.lastIndexOf('.');
            d.setItem(PACKAGE, PyStr.of(dot < 0 ? "" : name.substring(0, dot)));
        }
        PyStr key = PyStr.of(name);
        interp.modules().setItem(key, m);
        initializing.add(name);
        try {
            exec(Compile.compile(source, file, "exec", interp.config().flags().optimize()), d);
        } catch (PyException e) {
            interp.modules().delItem(key);
            throw e;
        } finally {
            initializing.remove(name);
        }
        PyObject result = interp.modules().getItem(key);
        if (result == null) {
            throw PyErr.format(PyExc.ImportError, "Loaded module %s not found in sys.modules", name);
        }
        return result;
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
        String msg = initializing.contains(mname)
                ? String.format("cannot import name '%s' from partially initialized module '%s' "
                        + "(most likely due to a circular import) (%s)", name.value(), mname, where)
                : String.format("cannot import name '%s' from '%s' (%s)", name.value(), mname, where);
        PyException e = PyErr.format(PyExc.ImportError, "%s", msg);
        Abstract.setAttr(e.value(), PyStr.of("name"), PyStr.of(mname));
        Abstract.setAttr(e.value(), PyStr.of("name_from"), name);
        Abstract.setAttr(e.value(), PyStr.of("path"), file instanceof PyStr ? file : PyNone.NONE);
        throw e;
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
                throw PyErr.typeError("%s in %s.__all__ must be str, not %s",
                        skipPrivate ? "Key" : "Item", moduleName(module), PyErr.typeName(n));
            }
            if (skipPrivate && s.value().startsWith("_")) {
                continue;
            }
            Ops.storeName(f, s, Abstract.getAttr(module, s));
        }
    }

    private static PyDict moduleDict(PyObject module) {
        PyObject d = Abstract.getAttr(module, PyStr.of("__dict__"));
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

    /**
     * The source file of module {@code name} for {@code -m}: a package runs its {@code __main__}.
     * Returns {file, source} or raises ModuleNotFoundError.
     */
    String[] findSource(String name) {
        int dot = name.lastIndexOf('.');
        PyObject path;
        if (dot >= 0) {
            PyObject parent = importModule(name.substring(0, dot));
            path = Abstract.lookupAttr(parent, PATH);
            if (path == null) {
                throw notFound("No module named '" + name + "'", name);
            }
        } else {
            path = Abstract.getAttr(interp.sys(), PyStr.of("path"));
        }
        String last = name.substring(dot + 1);
        PyObject it = Abstract.getIter(path);
        for (PyObject e = Abstract.next(it); e != null; e = Abstract.next(it)) {
            if (!(e instanceof PyStr entry)) {
                continue;
            }
            if (read(join(entry.value(), last, "__init__.py")) != null) {
                importModule(name);
                return findSource(name + ".__main__");
            }
            String file = join(entry.value(), last + ".py", null);
            String src = read(file);
            if (src != null) {
                return new String[] {file, src};
            }
        }
        throw notFound("No module named '" + name + "'", name);
    }
}
