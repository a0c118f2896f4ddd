package org.sanca.runtime.modules._decimal;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.ModuleImport;
import org.sanca.runtime.types.PyType;

/**
 * What {@code decimal} keeps per interpreter (CPython's {@code _decimal} module state): the
 * signal classes, each thread's current context, the context templates, and the classes it
 * borrows from Python ({@code DecimalTuple}, {@code numbers.Rational}).
 */
public final class DecimalState {
    /** The signals in the order flags and traps list them, with the condition bits each stands for. */
    static final String[] SIGNAL_NAMES = {"InvalidOperation", "FloatOperation", "DivisionByZero", "Overflow",
        "Underflow", "Subnormal", "Inexact", "Rounded", "Clamped"};
    static final int[] SIGNAL_BITS = {Status.INVALID_MASK, Status.FLOAT_OPERATION, Status.DIVISION_BY_ZERO,
        Status.OVERFLOW, Status.UNDERFLOW, Status.SUBNORMAL, Status.INEXACT, Status.ROUNDED, Status.CLAMPED};
    /** The InvalidOperation conditions, named by their own classes in an exception's list. */
    private static final String[] CONDITION_NAMES = {"InvalidOperation", "ConversionSyntax", "DivisionImpossible",
        "DivisionUndefined", "InvalidContext"};
    private static final int[] CONDITION_BITS = {Status.INVALID_OPERATION, Status.CONVERSION_SYNTAX,
        Status.DIVISION_IMPOSSIBLE, Status.DIVISION_UNDEFINED, Status.INVALID_CONTEXT};

    final PyDict classes = new PyDict();
    final PyType[] signals = new PyType[SIGNAL_NAMES.length];
    private final PyType[] conditions = new PyType[CONDITION_NAMES.length];
    final PyDecContext defaultContext;
    final PyDecContext basicContext;
    final PyDecContext extendedContext;
    private final ThreadLocal<PyDecContext> current = new ThreadLocal<>();
    private PyObject decimalTuple;
    private PyObject rational;

    private DecimalState() {
        PyType base = make("DecimalException", PyExc.ArithmeticError);
        PyType clamped = make("Clamped", base);
        PyType invalid = make("InvalidOperation", base);
        PyType divZero = make("DivisionByZero", base, PyExc.ZeroDivisionError);
        PyType inexact = make("Inexact", base);
        PyType rounded = make("Rounded", base);
        PyType subnormal = make("Subnormal", base);
        PyType overflow = make("Overflow", inexact, rounded);
        PyType underflow = make("Underflow", inexact, rounded, subnormal);
        PyType floatOp = make("FloatOperation", base, PyExc.TypeError);
        PyType[] sig = {invalid, floatOp, divZero, overflow, underflow, subnormal, inexact, rounded, clamped};
        System.arraycopy(sig, 0, signals, 0, sig.length);
        conditions[0] = invalid;
        conditions[1] = make("ConversionSyntax", invalid);
        conditions[2] = make("DivisionImpossible", invalid);
        conditions[3] = make("DivisionUndefined", invalid, PyExc.ZeroDivisionError);
        conditions[4] = make("InvalidContext", invalid);
        int defaultTraps = Status.INVALID_MASK | Status.DIVISION_BY_ZERO | Status.OVERFLOW;
        defaultContext = new PyDecContext(28, Rounding.ROUND_HALF_EVEN, -999999, 999999, 1, 0, 0, defaultTraps);
        basicContext = new PyDecContext(9, Rounding.ROUND_HALF_UP, -999999, 999999, 1, 0, 0,
                defaultTraps | Status.UNDERFLOW | Status.CLAMPED);
        extendedContext = new PyDecContext(9, Rounding.ROUND_HALF_EVEN, -999999, 999999, 1, 0, 0, 0);
    }

    private PyType make(String name, PyType... bases) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of("decimal"));
        ns.setItem(PyStr.of("__qualname__"), PyStr.of(name));
        PyType t = (PyType) Abstract.call(PyType.TYPE, PyStr.of(name), PyTuple.of((PyObject[]) bases), ns);
        classes.setItem(PyStr.of(name), t);
        return t;
    }

    /** This interpreter's state, made on first use. */
    public static DecimalState get() {
        return InterpreterState.current().moduleState(DecimalState.class, DecimalState::newState);
    }

    /** The current thread's context, a copy of DefaultContext on the thread's first use. */
    PyDecContext context() {
        PyDecContext c = current.get();
        if (c == null) {
            c = defaultContext.copyAs(PyDecContext.TYPE);
            current.set(c);
        }
        return c;
    }

    void setContext(PyDecContext c) {
        current.set(c);
    }

    /** The exception for the trapped conditions {@code bits}: the first signal's class, with the list of conditions. */
    PyException trap(int bits) {
        PyType cls = null;
        for (int i = 0; i < signals.length; i++) {
            if ((bits & SIGNAL_BITS[i]) != 0) {
                cls = signals[i];
                break;
            }
        }
        PyList list = new PyList();
        for (int i = 0; i < conditions.length; i++) {
            if ((bits & CONDITION_BITS[i]) != 0) {
                list.append(conditions[i]);
            }
        }
        for (int i = 1; i < signals.length; i++) {
            if ((bits & SIGNAL_BITS[i]) != 0) {
                list.append(signals[i]);
            }
        }
        return ((PyBaseException) Abstract.call(cls, list)).toJava();
    }

    /** The condition bits of signal class {@code key}, or -1 when it is not one of the nine signals. */
    int bitsOf(PyObject key) {
        for (int i = 0; i < signals.length; i++) {
            if (signals[i] == key) {
                return SIGNAL_BITS[i];
            }
        }
        return -1;
    }

    /** KeyError naming the valid signals, as CPython's signal dicts raise it. */
    static PyException invalidSignal() {
        return PyErr.format(PyExc.KeyError, "%s", "valid values for signals are:\n"
                + "  [InvalidOperation, FloatOperation, DivisionByZero,\n"
                + "   Overflow, Underflow, Subnormal, Inexact, Rounded,\n"
                + "   Clamped]");
    }

    static DecimalState newState() {
        return new DecimalState();
    }

    synchronized void setTupleType(PyObject tupleType) {
        decimalTuple = tupleType;
    }

    synchronized PyObject decimalTuple() {
        if (decimalTuple == null) {
            ModuleImport.importModule("decimal");
        }
        return decimalTuple;
    }

    /** {@code numbers.Rational}, imported on first need. */
    synchronized PyObject rational() {
        if (rational == null) {
            rational = Abstract.getAttr(ModuleImport.importModule("numbers"), PyStr.of("Rational"));
        }
        return rational;
    }
}
