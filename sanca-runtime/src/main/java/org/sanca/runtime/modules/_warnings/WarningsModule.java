package org.sanca.runtime.modules._warnings;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.interp.PyFrame;
import org.sanca.runtime.interp.ThreadState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.ModuleImport;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code _warnings}: {@code warn} and {@code warn_explicit} in native code, as CPython's
 * {@code Python/_warnings.c}, so that a warning turned into an error by the filters is raised
 * from the caller's line with no frame of the warnings machinery in its traceback. The filter
 * state ({@code filters}, {@code defaultaction}, {@code onceregistry}, {@code _filters_version})
 * and the display ({@code _showwarnmsg}, {@code WarningMessage}) stay in {@code lib/warnings.py},
 * which this module reads on each warning, so Python code that edits them is obeyed.
 */
public final class WarningsModule implements NativeModule {
    private static final PyStr REGISTRY = PyStr.of("__warningregistry__");
    private static final PyStr NAME = PyStr.of("__name__");
    private static final PyStr VERSION = PyStr.of("version");

    /** The instance {@link java.util.ServiceLoader} makes. */
    public WarningsModule() {
    }

    @Override
    public String name() {
        return "_warnings";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        NativeModule.addFunctions(module, WarningsModule.class);
    }

    @PyMethod(value = "($module, /, message, category=None, stacklevel=1, source=None, *, skip_file_prefixes=<unrepresentable>)",
            doc = "Issue a warning, or maybe ignore it or raise an exception.")
    static PyObject warn(PyObject message, PyObject category, PyObject stacklevel, PyObject source,
                         PyObject skipFilePrefixes) {
        PyType cat = category(message, category);
        PyTuple skip = skipFilePrefixes == null ? PyTuple.EMPTY : prefixes(skipFilePrefixes);
        long level = Abstract.indexValue(stacklevel);
        if (skip.size() > 0) {
            level = Math.max(2, level);
        }
        PyFrame frame = caller(level, skip);
        PyDict globals;
        PyObject filename;
        int lineno;
        if (frame == null) {
            globals = InterpreterState.current().sys().getDict();
            filename = PyStr.of("sys");
            lineno = 1;
        } else {
            globals = frame.globals;
            filename = frame.code().filename();
            lineno = frame.lineno();
        }
        PyObject module = globals.getItem(NAME);
        PyObject registry = globals.setDefault(REGISTRY, new PyDict());
        warnExplicit(message, cat, filename, lineno, module == null ? PyStr.of("<string>") : module, registry,
                globals, source);
        return PyNone.NONE;
    }

    @PyMethod(value = "($module, /, message, category, filename, lineno, module=<unrepresentable>, registry=None, "
            + "module_globals=None, source=None)", doc = "Issue a warning, or maybe ignore it or raise an exception.")
    static PyObject warn_explicit(PyObject message, PyObject category, PyObject filename, PyObject lineno,
                                  PyObject module, PyObject registry, PyObject moduleGlobals, PyObject source) {
        PyObject mod = module;
        if (mod == null || mod == PyNone.NONE) {
            mod = moduleFromFilename(filename);
        }
        warnExplicit(message, category, filename, (int) Abstract.indexValue(lineno), mod,
                registry, moduleGlobals, source);
        return PyNone.NONE;
    }

    private static PyType category(PyObject message, PyObject category) {
        if (Abstract.isInstance(message, PyExc.Warning)) {
            return message.type();
        }
        if (category == null || category == PyNone.NONE) {
            return PyExc.UserWarning;
        }
        if (!(category instanceof PyType t) || !t.isSubtype(PyExc.Warning)) {
            throw PyErr.typeError("category must be a Warning subclass, not '%s'", PyErr.typeName(category));
        }
        return t;
    }

    private static PyTuple prefixes(PyObject skip) {
        if (!(skip instanceof PyTuple t)) {
            throw PyErr.typeError("warn() argument 'skip_file_prefixes' must be tuple, not %s", PyErr.typeName(skip));
        }
        return t;
    }

    private static PyObject moduleFromFilename(PyObject filename) {
        String f = filename instanceof PyStr s ? s.value() : "";
        if (f.isEmpty()) {
            return PyStr.of("<unknown>");
        }
        return PyStr.of(f.toLowerCase().endsWith(".py") ? f.substring(0, f.length() - 3) : f);
    }

    /** Frames of the import machinery, which a warning's stack level skips (CPython's rule). */
    private static boolean internal(PyFrame f) {
        String name = f.code().filename().value();
        return name.contains("importlib") && name.contains("_bootstrap");
    }

    private static boolean hidden(PyFrame f, PyTuple skip) {
        if (internal(f)) {
            return true;
        }
        String name = f.code().filename().value();
        for (int i = 0; i < skip.size(); i++) {
            if (skip.get(i) instanceof PyStr p && name.startsWith(p.value())) {
                return true;
            }
        }
        return false;
    }

