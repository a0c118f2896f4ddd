package org.sanca.runtime.builtins;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;

/** {@code print} and {@code input}, through the program's {@code sys.stdout} and {@code sys.stdin} ({@code Python/bltinmodule.c}). */
final class IoFunctions {
    private static final PyStr STDOUT = PyStr.of("stdout");
    private static final PyStr STDIN = PyStr.of("stdin");
    private static final PyStr SPACE = PyStr.of(" ");
    private static final PyStr NEWLINE = PyStr.of("\n");

    private IoFunctions() {
    }

    private static PyObject sysAttr(PyStr name) {
        return InterpreterState.current().sys().getDict().getItem(name);
    }

    @PyMethod(value = "($module, *args, **kwargs)", doc = "print($module, /, *args, sep=' ', end='\\n', file=None, flush=False)\n--\n\n"
            + "Prints the values to a stream, or to sys.stdout by default.\n\n"
            + "  sep\n    string inserted between values, default a space.\n"
            + "  end\n    string appended after the last value, default a newline.\n"
            + "  file\n    a file-like object (stream); defaults to the current sys.stdout.\n"
            + "  flush\n    whether to forcibly flush the stream.")
    static void print(PyTuple args, PyDict kwargs) {
        PyObject sep = null;
        PyObject end = null;
        PyObject file = PyNone.NONE;
        PyObject flush = PyBool.FALSE;
        for (PyObject k : kwargs.keysArray()) {
            PyObject v = kwargs.getItem(k);
            switch (((PyStr) k).value()) {
                case "sep" -> sep = v;
                case "end" -> end = v;
                case "file" -> file = v;
                case "flush" -> flush = v;
                default -> throw PyErr.typeError("'%s' is an invalid keyword argument for print()", ((PyStr) k).value());
            }
        }
        if (file == PyNone.NONE) {
            file = sysAttr(STDOUT);
            if (file == null) {
                throw PyErr.format(PyExc.RuntimeError, "lost sys.stdout");
            }
            if (file == PyNone.NONE) {
                return;
            }
        }
        PyStr s = text(sep, "sep", SPACE);
        PyStr e = text(end, "end", NEWLINE);
        PyObject write = Abstract.getAttr(file, PyStr.of("write"));
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                Abstract.call(write, s);
            }
            Abstract.call(write, Abstract.str(args.get(i)));
        }
        Abstract.call(write, e);
        if (Abstract.isTrue(flush)) {
            Abstract.callMethod(file, "flush");
        }
    }

    private static PyStr text(PyObject o, String what, PyStr dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        if (!(o instanceof PyStr s)) {
            throw PyErr.typeError("%s must be None or a string, not %s", what, PyErr.typeName(o));
        }
        return s;
    }

    @PyMethod(value = "($module, prompt='', /)", doc = "Read a string from standard input.  The trailing newline is stripped.\n\n"
            + "The prompt string, if given, is printed to standard output without a\n"
            + "trailing newline before reading input.\n\n"
            + "If the user hits EOF (*nix: Ctrl-D, Windows: Ctrl-Z+Return), raise EOFError.\n"
            + "On *nix systems, readline is used if available.")
    static PyObject input(PyObject prompt) {
        PyObject in = sysAttr(STDIN);
        PyObject out = sysAttr(STDOUT);
        if (in == null || in == PyNone.NONE) {
            throw PyErr.format(PyExc.RuntimeError, "input(): lost sys.stdin");
        }
        if (out == null || out == PyNone.NONE) {
            throw PyErr.format(PyExc.RuntimeError, "input(): lost sys.stdout");
        }
        if (!(prompt instanceof PyStr p) || !p.value().isEmpty()) {
            Abstract.callMethod(out, "write", Abstract.str(prompt));
        }
        Abstract.callMethod(out, "flush");
        PyObject line = Abstract.callMethod(in, "readline");
        if (!(line instanceof PyStr s)) {
            throw PyErr.typeError("object.readline() returned non-string");
        }
        String v = s.value();
        if (v.isEmpty()) {
            throw PyErr.format(PyExc.EOFError, "EOF when reading a line");
        }
        return PyStr.of(v.endsWith("\n") ? v.substring(0, v.length() - 1) : v);
    }
}
