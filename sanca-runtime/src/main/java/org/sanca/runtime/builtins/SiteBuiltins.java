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
 * {@code exit} and {@code quit} ({@code Quitter}), {@code help} ({@code _Helper}) and
 * {@code copyright}, {@code credits} and {@code license} ({@code _Printer}, whose text here is
 * Sanca's own), as CPython's {@code Lib/_sitebuiltins.py} defines them.
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

    static final PyType PRINTER = PyType.builtin("_Printer", SiteBuiltins.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = self -> PyStr.of(((SiteBuiltins) self).name);
        t.tp_call = (self, args, kw) -> {
            Abstract.call(InterpreterState.current().builtins().getDict().getItem(PyStr.of("print")),
                    PyStr.of(((SiteBuiltins) self).name));
            return PyNone.NONE;
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
        d.setItem(PyStr.of("copyright"), new SiteBuiltins(PRINTER, "Sanca is Python 3.12 for the Java platform; "
                + "its copyright belongs to its contributors."));
        d.setItem(PyStr.of("credits"), new SiteBuiltins(PRINTER, "Thanks to the CPython developers, whose Python 3.12 "
                + "Sanca follows, and to everyone who reported what differed."));
        d.setItem(PyStr.of("license"), new SiteBuiltins(PRINTER, "See the LICENSE file of the Sanca distribution."));
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
