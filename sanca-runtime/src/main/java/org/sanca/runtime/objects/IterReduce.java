package org.sanca.runtime.objects;

import org.sanca.runtime.interp.InterpreterState;

/**
 * What the builtin iterators' {@code __reduce__} and {@code __setstate__} share
 * ({@code Objects/iterobject.c}, {@code listobject.c}, {@code enumobject.c}...): the builtin a
 * reduction calls ({@code _PyEval_GetBuiltin}), the usual {@code (iter, (seq,), index)} shape,
 * and the index a {@code __setstate__} takes ({@code PyLong_AsSsize_t}).
 */
final class IterReduce {
    static final String REDUCE_DOC = "Return state information for pickling.";
    static final String SETSTATE_DOC = "Set state information for unpickling.";

    private IterReduce() {
    }

    /** The running interpreter's builtin {@code name} ({@code iter}, {@code reversed}). */
    static PyObject builtin(String name) {
        return InterpreterState.current().builtins().getDict().getItem(PyStr.of(name));
    }

    /** {@code (callable, (arg,), index)}: an iterator over {@code arg} resumed at {@code index}. */
    static PyTuple resume(PyObject callable, PyObject arg, long index) {
        return PyTuple.of(callable, PyTuple.of(arg), PyInt.of(index));
    }

    /** {@code (callable, (arg,))}. */
    static PyTuple call(PyObject callable, PyObject arg) {
        return PyTuple.of(callable, PyTuple.of(arg));
    }

    /** {@code (iter, (seq,), index)}, or {@code (iter, (empty,))} once exhausted ({@code seq} null). */
    static PyTuple iter(PyObject seq, long index, PyObject empty) {
        PyObject iter = builtin("iter");
        return seq == null ? call(iter, empty) : resume(iter, seq, index);
    }

    /** A {@code __setstate__} index: an int within a C {@code ssize_t}. */
    static long index(PyObject state) {
        if (!(state instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        if (i.big != null) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    /**
     * The index {@code __setstate__} leaves a forward iterator over {@code length} items at:
     * the state within {@code [0, length]}, or {@code current} (negative) once it is exhausted.
     */
    static int forward(PyObject state, int current, int length) {
        long i = index(state);
        return current < 0 ? current : (int) clamp(i, 0, length);
    }

    /** {@code v} brought within {@code [lo, hi]}. */
    static long clamp(long v, long lo, long hi) {
        return Math.max(lo, Math.min(v, hi));
    }
}
