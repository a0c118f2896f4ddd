package org.sanca.runtime.builtins;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyType;
import org.sanca.runtime.interp.InterpreterState;

/**
 * The names the {@code site} module adds to builtins at start-up, unless {@code -S} is given:
 * {@code exit} and {@code quit} ({@code Quitter}) and {@code help} ({@code _Helper}), as
 * CPython's {@code Lib/_sitebuiltins.py} defines them.
 */
public final class SiteBuiltins extends PyObject {
    static final PyType QUITTER = PyType.builtin("Quitter", SiteBuiltins.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = self -> PyStr.of("Use " + ((SiteBuiltins) self).name + "() or Ctrl-D (i.e. EOF) to exit");
        t.tp_call = (self, args, kw) -> quit(args);
    });
    static final PyType HELPER = PyType.builtin("_Helper", SiteBuiltins.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = self -> PyStr.of("Type help() for interactive help, or help(object) for help about object.");
        t.tp_call = (self, args, kw) -> {
            PyObject pydoc = InterpreterState.current().importer().importModule("pydoc");
            return Abstract.call(Abstract.getAttr(pydoc, PyStr.of("help")), args, kw);
        };
    });

    private final PyType type;
    private final String name;

    private SiteBuiltins(PyType type, String name) {
        this.type = type;
        this.name = name;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** Adds {@code exit}, {@code quit} and {@code help} to {@code builtins}. */
    public static void install(PyModule builtins) {
        var d = builtins.getDict();
        d.setItem(PyStr.of("exit"), new SiteBuiltins(QUITTER, "exit"));
        d.setItem(PyStr.of("quit"), new SiteBuiltins(QUITTER, "quit"));
        d.setItem(PyStr.of("help"), new SiteBuiltins(HELPER, "help"));
    }

    /** {@code Quitter.__call__}: closes sys.stdin as CPython does, then raises SystemExit(code). */
    private static PyObject quit(PyObject[] args) {
        try {
            PyObject stdin = Abstract.lookupAttr(InterpreterState.current().sys(), PyStr.of("stdin"));
            if (stdin != null && stdin != PyNone.NONE) {
                Abstract.callMethod(stdin, "close");
            }
        } catch (PyException ignored) {
            // CPython ignores any error closing stdin here.
        }
        PyObject code = args.length > 0 ? args[0] : PyNone.NONE;
        throw PyErr.newException(PyExc.SystemExit, code).toJava();
    }
}
