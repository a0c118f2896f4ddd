package org.sanca.runtime.interp;

import static org.sanca.compiler.Opcode.*;
import static org.sanca.runtime.interp.Superinstructions.*;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * The evaluation loop: CPython's {@code _PyEval_EvalFrameDefault} ({@code Python/ceval.c} and
 * {@code Python/bytecodes.c}). One loop over the int-encoded instructions of a frame; common
 * cases are handled inline, the rest in {@link Ops}. A Python exception unwinds through the
 * code unit's exception table; each frame it leaves adds its traceback entry.
 */
public final class Eval {
    private Eval() {
    }

    /** Runs a new frame to completion on thread state {@code ts}. */
    public static PyObject run(ThreadState ts, PyFrame f) {
        if (ts.tracing) {
            return Tracing.run(ts, f, null);
        }
        enter(ts, f);
        try {
            return execute(ts, f, null);
        } finally {
            leave(ts, f);
        }
    }

    /** Resumes a suspended generator frame with {@code exc} thrown into it (or null). */
    static PyObject resume(ThreadState ts, PyFrame f, PyException exc) {
        if (ts.tracing) {
            return Tracing.run(ts, f, exc);
        }
        enter(ts, f);
        try {
            return execute(ts, f, exc);
        } finally {
            leave(ts, f);
        }
    }

    static void enter(ThreadState ts, PyFrame f) {
        if (ts.depth >= ts.interp.recursionLimit()) {
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
        }
        ts.checkInterrupt();
        ts.depth++;
        f.back = ts.frame;
        ts.frame = f;
    }

    static void leave(ThreadState ts, PyFrame f) {
        ts.frame = f.back;
        ts.depth--;
        if (f.gen != null) {
            f.back = null;
        }
    }

    /** The builtins namespace for code running with {@code globals}: its {@code __builtins__}. */
    static PyObject builtinsOf(PyDict globals) {
        PyObject b = globals.getItem(Ops.BUILTINS);
        if (b instanceof PyModule m) {
            return m.getDict();
        }
        if (b != null) {
            return b;
        }
        return InterpreterState.current().builtins().getDict();
    }

    /** The local in slot {@code i}, or UnboundLocalError. */
    private static PyObject local(PyCode co, PyObject[] fast, int i) {
        PyObject v = fast[i];
        if (v == null) {
            throw Ops.unboundLocal(co, i);
        }
        return v;
    }

    /** Pops the value stack down to {@code depth}. */
    private static void clearStack(PyObject[] fast, int depth, int sp) {
        for (int i = depth; i < sp; i++) {
            fast[i] = null;
        }
    }