    /** The frame {@code level} levels up from the caller of {@code warn}, or null above the top. */
    private static PyFrame caller(long level, PyTuple skip) {
        PyFrame frame = ThreadState.current().frame;
        if (frame == null) {
            return null;
        }
        if (level <= 1 || hidden(frame, skip)) {
            for (long i = 1; i < level && frame != null; i++) {
                frame = frame.back();
            }
            return frame;
        }
        for (long i = 1; i < level && frame != null; i++) {
            frame = frame.back();
            while (frame != null && hidden(frame, skip)) {
                frame = frame.back();
            }
        }
        return frame;
    }

    private static void warnExplicit(PyObject message, PyObject category, PyObject filename, int lineno,
                                     PyObject module, PyObject registry, PyObject moduleGlobals, PyObject source) {
        PyObject warnings = ModuleImport.importModule("warnings");
        PyDict reg = registry instanceof PyDict r ? r : new PyDict();
        PyObject version = Abstract.getAttr(warnings, PyStr.of("_filters_version"));
        PyObject seen = reg.getItem(VERSION);
        if (seen == null || !Abstract.richCompareBool(seen, version, CompareOp.EQ)) {
            reg.clear();
            reg.setItem(VERSION, version);
        }
        PyObject text;
        if (Abstract.isInstance(message, PyExc.Warning)) {
            text = Abstract.str(message);
            category = message.type();
        } else {
            text = message;
            message = Abstract.call(category, message);
        }
        PyObject key = PyTuple.of(text, category, PyInt.of(lineno));
        PyObject already = reg.getItem(key);
        if (already != null && Abstract.isTrue(already)) {
            return;
        }
        String action = action(warnings, text, category, module, lineno);
        if (!shouldShow(action, warnings, reg, key, text, category, message)) {
            return;
        }
        if (moduleGlobals != null && moduleGlobals != PyNone.NONE) {
            Abstract.callMethod(ModuleImport.importModule("linecache"), "getlines", filename, moduleGlobals);
        }
        PyObject msg = Abstract.call(Abstract.getAttr(warnings, PyStr.of("WarningMessage")), new PyObject[] {message, category,
                filename, PyInt.of(lineno), source == null ? PyNone.NONE : source}, new String[] {"source"});
        Abstract.callMethod(warnings, "_showwarnmsg", msg);
    }

    /** The action of the first filter that matches, else the default action. */
    private static String action(PyObject warnings, PyObject text, PyObject category, PyObject module, int lineno) {
        PyObject filters = Abstract.getAttr(warnings, PyStr.of("filters"));
        PyObject it = Abstract.getIter(filters);
        for (PyObject item = Abstract.next(it); item != null; item = Abstract.next(it)) {
            if (!(item instanceof PyTuple t) || t.size() != 5) {
                throw PyErr.valueError("_warnings.filters item %s isn't a 5-tuple", Abstract.repr(item).value());
            }
            long ln = Abstract.indexValue(t.get(4));
            if (matches(t.get(1), text) && Abstract.isSubclass(category, t.get(2)) && matches(t.get(3), module)
                    && (ln == 0 || ln == lineno)) {
                return actionName(t.get(0), item);
            }
        }
        return actionName(Abstract.getAttr(warnings, PyStr.of("defaultaction")), null);
    }

    private static String actionName(PyObject action, PyObject item) {
        if (!(action instanceof PyStr s)) {
            throw PyErr.typeError("action must be a string, not '%s'", PyErr.typeName(action));
        }
        String a = s.value();
        return switch (a) {
            case "error", "ignore", "always", "default", "module", "once" -> a;
            default -> throw PyErr.format(PyExc.RuntimeError, "Unrecognized action (%s) in warnings.filters:\n %s",
                    Abstract.repr(action).value(), item == null ? "" : Abstract.repr(item).value());
        };
    }

    /** A filter's pattern: None matches anything, a str must be equal, else a compiled pattern's match. */
    private static boolean matches(PyObject pattern, PyObject text) {
        if (pattern == PyNone.NONE) {
            return true;
        }
        if (pattern instanceof PyStr p) {
            return text instanceof PyStr t && p.value().equals(t.value());
        }
        return Abstract.callMethod(pattern, "match", text) != PyNone.NONE;
    }

    /** Applies {@code action}: raises for "error", records what was shown, says whether to show. */
    private static boolean shouldShow(String action, PyObject warnings, PyDict reg, PyObject key, PyObject text,
                                      PyObject category, PyObject message) {
        switch (action) {
            case "ignore":
                return false;
            case "error":
                throw ((PyBaseException) message).toJava();
            case "once": {
                reg.setItem(key, PyInt.of(1));
                PyObject once = Abstract.getAttr(warnings, PyStr.of("onceregistry"));
                PyObject onceKey = PyTuple.of(text, category);
                if (Abstract.contains(once, onceKey) && Abstract.isTrue(Abstract.getItem(once, onceKey))) {
                    return false;
                }
                Abstract.setItem(once, onceKey, PyInt.of(1));
                return true;
            }
            case "module": {
                reg.setItem(key, PyInt.of(1));
                PyObject altKey = PyTuple.of(text, category, PyInt.of(0));
                PyObject got = reg.getItem(altKey);
                if (got != null && Abstract.isTrue(got)) {
                    return false;
                }
                reg.setItem(altKey, PyInt.of(1));
                return true;
            }
            case "default":
                reg.setItem(key, PyInt.of(1));
                return true;
            default:
                return true;
        }
    }
}
