package org.sanca.runtime.interp;

import org.sanca.compiler.Opcode;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * {@code sys.settrace} and {@code sys.setprofile} (CPython's {@code Python/legacy_tracing.c} and
 * {@code sysmodule.c}'s trampolines): 'call', 'line', 'return' and 'exception' events.
 *
 * <p>The evaluation loop pays nothing while no function is set: a call goes through
 * {@link #run} only when its thread has one ({@link ThreadState#tracing}). Line events come
 * from a copy of the compiled code ({@link PyFrame#traceCode}) in which each line's first
 * instruction is replaced by {@link #LINE}: that instruction reports the line, puts the original
 * back and has it run, and re-arms the line reported before, so the loop itself has no check.
 */
final class Tracing {
    /** The opcode standing for "a new line starts here" in a traced frame's code. */
    static final int LINE = 254;

    private static final PyStr CALL = PyStr.of("call");
    private static final PyStr LINE_EVENT = PyStr.of("line");
    private static final PyStr RETURN = PyStr.of("return");
    private static final PyStr EXCEPTION = PyStr.of("exception");

    private Tracing() {
    }

    /** Runs (or resumes) {@code f} with the thread's trace and profile functions told of it. */
    static PyObject run(ThreadState ts, PyFrame f, PyException throwIn) {
        Eval.enter(ts, f);
        try {
            callEvent(ts, f);
            PyObject result;
            try {
                result = Eval.execute(ts, f, throwIn);
            } catch (PyException e) {
                returnEvent(ts, f, PyNone.NONE);
                throw e;
            }
            returnEvent(ts, f, result);
            return result;
        } finally {
            Eval.leave(ts, f);
        }
    }

    private static void callEvent(ThreadState ts, PyFrame f) {
        if (ts.profileFunc != null) {
            callHook(ts, ts.profileFunc, f, CALL, PyNone.NONE, true);
        }
        if (ts.traceFunc != null) {
            PyObject local = callHook(ts, ts.traceFunc, f, CALL, PyNone.NONE, false);
            if (local != null && local != PyNone.NONE) {
                f.ftrace = local;
            }
        }
        if (f.ftrace != null && f.traceCode == null) {
            f.traceCode = armed(f.code);
        }
    }

    private static void returnEvent(ThreadState ts, PyFrame f, PyObject value) {
        if (f.ftrace != null && ts.traceFunc != null) {
            localEvent(ts, f, RETURN, value);
        }
        if (ts.profileFunc != null) {
            callHook(ts, ts.profileFunc, f, RETURN, value, true);
        }
    }

    /** The 'exception' event of a frame an exception has reached (the loop calls it on its cold path). */
    static void exceptionEvent(ThreadState ts, PyFrame f, PyBaseException e) {
        if (f.ftrace != null && ts.traceFunc != null && !ts.inHook) {
            localEvent(ts, f, EXCEPTION, PyTuple.of(e.type(), e, e.traceback()));
        }
    }

    /** {@link #LINE}: reports the line, restores the instruction and re-arms the previous line start. */
    static int line(ThreadState ts, PyFrame f, int sp) {
        int index = f.ip - 1;
        int[] traced = f.traceCode;
        traced[index] = f.code.unit.code[index];
        if (f.traceArmed >= 0) {
            traced[f.traceArmed] = Opcode.encode(LINE, 0);
        }
        boolean backward = f.traceArmed >= 0 && index <= f.traceArmed;
        f.traceArmed = index;
        f.ip = index;
        int line = f.code.lineOf(index);
        boolean newLine = line != f.traceLine || backward;
        f.traceLine = line;
        if (newLine && f.ftrace != null && ts.traceFunc != null && !ts.inHook) {
            f.lasti = index;
            localEvent(ts, f, LINE_EVENT, PyNone.NONE);
        }
        return sp;
    }

    private static void localEvent(ThreadState ts, PyFrame f, PyStr event, PyObject arg) {
        PyObject result = callHook(ts, f.ftrace, f, event, arg, false);
        if (result != null && result != PyNone.NONE) {
            f.ftrace = result;
        }
    }

    /**
     * Calls a hook with tracing off for its own frames; a hook that raises is removed (both
     * hooks, as CPython does) and its exception propagates. Returns null when not called.
     */
    private static PyObject callHook(ThreadState ts, PyObject hook, PyFrame f, PyStr event, PyObject arg,
            boolean profile) {
        if (ts.inHook) {
            return null;
        }
        ts.inHook = true;
        ts.tracing = false;
        try {
            return Abstract.call(hook, f, event, arg);
        } catch (PyException e) {
            if (profile) {
                ts.profileFunc = null;
            } else {
                ts.traceFunc = null;
                f.ftrace = null;
            }
            throw e;
        } finally {
            ts.inHook = false;
            ts.tracing = ts.traceFunc != null || ts.profileFunc != null;
        }
    }

    /**
     * A copy of {@code code}'s instructions as compiled (without the loop's superinstructions,
     * which read the words after them) with each line start replaced by {@link #LINE}.
     */
    private static int[] armed(PyCode code) {
        int[] original = code.unit.code;
        int[] out = original.clone();
        CodeUnitLines lines = new CodeUnitLines(code);
        for (int i = 0; i < original.length; i++) {
            if (lines.startsLine(i)) {
                out[i] = Opcode.encode(LINE, 0);
            }
        }
        return out;
    }

    /** Which instructions begin a line for line events: a new line number, or a loop's jump target. */
    private record CodeUnitLines(PyCode code, boolean[] targets) {
        CodeUnitLines(PyCode code) {
            this(code, backwardTargets(code.unit.code));
        }

        private static boolean[] backwardTargets(int[] code) {
            boolean[] t = new boolean[code.length];
            for (int word : code) {
                int op = Opcode.op(word);
                if (op == Opcode.JUMP_BACKWARD || op == Opcode.JUMP_BACKWARD_NO_INTERRUPT) {
                    int target = Opcode.arg(word);
                    if (target >= 0 && target < t.length) {
                        t[target] = true;
                    }
                }
            }
            return t;
        }

        /** END_FOR is skipped by an exhausted FOR_ITER that looks at it, so it never carries the marker. */
        boolean startsLine(int i) {
            int line = code.lineOf(i);
            if (line < 1 || Opcode.op(code.unit.code[i]) == Opcode.END_FOR) {
                return false;
            }
            return i == 0 || line != code.lineOf(i - 1) || targets[i];
        }
    }
}