    /** Runs {@code f} from its instruction index until it returns or yields. */
    static PyObject execute(ThreadState ts, PyFrame f, PyException throwIn) {
        final PyCode co = f.code;
        final int[] code = f.traceCode == null ? co.code : f.traceCode;
        final PyObject[] fast = f.fast;
        int sp = f.sp;
        int ip = f.ip;
        PyException pending = throwIn;
        while (true) {
            try {
                if (pending != null) {
                    PyException p = pending;
                    pending = null;
                    f.lasti = ip - 1;
                    throw p;
                }
                while (true) {
                    int word = code[ip++];
                    int arg = word >>> 8;
                    switch (word & 0xFF) {
                        case NOP -> { }
                        case LOAD_FAST, LOAD_FAST_CHECK -> fast[sp++] = local(co, fast, arg);
                        case STORE_FAST -> fast[arg] = fast[--sp];
                        case LOAD_CONST -> fast[sp++] = co.consts[arg];
                        case RETURN_CONST -> {
                            f.sp = co.nlocalsplus;
                            f.suspended = false;
                            return co.consts[arg];
                        }
                        case RETURN_VALUE -> {
                            PyObject v = fast[--sp];
                            f.sp = co.nlocalsplus;
                            f.suspended = false;
                            return v;
                        }
                        case POP_TOP -> fast[--sp] = null;
                        case PUSH_NULL -> fast[sp++] = null;
                        case END_FOR -> {
                            fast[--sp] = null;
                            fast[--sp] = null;
                        }
                        case END_SEND -> {
                            fast[sp - 2] = fast[sp - 1];
                            fast[--sp] = null;
                        }
                        case COPY -> {
                            fast[sp] = fast[sp - arg];
                            sp++;
                        }
                        case SWAP -> {
                            PyObject t = fast[sp - 1];
                            fast[sp - 1] = fast[sp - arg];
                            fast[sp - arg] = t;
                        }
                        case BINARY_OP -> {
                            PyObject w = fast[--sp];
                            fast[sp - 1] = Ops.binaryOp(fast[sp - 1], w, arg);
                        }
                        case COMPARE_OP -> {
                            PyObject w = fast[--sp];
                            fast[sp - 1] = Ops.compare(fast[sp - 1], w, arg >> 4);
                        }
                        case POP_JUMP_IF_FALSE -> {
                            PyObject v = fast[--sp];
                            if (v == PyBool.FALSE || v != PyBool.TRUE && !Abstract.isTrue(v)) {
                                ip = arg;
                            }
                        }
                        case POP_JUMP_IF_TRUE -> {
                            PyObject v = fast[--sp];
                            if (v == PyBool.TRUE || v != PyBool.FALSE && Abstract.isTrue(v)) {
                                ip = arg;
                            }
                        }
                        case POP_JUMP_IF_NONE -> {
                            if (fast[--sp] == PyNone.NONE) {
                                ip = arg;
                            }
                        }
                        case POP_JUMP_IF_NOT_NONE -> {
                            if (fast[--sp] != PyNone.NONE) {
                                ip = arg;
                            }
                        }
                        case JUMP_FORWARD, JUMP_BACKWARD_NO_INTERRUPT -> ip = arg;
                        case JUMP_BACKWARD -> {
                            ts.checkInterrupt();
                            ip = arg;
                        }
                        case LOAD_GLOBAL -> {
                            if ((arg & 1) != 0) {
                                fast[sp++] = null;
                            }
                            fast[sp++] = Ops.loadGlobalCached(f, ip - 1, co.names[arg >> 1]);
                        }
                        case STORE_GLOBAL -> f.globals.setItem(co.names[arg], fast[--sp]);
                        case LOAD_ATTR -> {
                            f.lasti = ip - 1;
                            if ((arg & 1) != 0) {
                                sp = Ops.loadMethod(co, ip - 1, fast, sp, co.names[arg >> 1]);
                            } else {
                                fast[sp - 1] = Ops.loadAttr(co, ip - 1, fast[sp - 1], co.names[arg >> 1]);
                            }
                        }
                        case STORE_ATTR -> {
                            PyObject owner = fast[--sp];
                            PyObject v = fast[--sp];
                            Abstract.setAttr(owner, co.names[arg], v);
                        }
                        case KW_NAMES -> f.kwnames = Ops.kwnames(co, ip - 1, co.consts[arg]);
                        case CALL -> {
                            f.lasti = ip - 1;
                            int base = sp - arg - 2;
                            PyObject callable = fast[base];
                            String[] kw = f.kwnames;
                            if (kw != null) {
                                f.kwnames = null;
                            }
                            PyObject res;
                            if (callable == null) {
                                res = Ops.call(ts, fast[base + 1], fast, base + 2, arg, kw);
                            } else {
                                res = Ops.call(ts, callable, fast, base + 1, arg + 1, kw);
                            }
                            for (int i = base + 1; i < sp; i++) {
                                fast[i] = null;
                            }
                            sp = base + 1;
                            fast[base] = res;
                        }
                        case FOR_ITER, FOR_ITER_STORE_FAST -> {
                            PyObject it = fast[sp - 1];
                            PyObject v;
                            if (it instanceof PyGenerator g) {
                                f.lasti = ip - 1;
                                v = g.sendEx(ts, PyNone.NONE, null);
                                if (g.returned) {
                                    v = null;
                                }
                            } else {
                                v = Ops.forIterNext(it);
                            }
                            if (v == null) {
                                fast[--sp] = null;
                                ip = (code[arg] & 0xFF) == END_FOR ? arg + 1 : arg;
                            } else if ((word & 0xFF) == FOR_ITER) {
                                fast[sp++] = v;
                            } else {
                                fast[code[ip++] >>> 8] = v;
                            }
                        }
                        case LOAD_FAST_LOAD_FAST -> {
                            PyObject v = local(co, fast, arg);
                            ip++;
                            PyObject w = local(co, fast, code[ip - 1] >>> 8);
                            fast[sp++] = v;
                            fast[sp++] = w;
                        }
                        case LOAD_FAST_LOAD_CONST -> {
                            fast[sp++] = local(co, fast, arg);
                            fast[sp++] = co.consts[code[ip++] >>> 8];
                        }
                        case LOAD_CONST_LOAD_FAST -> {
                            ip++;
                            PyObject v = local(co, fast, code[ip - 1] >>> 8);
                            fast[sp++] = co.consts[arg];
                            fast[sp++] = v;
                        }
                        case BINARY_OP_FAST_CONST -> {
                            PyObject v = local(co, fast, arg);
                            PyObject w = co.consts[code[ip] >>> 8];
                            ip += 2;
                            fast[sp++] = Ops.binaryOp(v, w, code[ip - 1] >>> 8);
                        }
                        case BINARY_OP_FAST_FAST -> {
                            PyObject v = local(co, fast, arg);
                            ip++;
                            PyObject w = local(co, fast, code[ip - 1] >>> 8);
                            ip++;
                            fast[sp++] = Ops.binaryOp(v, w, code[ip - 1] >>> 8);
                        }
                        case BINARY_OP_FAST_FAST_STORE -> {
                            PyObject v = local(co, fast, arg);
                            ip++;
                            PyObject w = local(co, fast, code[ip - 1] >>> 8);
                            ip++;
                            PyObject r = Ops.binaryOp(v, w, code[ip - 1] >>> 8);
                            fast[code[ip++] >>> 8] = r;
                        }
                        case COMPARE_FAST_FAST_JUMP -> {
                            PyObject v = local(co, fast, arg);
                            ip++;
                            PyObject w = local(co, fast, code[ip - 1] >>> 8);
                            ip++;
                            PyObject r = Ops.compare(v, w, code[ip - 1] >>> 12);
                            int jump = code[ip++];
                            if (Ops.jumps(r, jump)) {
                                ip = jump >>> 8;
                            }
                        }
                        case RETURN_FAST -> {
                            PyObject v = local(co, fast, arg);
                            f.sp = co.nlocalsplus;
                            f.suspended = false;
                            return v;
                        }
                        case BINARY_OP_RETURN -> {
                            PyObject w = fast[--sp];
                            PyObject v = fast[--sp];
                            fast[sp] = null;
                            fast[sp + 1] = null;
                            PyObject r = Ops.binaryOp(v, w, arg);
                            f.sp = co.nlocalsplus;
                            f.suspended = false;
                            return r;
                        }
                        case BINARY_OP_FAST_CONST_STORE -> {
                            PyObject v = local(co, fast, arg);
                            PyObject w = co.consts[code[ip] >>> 8];
                            ip += 2;
                            PyObject r = Ops.binaryOp(v, w, code[ip - 1] >>> 8);
                            fast[code[ip++] >>> 8] = r;
                        }
                        case BINARY_OP_STORE_FAST -> {
                            PyObject w = fast[--sp];
                            PyObject v = fast[--sp];
                            fast[sp] = null;
                            fast[sp + 1] = null;
                            PyObject r = Ops.binaryOp(v, w, arg);
                            fast[code[ip++] >>> 8] = r;
                        }
                        case COMPARE_FAST_CONST_JUMP -> {
                            PyObject v = local(co, fast, arg);
                            PyObject w = co.consts[code[ip] >>> 8];
                            ip += 2;
                            PyObject r = Ops.compare(v, w, code[ip - 1] >>> 12);
                            int jump = code[ip++];
                            if (Ops.jumps(r, jump)) {
                                ip = jump >>> 8;
                            }
                        }
                        case BINARY_OP_CONST -> {
                            PyObject v = fast[sp - 1];
                            ip++;
                            fast[sp - 1] = Ops.binaryOp(v, co.consts[arg], code[ip - 1] >>> 8);
                        }
                        case COMPARE_CONST_JUMP -> {
                            PyObject v = fast[--sp];
                            fast[sp] = null;
                            ip++;
                            PyObject r = Ops.compare(v, co.consts[arg], code[ip - 1] >>> 12);
                            int jump = code[ip++];
                            if (Ops.jumps(r, jump)) {
                                ip = jump >>> 8;
                            }
                        }
                        case COMPARE_JUMP -> {
                            PyObject w = fast[--sp];
                            PyObject v = fast[--sp];
                            fast[sp] = null;
                            fast[sp + 1] = null;
                            PyObject r = Ops.compare(v, w, arg >> 4);
                            int jump = code[ip++];
                            if (Ops.jumps(r, jump)) {
                                ip = jump >>> 8;
                            }
                        }
                        case GET_ITER -> fast[sp - 1] = Abstract.getIter(fast[sp - 1]);
                        case BINARY_SUBSCR -> {
                            PyObject key = fast[--sp];
                            fast[sp - 1] = Ops.subscript(fast[sp - 1], key);
                        }
                        case STORE_SUBSCR -> {
                            PyObject key = fast[--sp];
                            PyObject container = fast[--sp];
                            PyObject v = fast[--sp];
                            f.lasti = ip - 1;
                            Ops.storeSubscript(container, key, v);
                        }
                        case DELETE_SUBSCR -> {
                            PyObject key = fast[--sp];
                            Abstract.setItem(fast[--sp], key, null);
                        }
                        case UNARY_NEGATIVE -> fast[sp - 1] = Abstract.negative(fast[sp - 1]);
                        case UNARY_NOT -> fast[sp - 1] = PyBool.of(!Abstract.isTrue(fast[sp - 1]));
                        case UNARY_INVERT -> fast[sp - 1] = Abstract.invert(fast[sp - 1]);
                        case IS_OP -> {
                            PyObject w = fast[--sp];
                            fast[sp - 1] = PyBool.of((fast[sp - 1] == w) ^ (arg != 0));
                        }
                        case CONTAINS_OP -> {
                            PyObject container = fast[--sp];
                            fast[sp - 1] = PyBool.of(Abstract.contains(container, fast[sp - 1]) ^ (arg != 0));
                        }
                        case BUILD_TUPLE -> {
                            PyObject[] items = new PyObject[arg];
                            sp -= arg;
                            System.arraycopy(fast, sp, items, 0, arg);
                            fast[sp++] = PyTuple.of(items);
                        }
                        case BUILD_LIST -> {
                            PyObject[] items = new PyObject[arg];
                            sp -= arg;
                            System.arraycopy(fast, sp, items, 0, arg);
                            fast[sp++] = new PyList(items);
                        }
                        case LIST_APPEND -> {
                            PyObject v = fast[--sp];
                            ((PyList) fast[sp - arg]).append(v);
                        }
                        case LOAD_DEREF -> fast[sp++] = Ops.loadDeref(co, fast, arg);
                        case STORE_DEREF -> ((PyCell) fast[arg]).ref = fast[--sp];
                        case LOAD_CLOSURE -> fast[sp++] = fast[arg];
                        case LOAD_NAME -> fast[sp++] = Ops.loadName(f, co.names[arg]);
                        case STORE_NAME -> Ops.storeName(f, co.names[arg], fast[--sp]);
                        case YIELD_VALUE -> {
                            f.lasti = ip - 1;
                            PyObject v = fast[--sp];
                            fast[sp] = null;
                            f.sp = sp;
                            f.ip = ip;
                            f.suspended = true;
                            return v;
                        }
                        case RAISE_VARARGS -> {
                            f.lasti = ip - 1;
                            sp -= arg;
                            PyException e = Ops.raise(ts, fast, sp, arg);
                            f.reraise = arg == 0;
                            throw e;
                        }
                        case RERAISE -> {
                            PyObject exc = fast[--sp];
                            f.lasti = ip - 1;
                            if (arg != 0 && fast[sp - arg] instanceof PyInt lasti) {
                                f.lasti = (int) lasti.value;
                            }
                            f.reraise = true;
                            throw ((PyBaseException) exc).toJava();
                        }
                        case PUSH_EXC_INFO -> {
                            PyObject v = fast[sp - 1];
                            fast[sp - 1] = ts.excInfo.value;
                            fast[sp++] = v;
                            ts.excInfo.value = v;
                        }
                        case POP_EXCEPT -> {
                            ts.excInfo.value = fast[--sp];
                            fast[sp] = null;
                        }
                        case CHECK_EXC_MATCH -> fast[sp - 1] = PyBool.of(Ops.exceptionMatches(fast[sp - 2], fast[sp - 1]));
                        case SEND -> {
                            if (Ops.send(ts, fast, sp)) {
                                ip = arg;
                            }
                        }
                        default -> {
                            f.lasti = ip - 1;
                            f.ip = ip;
                            sp = ColdOps.execute(ts, f, word, sp);
                            ip = f.ip;
                        }
                    }
                }
            } catch (PyException e) {
                pending = e;
            } catch (StackOverflowError e) {
                pending = PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded");
            } catch (OutOfMemoryError e) {
                pending = PyErr.newException(PyExc.MemoryError).toJava();
            } catch (RuntimeException e) {
                pending = Ops.systemError(e);
            }
            f.kwnames = null;
            if (!f.reraise) {
                f.lasti = ip - 1;
            }
            PyBaseException v = pending.value();
            if (f.reraise) {
                f.reraise = false;
            } else {
                if (v.traceback() == PyNone.NONE) {
                    Ops.chainContext(ts, v);
                }
                v.setTraceback(new PyTraceback(v.traceback(), f, f.lasti));
                if (f.ftrace != null) {
                    Tracing.exceptionEvent(ts, f, v);
                }
            }
            int[] table = co.unit.exceptionTable;
            int e = ExceptionTable.find(table, ip - 1);
            int stackBase = co.nlocalsplus;
            if (e < 0) {
                clearStack(fast, stackBase, sp);
                f.sp = stackBase;
                f.suspended = false;
                throw pending;
            }
            int depth = stackBase + table[e + 3];
            clearStack(fast, depth, sp);
            sp = depth;
            if (table[e + 4] != 0) {
                fast[sp++] = PyInt.of(f.lasti);
            }
            fast[sp++] = v;
            ip = table[e + 2];
            pending = null;
        }
    }
}
