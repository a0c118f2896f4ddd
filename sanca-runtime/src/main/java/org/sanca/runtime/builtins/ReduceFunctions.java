package org.sanca.runtime.builtins;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.BinaryOp;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** {@code sum}, {@code min} and {@code max} ({@code Python/bltinmodule.c}). */
final class ReduceFunctions {
    private static final PyStr KEY = PyStr.of("key");
    private static final PyStr DEFAULT = PyStr.of("default");

    private ReduceFunctions() {
    }

    @PyMethod(value = "($module, iterable, /, start=0)", doc = "Return the sum of a 'start' value (default: 0) plus an iterable of numbers\n\n"
            + "When the iterable is empty, return the start value.\n"
            + "This function is intended specifically for use with numeric values and may\n"
            + "reject non-numeric types.")
    static PyObject sum(PyObject iterable, PyObject start) {
        for (PyType t : start.type().mro()) {
            String kind = switch (t.isHeapType() ? "" : t.getName()) {
                case "str" -> "strings [use ''.join(seq) instead]";
                case "bytes" -> "bytes [use b''.join(seq) instead]";
                case "bytearray" -> "bytearray [use b''.join(seq) instead]";
                default -> null;
            };
            if (kind != null) {
                throw PyErr.typeError("sum() can't sum %s", kind);
            }
        }
        PyObject it = Abstract.getIter(iterable);
        return new Summer(it).run(start);
    }

    /** The three phases of CPython's sum: exact ints in a long, floats compensated, then generic. */
    private static final class Summer {
        private final PyObject it;
        private PyObject pending;

        Summer(PyObject it) {
            this.it = it;
        }

        PyObject run(PyObject start) {
            PyObject result = start;
            if (result.type() == PyInt.TYPE && ((PyInt) result).big == null) {
                result = sumInts(((PyInt) result).value);
                if (pending == null) {
                    return result;
                }
                result = Abstract.binaryOp(result, take(), BinaryOp.ADD);
            }
            if (result.type() == PyFloat.TYPE) {
                result = sumFloats(((PyFloat) result).value);
                if (pending == null) {
                    return result;
                }
                result = Abstract.binaryOp(result, take(), BinaryOp.ADD);
            }
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                result = Abstract.binaryOp(result, x, BinaryOp.ADD);
            }
            return result;
        }

        private PyObject take() {
            PyObject p = pending;
            pending = null;
            return p;
        }

        /** Adds exact ints while they and the total fit a long; stops at the first other item. */
        private PyObject sumInts(long total) {
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if ((x.type() == PyInt.TYPE || x.type() == PyBool.TYPE) && ((PyInt) x).big == null) {
                    long v = ((PyInt) x).value;
                    long r = total + v;
                    if (((total ^ r) & (v ^ r)) >= 0) {
                        total = r;
                        continue;
                    }
                }
                pending = x;
                break;
            }
            return PyInt.of(total);
        }

        /** Neumaier's compensated summation, as CPython 3.12 sums floats. */
        private PyObject sumFloats(double total) {
            double c = 0.0;
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                if (x.type() == PyFloat.TYPE) {
                    double v = ((PyFloat) x).value;
                    double t = total + v;
                    if (Math.abs(total) >= Math.abs(v)) {
                        c += (total - t) + v;
                    } else {
                        c += (v - t) + total;
                    }
                    total = t;
                    continue;
                }
                if (x instanceof PyInt i && i.big == null) {
                    total += (double) i.value;
                    continue;
                }
                pending = x;
                break;
            }
            if (c != 0.0 && Double.isFinite(c)) {
                total += c;
            }
            return PyFloat.of(total);
        }
    }

    @PyMethod(value = "($module, *args, **kwargs)", textSignature = false, doc = "min(iterable, *[, default=obj, key=func]) -> value\n"
            + "min(arg1, arg2, *args, *[, key=func]) -> value\n\n"
            + "With a single iterable argument, return its smallest item. The\n"
            + "default keyword-only argument specifies an object to return if\n"
            + "the provided iterable is empty.\n"
            + "With two or more positional arguments, return the smallest argument.")
    static PyObject min(PyTuple args, PyDict kwargs) {
        return minMax("min", args, kwargs, CompareOp.LT);
    }

    @PyMethod(value = "($module, *args, **kwargs)", textSignature = false, doc = "max(iterable, *[, default=obj, key=func]) -> value\n"
            + "max(arg1, arg2, *args, *[, key=func]) -> value\n\n"
            + "With a single iterable argument, return its biggest item. The\n"
            + "default keyword-only argument specifies an object to return if\n"
            + "the provided iterable is empty.\n"
            + "With two or more positional arguments, return the largest argument.")
    static PyObject max(PyTuple args, PyDict kwargs) {
        return minMax("max", args, kwargs, CompareOp.GT);
    }

    private static PyObject minMax(String name, PyTuple args, PyDict kwargs, CompareOp op) {
        Args.checkPositional(name, args.size(), 1, Integer.MAX_VALUE);
        PyObject key = null;
        PyObject dflt = null;
        for (PyObject k : kwargs.keysArray()) {
            if (KEY.value().equals(((PyStr) k).value())) {
                key = kwargs.getItem(k);
            } else if (DEFAULT.value().equals(((PyStr) k).value())) {
                dflt = kwargs.getItem(k);
            } else {
                throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", ((PyStr) k).value(), name);
            }
        }
        if (key == PyNone.NONE) {
            key = null;
        }
        boolean many = args.size() > 1;
        if (many && dflt != null) {
            throw PyErr.typeError("Cannot specify a default for %s() with multiple positional arguments", name);
        }
        PyObject it = Abstract.getIter(many ? args : args.get(0));
        PyObject best = null;
        PyObject bestKey = null;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            PyObject k = key == null ? x : Abstract.call(key, x);
            if (best == null || Abstract.richCompareBool(k, bestKey, op)) {
                best = x;
                bestKey = k;
            }
        }
        if (best != null) {
            return best;
        }
        if (dflt != null) {
            return dflt;
        }
        throw PyErr.valueError("%s() iterable argument is empty", name);
    }
}
