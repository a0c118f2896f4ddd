package org.sanca.runtime.interp;

import java.util.Arrays;

import org.sanca.compiler.CodeUnit;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.GenericAttr;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyRangeIter;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.types.BinaryOp;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyMethodDescr;
import org.sanca.runtime.types.PyType;

/**
 * The instruction bodies the evaluation loop calls out to: the fast paths of arithmetic,
 * attribute loads with their inline caches, calls, and the error texts of
 * {@code Python/ceval.c}. Kept apart from {@link Eval} so the loop itself stays small enough for
 * the JIT to compile.
 */
final class Ops {
    static final PyStr BUILTINS = PyStr.of("__builtins__");

    private Ops() {
    }

    // ---- arithmetic ----

    static PyObject binaryOp(PyObject v, PyObject w, int nb) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class && ((PyInt) v).big == null && ((PyInt) w).big == null) {
            PyObject r = smallIntOp(((PyInt) v).value, ((PyInt) w).value, nb >= 13 ? nb - 13 : nb);
            if (r != null) {
                return r;
            }
        }
        return binaryOpOther(v, w, nb);
    }

    /** {@link #binaryOp} past the int fast path: kept apart so the JIT inlines the fast path. */
    private static PyObject binaryOpOther(PyObject v, PyObject w, int nb) {
        if (v.getClass() == PyFloat.class && w.getClass() == PyFloat.class) {
            PyObject r = floatOp(((PyFloat) v).value, ((PyFloat) w).value, nb >= 13 ? nb - 13 : nb);
            if (r != null) {
                return r;
            }
        } else if (v.getClass() == PyStr.class && w.getClass() == PyStr.class && (nb == 0 || nb == 13)) {
            return PyStr.of(((PyStr) v).value().concat(((PyStr) w).value()));
        }
        BinaryOp op = BinaryOp.of(nb);
        return nb >= 13 ? Abstract.inplaceOp(v, w, op) : Abstract.binaryOp(v, w, op);
    }

    /** The result of a binary operator on two longs, or null when it needs the general path. */
    private static PyObject smallIntOp(long a, long b, int nb) {
        switch (nb) {
            case 0 -> {
                long r = a + b;
                return ((a ^ r) & (b ^ r)) < 0 ? null : PyInt.of(r);
            }
            case 10 -> {
                long r = a - b;
                return ((a ^ b) & (a ^ r)) < 0 ? null : PyInt.of(r);
            }
            case 5 -> {
                long hi = Math.multiplyHigh(a, b);
                long lo = a * b;
                return hi == (lo >> 63) ? PyInt.of(lo) : null;
            }
            case 2 -> {
                if (b > 0 && (b & (b - 1)) == 0) {
                    return PyInt.of(a >> Long.numberOfTrailingZeros(b));
                }
                return b == 0 || (a == Long.MIN_VALUE && b == -1) ? null : PyInt.of(Math.floorDiv(a, b));
            }
            case 6 -> {
                if (b > 0 && (b & (b - 1)) == 0) {
                    return PyInt.of(a & (b - 1));
                }
                return b == 0 ? null : PyInt.of(Math.floorMod(a, b));
            }
            case 1 -> {
                return PyInt.of(a & b);
            }
            case 7 -> {
                return PyInt.of(a | b);
            }
            case 12 -> {
                return PyInt.of(a ^ b);
            }
            case 9 -> {
                return b < 0 ? null : PyInt.of(a >> Math.min(b, 63));
            }
            default -> {
                return null;
            }
        }
    }

    private static PyObject floatOp(double a, double b, int nb) {
        return switch (nb) {
            case 0 -> PyFloat.of(a + b);
            case 10 -> PyFloat.of(a - b);
            case 5 -> PyFloat.of(a * b);
            case 11 -> b == 0.0 ? null : PyFloat.of(a / b);
            default -> null;
        };
    }

    static PyObject compare(PyObject v, PyObject w, int opnum) {
        if (v.getClass() == PyInt.class && w.getClass() == PyInt.class && ((PyInt) v).big == null && ((PyInt) w).big == null) {
            long x = ((PyInt) v).value;
            long y = ((PyInt) w).value;
            return PyBool.of(switch (opnum) {
                case 0 -> x < y;
                case 1 -> x <= y;
                case 2 -> x == y;
                case 3 -> x != y;
                case 4 -> x > y;
                default -> x >= y;
            });
        }
        return compareOther(v, w, opnum);
    }

    /** {@link #compare} past the int fast path: kept apart so the JIT inlines the fast path. */
    private static PyObject compareOther(PyObject v, PyObject w, int opnum) {
        if (v.getClass() == PyFloat.class && w.getClass() == PyFloat.class) {
            double a = ((PyFloat) v).value;
            double b = ((PyFloat) w).value;
            return PyBool.of(switch (opnum) {
                case 0 -> a < b;
                case 1 -> a <= b;
                case 2 -> a == b;
                case 3 -> a != b;
                case 4 -> a > b;
                default -> a >= b;
            });
        }
        return Abstract.richCompare(v, w, CompareOp.of(opnum));
    }

    /** Whether the {@code POP_JUMP_IF_FALSE/TRUE} instruction {@code jump} jumps on {@code v}. */
    static boolean jumps(PyObject v, int jump) {
        boolean truth = v == PyBool.TRUE || v != PyBool.FALSE && Abstract.isTrue(v);
        return truth == ((jump & 0xFF) == org.sanca.compiler.Opcode.POP_JUMP_IF_TRUE);
    }

    static PyObject subscript(PyObject container, PyObject key) {
        if (container.getClass() == PyList.class && key.getClass() == PyInt.class && ((PyInt) key).big == null) {
            PyList list = (PyList) container;
            long i = ((PyInt) key).value;
            if (i < 0) {
                i += list.size();
            }
            PyObject v = i >= 0 && i <= Integer.MAX_VALUE ? list.peek((int) i) : null;
            if (v != null) {
                return v;
            }
        }
        return Abstract.getItem(container, key);
    }

    static void storeSubscript(PyObject container, PyObject key, PyObject v) {
        if (container.getClass() == PyDict.class) {
            ((PyDict) container).setItem(key, v);
            return;
        }
        if (container.getClass() == PyList.class && key.getClass() == PyInt.class && ((PyInt) key).big == null) {
            PyList list = (PyList) container;
            long i = ((PyInt) key).value;
            synchronized (list) {
                int n = list.size();
                if (i < 0) {
                    i += n;
                }
                if (i >= 0 && i < n) {
                    list.set((int) i, v);
                    return;
                }
            }
        }
        Abstract.setItem(container, key, v);
    }

    // ---- names ----

    /**
     * {@code LOAD_GLOBAL} at instruction {@code index}, with an inline cache that holds the value
     * while neither the globals nor the builtins dict has changed since it was looked up.
     */
    static PyObject loadGlobalCached(PyFrame f, int index, PyStr name) {
        PyDict globals = f.globals;
        if (f.code.caches[index] instanceof GlobalCache g && g.globals() == globals && g.globalsVersion() == globals.version()) {
            PyDict b = g.builtins();
            if (b == null || b == f.builtins && g.builtinsVersion() == b.version()) {
                return g.value();
            }
        }
        return loadGlobalMiss(f, index, name);
    }

    /** {@code LOAD_GLOBAL} when its cache is empty or stale: looks the name up and fills the cache. */
    private static PyObject loadGlobalMiss(PyFrame f, int index, PyStr name) {
        PyDict globals = f.globals;
        int gv = globals.version();
        PyObject v = globals.getItem(name);
        if (v != null) {
            f.code.caches[index] = new GlobalCache(globals, gv, null, 0, v);
            return v;
        }
        if (!(f.builtins instanceof PyDict b)) {
            return loadGlobal(f, name);
        }
        int bv = b.version();
        v = b.getItem(name);
        if (v == null) {
            throw nameError(name);
        }
        f.code.caches[index] = new GlobalCache(globals, gv, b, bv, v);
        return v;
    }

    static PyObject loadGlobal(PyFrame f, PyStr name) {
        PyObject v = f.globals.getItem(name);
        if (v == null) {
            v = fromBuiltins(f.builtins, name);
            if (v == null) {
                throw nameError(name);
            }
        }
        return v;
    }

    static PyObject fromBuiltins(PyObject builtins, PyStr name) {
        if (builtins instanceof PyDict d) {
            return d.getItem(name);
        }
        try {
            return Abstract.getItem(builtins, name);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    static PyException nameError(PyStr name) {
        PyException e = PyErr.format(PyExc.NameError, "name '%s' is not defined", name.value());
        Abstract.setAttr(e.value(), PyStr.of("name"), name);
        return e;
    }

    static PyObject loadName(PyFrame f, PyStr name) {
        PyObject locals = f.locals;
        if (locals == null) {
            throw PyErr.format(PyExc.SystemError, "no locals when loading '%s'", name.value());
        }
        PyObject v = lookupMapping(locals, name);
        if (v != null) {
            return v;
        }
        return loadGlobal(f, name);
    }

    /** {@code mapping[name]}, or null when it is missing (a KeyError from a mapping counts as missing). */
    static PyObject lookupMapping(PyObject mapping, PyStr name) {
        if (mapping.getClass() == PyDict.class) {
            return ((PyDict) mapping).getItem(name);
        }
        try {
            return Abstract.getItem(mapping, name);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) {
                return null;
            }
            throw e;
        }
    }

    static void storeName(PyFrame f, PyStr name, PyObject v) {
        PyObject locals = f.locals;
        if (locals == null) {
            throw PyErr.format(PyExc.SystemError, "no locals found when storing '%s'", name.value());
        }
        if (locals.getClass() == PyDict.class) {
            ((PyDict) locals).setItem(name, v);
        } else {
            Abstract.setItem(locals, name, v);
        }
    }

    static PyException unboundLocal(PyCode co, int slot) {
        return PyErr.format(PyExc.UnboundLocalError, "cannot access local variable '%s' where it is not associated with a value",
                co.localNames[slot].value());
    }

    static PyObject loadDeref(PyCode co, PyObject[] fast, int slot) {
        PyObject v = ((PyCell) fast[slot]).ref;
        if (v == null) {
            throw unboundDeref(co, slot);
        }
        return v;
    }

    static PyException unboundDeref(PyCode co, int slot) {
        if ((co.unit.localsPlusKinds[slot] & CodeUnit.CO_FAST_FREE) != 0) {
            PyException e = PyErr.format(PyExc.NameError,
                    "cannot access free variable '%s' where it is not associated with a value in enclosing scope",
                    co.localNames[slot].value());
            Abstract.setAttr(e.value(), PyStr.of("name"), co.localNames[slot]);
            return e;
        }
        return unboundLocal(co, slot);
    }

    // ---- attributes ----

    /** The MRO lookup of one attribute name on one type version: an inline cache entry. */
    private record AttrCache(PyType type, int version, PyObject descr) {
    }

    private static PyObject typeLookup(PyCode co, int index, PyType t, PyStr name) {
        Object c = co.caches[index];
        if (c instanceof AttrCache ac && ac.type == t && ac.version == t.versionTag()) {
            return ac.descr;
        }
        int version = t.versionTag();
        PyObject descr = t.lookup(name);
        co.caches[index] = new AttrCache(t, version, descr);
        return descr;
    }

    static PyObject loadAttr(PyCode co, int index, PyObject owner, PyStr name) {
        PyType t = owner.type();
        if (t.tp_getattro != GenericAttr.GETATTRO) {
            return Abstract.getAttr(owner, name);
        }
        PyObject descr = typeLookup(co, index, t, name);
        var get = descr == null ? null : descr.type().tp_descr_get;
        if (get != null && descr.type().tp_descr_set != null) {
            return get.call(descr, owner, t);
        }
        if (owner instanceof WithDict wd) {
            PyDict dict = wd.getDict();
            PyObject v = dict == null ? null : dict.getItem(name);
            if (v != null) {
                return v;
            }
        }
        if (get != null) {
            return get.call(descr, owner, t);
        }
        if (descr != null) {
            return descr;
        }
        throw GenericAttr.noAttribute(owner, name);
    }

    /**
     * {@code LOAD_ATTR} with the method bit: leaves {@code [function, self]} when the attribute is
     * a plain method of the type (no bound method made), else {@code [NULL, attribute]}.
     */
    static int loadMethod(PyCode co, int index, PyObject[] fast, int sp, PyStr name) {
        PyObject owner = fast[sp - 1];
        PyType t = owner.type();
        if (t.tp_getattro == GenericAttr.GETATTRO) {
            PyObject descr = typeLookup(co, index, t, name);
            if (descr instanceof PyFunction || descr instanceof PyMethodDescr) {
                PyObject shadow = null;
                if (owner instanceof WithDict wd) {
                    PyDict dict = wd.getDict();
                    shadow = dict == null ? null : dict.getItem(name);
                }
                if (shadow == null) {
                    fast[sp - 1] = descr;
                    fast[sp++] = owner;
                    return sp;
                }
            }
            fast[sp - 1] = null;
            fast[sp++] = loadAttr(co, index, owner, name);
            return sp;
        }
        fast[sp - 1] = null;
        fast[sp++] = Abstract.getAttr(owner, name);
        return sp;
    }

    /** {@code _PyObject_LookupSpecial}: a special method looked up on the type and bound, or null. */
    static PyObject lookupSpecial(PyObject o, PyStr name) {
        PyObject descr = o.type().lookup(name);
        if (descr == null) {
            return null;
        }
        var get = descr.type().tp_descr_get;
        return get == null ? descr : get.call(descr, o, o.type());
    }

    // ---- calls ----

    static String[] kwnames(PyCode co, int index, PyObject names) {
        Object c = co.caches[index];
        if (c instanceof String[] s) {
            return s;
        }
        PyTuple t = (PyTuple) names;
        String[] s = new String[t.size()];
        for (int i = 0; i < s.length; i++) {
            s[i] = ((PyStr) t.get(i)).value();
        }
        co.caches[index] = s;
        return s;
    }

    /**
     * {@code list.append}'s descriptor: a call of it on an exact list with one argument skips
     * argument binding, as CPython's {@code CALL_NO_KW_LIST_APPEND} specialization does.
     */
    private static final class ListAppend {
        static final PyObject DESCR = PyList.TYPE.lookup(PyStr.of("append"));
    }

    /** Calls {@code callable} with {@code n} arguments from {@code stack[start..]}. */
    static PyObject call(ThreadState ts, PyObject callable, PyObject[] stack, int start, int n, String[] kwnames) {
        if (callable instanceof PyFunction fn) {
            return fn.run(ts, fn.newFrame(stack, start, n, kwnames));
        }
        if (callable instanceof PyMethodDescr d && n - (kwnames == null ? 0 : kwnames.length) >= 1) {
            if (d == ListAppend.DESCR && n == 2 && kwnames == null && stack[start].getClass() == PyList.class) {
                ((PyList) stack[start]).append(stack[start + 1]);
                return PyNone.NONE;
            }
            return d.callWithSelf(stack[start], Arrays.copyOfRange(stack, start + 1, start + n), kwnames);
        }
        if (callable instanceof PyBoundMethod m && m.func instanceof PyFunction fn) {
            return fn.run(ts, fn.newMethodFrame(m.self, stack, start, n, kwnames));
        }
        return Abstract.call(callable, Arrays.copyOfRange(stack, start, start + n), kwnames);
    }

    // ---- iteration ----

    /** The next item for {@code FOR_ITER}, or null when exhausted (a StopIteration counts as exhausted). */
    static PyObject forIterNext(PyObject it) {
        if (it.getClass() == PyRangeIter.class) {
            return ((PyRangeIter) it).next();
        }
        return Abstract.next(it);
    }

    /**
     * {@code SEND}: sends {@code stack[sp-1]} into the receiver {@code stack[sp-2]}; the result
     * replaces the sent value. Returns true when the receiver returned (the loop then jumps).
     */
    static boolean send(ThreadState ts, PyObject[] stack, int sp) {
        PyObject receiver = stack[sp - 2];
        PyObject v = stack[sp - 1];
        if (receiver instanceof GenBase g) {
            PyObject r = g.sendEx(ts, v, null);
            stack[sp - 1] = r;
            return g.returned;
        }
        try {
            PyObject r;
            if (v == PyNone.NONE && receiver.type().tp_iternext != null) {
                r = receiver.type().tp_iternext.call(receiver);
                if (r == null) {
                    stack[sp - 1] = PyNone.NONE;
                    return true;
                }
            } else {
                r = Abstract.callMethod(receiver, "send", v);
            }
            stack[sp - 1] = r;
            return false;
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                stack[sp - 1] = stopIterationValue(e.value());
                return true;
            }
            throw e;
        }
    }

    /** The {@code value} of a StopIteration: its first argument, or None. */
    static PyObject stopIterationValue(PyBaseException e) {
        PyObject v = Abstract.lookupAttr(e, PyStr.of("value"));
        if (v != null) {
            return v;
        }
        return e.args().size() > 0 ? e.args().get(0) : PyNone.NONE;
    }

    // ---- exceptions ----

    /** {@code RAISE_VARARGS}: the exception to raise, with its cause and context set. */
    static PyException raise(ThreadState ts, PyObject[] stack, int sp, int argc) {
        if (argc == 0) {
            PyBaseException current = ts.handledException();
            if (current == null) {
                return PyErr.format(PyExc.RuntimeError, "No active exception to reraise");
            }
            return current.toJava();
        }
        PyBaseException exc = instantiate(stack[sp], "exceptions must derive from BaseException");
        if (argc == 2) {
            PyObject cause = stack[sp + 1];
            if (cause == PyNone.NONE) {
                exc.setCause(PyNone.NONE);
            } else {
                exc.setCause(instantiate(cause, "exception causes must derive from BaseException"));
            }
        }
        chainContext(ts, exc);
        return exc.toJava();
    }

    /** An exception instance from a raise operand: an instance, or a class to call with no arguments. */
    static PyBaseException instantiate(PyObject o, String error) {
        if (o instanceof PyBaseException e) {
            return e;
        }
        if (o instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            PyObject v = Abstract.call(t);
            if (v instanceof PyBaseException e) {
                return e;
            }
            throw PyErr.typeError("calling %s should have returned an instance of BaseException, not %s",
                    Abstract.repr(t).value(), PyErr.typeName(v));
        }
        throw PyErr.typeError(error);
    }

    /** Implicit chaining: the exception being handled becomes {@code exc.__context__}, avoiding cycles. */
    static void chainContext(ThreadState ts, PyBaseException exc) {
        PyBaseException handled = ts.handledException();
        if (handled == null || handled == exc) {
            return;
        }
        PyBaseException o = handled;
        PyBaseException slow = o;
        boolean toggle = false;
        while (o.context() instanceof PyBaseException ctx) {
            if (ctx == exc) {
                o.setContext(PyNone.NONE);
                break;
            }
            o = ctx;
            if (o == slow) {
                break;
            }
            if (toggle && slow.context() instanceof PyBaseException s) {
                slow = s;
            }
            toggle = !toggle;
        }
        exc.setContext(handled);
    }

    /** {@code CHECK_EXC_MATCH}: isinstance of the exception against a class or tuple of classes. */
    static boolean exceptionMatches(PyObject exc, PyObject match) {
        if (match instanceof PyTuple t) {
            for (PyObject m : t.items()) {
                checkCatchable(m);
            }
            for (PyObject m : t.items()) {
                if (exc.type().isSubtype((PyType) m)) {
                    return true;
                }
            }
            return false;
        }
        checkCatchable(match);
        return exc.type().isSubtype((PyType) match);
    }

    private static void checkCatchable(PyObject m) {
        if (!(m instanceof PyType t) || !t.isSubtype(PyExc.BaseException)) {
            throw PyErr.typeError("catching classes that do not inherit from BaseException is not allowed");
        }
    }

    /** A stray Java exception turned into the SystemError a Python user sees instead. */
    static PyException systemError(RuntimeException e) {
        StackTraceElement[] st = e.getStackTrace();
        String where = st.length > 0 ? " at " + st[0] : "";
        return PyErr.format(PyExc.SystemError, "internal error: %s%s", e, where);
    }
}
