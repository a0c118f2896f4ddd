package org.sanca.runtime.modules._traceback;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.interp.PyTraceback;
import org.sanca.runtime.interp.TracebackPrinter;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyMethod;

/**
 * {@code _traceback}: the interpreter's own traceback display, for {@code lib/traceback.py}, so
 * that the module prints exactly what an uncaught exception prints (source lines, position
 * markers, suggestions, SyntaxError carets). Sanca's own module; CPython's traceback.py does
 * this work in Python.
 */
public final class TracebackModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public TracebackModule() {
    }

    @Override
    public String name() {
        return "_traceback";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        NativeModule.addFunctions(module, TracebackModule.class);
    }

    @PyMethod("($module, exc, /)")
    static PyObject format_chain(PyObject exc) {
        return PyStr.of(TracebackPrinter.formatForModule(exception(exc), InterpreterState.current().cwd()));
    }

    @PyMethod("($module, tb, /)")
    static PyObject format_tb(PyObject tb) {
        if (!(tb instanceof PyTraceback t)) {
            throw PyErr.typeError("expected a traceback, got '%s'", PyErr.typeName(tb));
        }
        return PyStr.of(TracebackPrinter.formatStack(t, InterpreterState.current().cwd()));
    }

    @PyMethod("($module, exc, /)")
    static PyObject format_exception_only(PyObject exc) {
        return PyStr.of(TracebackPrinter.formatExceptionOnly(exception(exc), InterpreterState.current().cwd()));
    }

    private static PyBaseException exception(PyObject exc) {
        if (!(exc instanceof PyBaseException e)) {
            throw PyErr.typeError("expected an exception, got '%s'", PyErr.typeName(exc));
        }
        return e;
    }
}
