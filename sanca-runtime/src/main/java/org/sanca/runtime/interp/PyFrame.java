package org.sanca.runtime.interp;

import org.sanca.compiler.CodeUnit;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyType;

/**
 * One activation of a code object: CPython's {@code _PyInterpreterFrame} and the Python-visible
 * {@code frame} ({@code Objects/frameobject.c}). Fast locals (locals, cells, free variables) and
 * the value stack share one array, locals first. A generator's frame keeps its instruction index
 * and stack between resumptions.
 */
public final class PyFrame extends PyObject {
    public static final PyType TYPE = PyType.builtin("frame", PyFrame.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = f -> PyStr.of(((PyFrame) f).repr());
    });

    public final PyCode code;
    public final PyDict globals;
    public final PyObject builtins;
    /** The locals mapping of a module or class body, or null for a function (fast locals). */
    public PyObject locals;
    /** The function being run, or null for module and class bodies. */
    final PyFunction func;
    /** Fast locals, then the value stack. */
    final PyObject[] fast;
    /** The stack pointer (index into {@link #fast}) while the frame is suspended. */
    int sp;
    /** The index of the next instruction to run. */
    int ip;
    /** The index of the last instruction started, for line numbers ({@code f_lasti}). */
    int lasti = -1;
    /** The calling frame while this one runs. */
    PyFrame back;
    /** The dict {@link #localsDict} returns for a function frame, made on first use. */
    private PyDict localsCache;
    /** True after YIELD_VALUE returned from the frame, false after it returned or raised. */
    boolean suspended;
    /** The keyword names a {@code KW_NAMES} instruction gave the {@code CALL} after it, or null. */
    String[] kwnames;
    /** Set by an instruction that re-raises: the exception gets no new traceback entry here. */
    boolean reraise;
    /** The generator or coroutine owning this frame, or null. */
    GenBase gen;
    /** {@code f_trace}: the local trace function, or null. */
    PyObject ftrace;
    /** The instructions this frame runs while traced (see {@link Tracing}), or null. */
    int[] traceCode;
    /** The line start whose {@link Tracing#LINE} marker was last taken out, or -1. */
    int traceArmed = -1;
    /** The line last reported to the trace function. */
    int traceLine = -1;

    PyFrame(PyCode code, PyDict globals, PyObject builtins, PyObject locals, PyFunction func) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.locals = locals;
        this.func = func;
        this.fast = new PyObject[code.frameSize];
        this.sp = code.nlocalsplus;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A frame running module or class body code with {@code locals} as its namespace. */
    public static PyFrame forBody(PyCode code, PyDict globals, PyObject locals, PyTuple closure) {
        PyFrame f = new PyFrame(code, globals, Eval.builtinsOf(globals), locals, null);
        f.initCells(closure);
        return f;
    }

    /** Makes the cells of cell variables (holding any bound argument) and copies the free variables. */
    void initCells(PyTuple closure) {
        if (closure == null && code.cellSlots.length == 0) {
            return;
        }
        PyObject[] fast = this.fast;
        for (int i : code.cellSlots) {
            fast[i] = new PyCell(fast[i]);
        }
        if (closure != null) {
            int first = code.firstFree;
            for (int k = 0, n = Math.min(closure.size(), code.nlocalsplus - first); k < n; k++) {
                fast[first + k] = closure.get(k);
            }
        }
    }

    /** The current line number ({@code f_lineno}). */
    public int lineno() {
        if (lasti < 0) {
            return code.unit.firstLineNo;
        }
        int line = code.lineOf(lasti);
        return line < 0 ? code.unit.firstLineNo : line;
    }

    /** The code object run by this frame. */
    public PyCode code() {
        return code;
    }

    /** The caller's frame, or null. */
    public PyFrame back() {
        return back;
    }

    /**
     * The local variables as a dict ({@code f_locals}, {@code locals()}): the namespace itself for
     * module and class bodies; for functions one dict per frame, refreshed from the fast locals
     * on each call, as CPython's {@code PyFrame_FastToLocals} keeps it (names that exec() added
     * to it stay).
     */
    public PyObject localsDict() {
        return localsDict(false);
    }

    /**
     * {@link #localsDict()}, with the hidden variables of a running inlined comprehension when
     * {@code includeHidden} (the builtin {@code locals()}, as CPython 3.12's
     * {@code _PyFrame_GetLocals}): a module or class body then gets a copy of its namespace
     * with them added.
     */
    public PyObject localsDict(boolean includeHidden) {
        if (locals != null) {
            return includeHidden ? withHidden(locals) : locals;
        }
        PyDict d = localsCache;
        if (d == null) {
            d = new PyDict();
            localsCache = d;
        }
        byte[] kinds = code.unit.localsPlusKinds;
        for (int i = 0; i < code.nlocalsplus; i++) {
            PyObject v = fast[i];
            if ((kinds[i] & CodeUnit.CO_FAST_HIDDEN) != 0 && !includeHidden) {
                v = null;
            }
            boolean isCell = (kinds[i] & (CodeUnit.CO_FAST_CELL | CodeUnit.CO_FAST_FREE)) != 0;
            if (isCell && v instanceof PyCell c) {
                v = c.ref;
            }
            if (v != null) {
                d.setItem(code.localNames[i], v);
            } else {
                d.delItem(code.localNames[i]);
            }
        }
        return d;
    }

    private PyObject withHidden(PyObject ns) {
        byte[] kinds = code.unit.localsPlusKinds;
        PyDict copy = null;
        for (int i = 0; i < code.nlocalsplus; i++) {
            PyObject v = fast[i];
            if ((kinds[i] & CodeUnit.CO_FAST_HIDDEN) == 0 || v == null) {
                continue;
            }
            if (v instanceof PyCell c) {
                v = c.ref;
            }
            if (v == null || !(ns instanceof PyDict nsDict)) {
                continue;
            }
            if (copy == null) {
                copy = nsDict.copy();
            }
            copy.setItem(code.localNames[i], v);
        }
        return copy != null ? copy : ns;
    }

    private String repr() {
        return "<frame at " + org.sanca.runtime.types.Ids.hex(this) + ", file '" + code.unit.filename + "', line "
                + lineno() + ", code " + code.unit.name + ">";
    }

    @PyGetter
    PyObject f_code() {
        return code;
    }

    @PyGetter
    PyObject f_globals() {
        return globals;
    }

    @PyGetter
    PyObject f_builtins() {
        return builtins;
    }

    @PyGetter
    PyObject f_locals() {
        return localsDict();
    }

    @PyGetter
    PyObject f_back() {
        return back == null ? PyNone.NONE : back;
    }

    @PyGetter
    PyObject f_lineno() {
        return PyInt.of(lineno());
    }

    @PyGetter
    PyObject f_lasti() {
        return PyInt.of(Math.max(lasti, 0) * 2);
    }

    @PyGetter
    PyObject f_trace() {
        return ftrace == null ? PyNone.NONE : ftrace;
    }

    @org.sanca.runtime.types.PySetter("f_trace")
    void setTrace(PyObject v) {
        ftrace = v == PyNone.NONE ? null : v;
    }
}
