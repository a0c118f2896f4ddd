package org.sanca.runtime.interp;

import static org.sanca.compiler.Opcode.*;

import java.util.ArrayList;
import java.util.List;

import org.sanca.compiler.CodeUnit;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PySet;
import org.sanca.runtime.objects.PySlice;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyType;

/**
 * The instructions the evaluation loop does not handle inline (CPython's
 * {@code Python/bytecodes.c}): each takes the frame and the stack pointer and returns the new
 * stack pointer; a jump sets {@link PyFrame#ip}.
 */
final class ColdOps {
    private static final PyStr ANNOTATIONS = PyStr.of("__annotations__");
    private static final PyStr BUILD_CLASS = PyStr.of("__build_class__");
    private static final PyStr ENTER = PyStr.of("__enter__");
    private static final PyStr EXIT = PyStr.of("__exit__");
    private static final PyStr AENTER = PyStr.of("__aenter__");
    private static final PyStr AEXIT = PyStr.of("__aexit__");
    private static final PyStr SUPER = PyStr.of("super");

    private ColdOps() {
    }

    static int execute(ThreadState ts, PyFrame f, int word, int sp) {
        PyObject[] s = f.fast;
        PyCode co = f.code;
        int arg = word >>> 8;
        switch (word & 0xFF) {
            case GET_LEN -> s[sp++] = PyInt.of(Abstract.len(s[sp - 2]));
            case UNPACK_SEQUENCE -> sp = unpackSequence(s, sp, arg);
            case UNPACK_EX -> sp = unpackEx(s, sp, arg & 0xFF, arg >> 8);
            case LOAD_FAST_AND_CLEAR -> {
                s[sp++] = s[arg];
                s[arg] = null;
            }
            case DELETE_FAST -> {
                if (s[arg] == null) {
                    throw Ops.unboundLocal(co, arg);
                }
                s[arg] = null;
            }
            case MAKE_CELL -> s[arg] = new PyCell(s[arg]);
            case DELETE_DEREF -> {
                PyCell c = (PyCell) s[arg];
                if (c.ref == null) {
                    throw Ops.unboundDeref(co, arg);
                }
                c.ref = null;
            }
            case LOAD_FROM_DICT_OR_DEREF -> {
                PyObject v = Ops.lookupMapping(s[sp - 1], co.localNames[arg]);
                s[sp - 1] = v != null ? v : Ops.loadDeref(co, s, arg);
            }
            case LOAD_FROM_DICT_OR_GLOBALS -> {
                PyObject v = Ops.lookupMapping(s[sp - 1], co.names[arg]);
                s[sp - 1] = v != null ? v : Ops.loadGlobal(f, co.names[arg]);
            }
            case DELETE_NAME -> deleteName(f, co.names[arg]);
            case DELETE_GLOBAL -> {
                if (f.globals.delItem(co.names[arg]) == null) {
                    throw Ops.nameError(co.names[arg]);
                }
            }
            case DELETE_ATTR -> Abstract.setAttr(s[--sp], co.names[arg], null);
            case LOAD_LOCALS -> {
                if (f.locals == null) {
                    throw PyErr.format(PyExc.SystemError, "no locals found");
                }
                s[sp++] = f.locals;
            }
            case SETUP_ANNOTATIONS -> setupAnnotations(f);
            case LOAD_BUILD_CLASS -> {
                PyObject bc = Ops.fromBuiltins(f.builtins, BUILD_CLASS);
                if (bc == null) {
                    throw PyErr.format(PyExc.NameError, "__build_class__ not found");
                }
                s[sp++] = bc;
            }
            case LOAD_ASSERTION_ERROR -> s[sp++] = PyExc.AssertionError;
            case BUILD_MAP -> {
                PyDict d = new PyDict();
                sp -= 2 * arg;
                for (int i = 0; i < arg; i++) {
                    d.setItem(s[sp + 2 * i], s[sp + 2 * i + 1]);
                }
                clear(s, sp, sp + 2 * arg);
                s[sp++] = d;
            }
            case BUILD_CONST_KEY_MAP -> {
                PyTuple keys = (PyTuple) s[--sp];
                PyDict d = new PyDict();
                sp -= arg;
                for (int i = 0; i < arg; i++) {
                    d.setItem(keys.get(i), s[sp + i]);
                }
                clear(s, sp, sp + arg);
                s[sp++] = d;
            }
            case BUILD_SET -> {
                PySet set = new PySet();
                sp -= arg;
                for (int i = 0; i < arg; i++) {
                    set.add(s[sp + i]);
                }
                clear(s, sp, sp + arg);
                s[sp++] = set;
            }
            case SET_ADD -> {
                PyObject v = s[--sp];
                ((PySet) s[sp - arg]).add(v);
            }
            case SET_UPDATE -> {
                PyObject it = Abstract.getIter(s[--sp]);
                PySet set = (PySet) s[sp - arg];
                for (PyObject x = Ops.forIterNext(it); x != null; x = Ops.forIterNext(it)) {
                    set.add(x);
                }
            }
            case BUILD_SLICE -> {
                PyObject step = arg == 3 ? s[--sp] : PyNone.NONE;
                PyObject stop = s[--sp];
                s[sp - 1] = new PySlice(s[sp - 1], stop, step);
            }
            case BINARY_SLICE -> {
                PyObject stop = s[--sp];
                PyObject start = s[--sp];
                s[sp - 1] = Abstract.getItem(s[sp - 1], new PySlice(start, stop, PyNone.NONE));
            }
            case STORE_SLICE -> {
                PyObject stop = s[--sp];
                PyObject start = s[--sp];
                PyObject container = s[--sp];
                PyObject v = s[--sp];
                Abstract.setItem(container, new PySlice(start, stop, PyNone.NONE), v);
            }
            case MAP_ADD -> {
                PyObject v = s[--sp];
                PyObject k = s[--sp];
                ((PyDict) s[sp - arg]).setItem(k, v);
            }
            case BUILD_STRING -> {
                StringBuilder b = new StringBuilder();
                sp -= arg;
                for (int i = 0; i < arg; i++) {
                    b.append(((PyStr) s[sp + i]).value());
                }
                clear(s, sp, sp + arg);
                s[sp++] = PyStr.of(b.toString());
            }
            case FORMAT_VALUE -> sp = formatValue(s, sp, arg);
            case LIST_EXTEND -> {
                PyObject it = s[--sp];
                listExtend((PyList) s[sp - arg], it);
            }
            case DICT_UPDATE -> {
                PyObject other = s[--sp];
                dictUpdate((PyDict) s[sp - arg], other);
            }
            case DICT_MERGE -> {
                PyObject other = s[--sp];
                dictMerge((PyDict) s[sp - arg], other, s[sp - arg - 2]);
            }
            case CALL_FUNCTION_EX -> sp = CallEx.execute(ts, s, sp, arg);
            case MAKE_FUNCTION -> sp = makeFunction(f, s, sp, arg);
            case IMPORT_NAME -> {
                PyObject fromlist = s[--sp];
                PyObject level = s[sp - 1];
                s[sp - 1] = ts.interp.importer().importName(co.names[arg], f.globals, fromlist, level);
            }
            case IMPORT_FROM -> s[sp++] = ts.interp.importer().importFrom(s[sp - 2], co.names[arg]);
            case BEFORE_WITH -> sp = beforeWith(s, sp, ENTER, EXIT, "");
            case BEFORE_ASYNC_WITH -> sp = beforeWith(s, sp, AENTER, AEXIT, "asynchronous ");
            case WITH_EXCEPT_START -> {
                PyBaseException v = (PyBaseException) s[sp - 1];
                s[sp] = Abstract.call(s[sp - 4], v.type(), v, v.traceback());
                sp++;
            }
            case CLEANUP_THROW -> {
                PyBaseException exc = (PyBaseException) s[sp - 1];
                if (!exc.type().isSubtype(PyExc.StopIteration)) {
                    f.reraise = true;
                    throw exc.toJava();
                }
                s[sp - 3] = PyNone.NONE;
                s[sp - 2] = Ops.stopIterationValue(exc);
                s[--sp] = null;
            }
            case END_ASYNC_FOR -> {
                PyBaseException exc = (PyBaseException) s[sp - 1];
                if (!exc.type().isSubtype(PyExc.StopAsyncIteration)) {
                    f.reraise = true;
                    throw exc.toJava();
                }
                s[--sp] = null;
                s[--sp] = null;
            }
            case GET_YIELD_FROM_ITER -> s[sp - 1] = Awaits.yieldFromIter(co, s[sp - 1]);
            case GET_AWAITABLE -> s[sp - 1] = Awaits.awaitable(s[sp - 1], arg);
            case GET_AITER -> s[sp - 1] = Awaits.aiter(s[sp - 1]);
            case GET_ANEXT -> s[sp++] = Awaits.anext(s[sp - 2]);
            case LOAD_SUPER_ATTR -> sp = loadSuperAttr(f, s, sp, arg);
            case CALL_INTRINSIC_1 -> s[sp - 1] = Intrinsics.call1(ts, f, arg, s[sp - 1]);
            case CALL_INTRINSIC_2 -> {
                PyObject v2 = s[--sp];
                s[sp - 1] = Intrinsics.call2(ts, f, arg, s[sp - 1], v2);
            }
            case CHECK_EG_MATCH -> sp = ExceptStar.checkMatch(ts, s, sp);
            case MATCH_MAPPING, MATCH_SEQUENCE, MATCH_KEYS, MATCH_CLASS -> sp = Match.execute(s, sp, word);
            case Tracing.LINE -> sp = Tracing.line(ts, f, sp);
            default -> throw PyErr.format(PyExc.SystemError, "%s is not supported by this interpreter yet",
                    org.sanca.compiler.Opcode.name(word & 0xFF));
        }
        return sp;
    }

    static void clear(PyObject[] s, int from, int to) {
        for (int i = from; i < to; i++) {
            s[i] = null;
        }
    }

    private static void deleteName(PyFrame f, PyStr name) {
        if (f.locals == null) {
            throw PyErr.format(PyExc.SystemError, "no locals when deleting '%s'", name.value());
        }
        if (f.locals instanceof PyDict d) {
            if (d.delItem(name) == null) {
                throw Ops.nameError(name);
            }
            return;
        }
        try {
            Abstract.setItem(f.locals, name, null);
        } catch (PyException e) {
            if (e.matches(PyExc.KeyError)) {
                throw Ops.nameError(name);
            }
            throw e;
        }
    }

    private static void setupAnnotations(PyFrame f) {
        if (f.locals == null) {
            throw PyErr.format(PyExc.SystemError, "no locals found when setting up annotations");
        }
        if (Ops.lookupMapping(f.locals, ANNOTATIONS) == null) {
            Abstract.setItem(f.locals, ANNOTATIONS, new PyDict());
        }
    }

    private static int unpackSequence(PyObject[] s, int sp, int n) {
        PyObject seq = s[--sp];
        PyObject[] items = null;
        if (seq.getClass() == PyTuple.class) {
            items = ((PyTuple) seq).items();
        } else if (seq.getClass() == PyList.class) {
            items = ((PyList) seq).toArray();
        }
        if (items != null && items.length == n) {
            for (int i = n - 1; i >= 0; i--) {
                s[sp++] = items[i];
            }
            return sp;
        }
        PyObject it = iterForUnpack(seq);
        PyObject[] got = new PyObject[n];
        for (int i = 0; i < n; i++) {
            PyObject x = Ops.forIterNext(it);
            if (x == null) {
                throw PyErr.valueError("not enough values to unpack (expected %d, got %d)", n, i);
            }
            got[i] = x;
        }
        if (Ops.forIterNext(it) != null) {
            throw PyErr.valueError("too many values to unpack (expected %d)", n);
        }
        for (int i = n - 1; i >= 0; i--) {
            s[sp++] = got[i];
        }
        return sp;
    }

    private static PyObject iterForUnpack(PyObject seq) {
        PyType t = seq.type();
        if (t.tp_iter == null && t.sq_item == null) {
            throw PyErr.typeError("cannot unpack non-iterable %s object", PyErr.typeName(seq));
        }
        return Abstract.getIter(seq);
    }

    private static int unpackEx(PyObject[] s, int sp, int before, int after) {
        PyObject it = iterForUnpack(s[--sp]);
        List<PyObject> all = new ArrayList<>();
        for (PyObject x = Ops.forIterNext(it); x != null; x = Ops.forIterNext(it)) {
            all.add(x);
        }
        int n = all.size();
        if (n < before + after) {
            throw PyErr.valueError("not enough values to unpack (expected at least %d, got %d)", before + after, n);
        }
        for (int i = n - 1; i >= n - after; i--) {
            s[sp++] = all.get(i);
        }
        s[sp++] = new PyList(all.subList(before, n - after).toArray(new PyObject[0]));
        for (int i = before - 1; i >= 0; i--) {
            s[sp++] = all.get(i);
        }
        return sp;
    }

    private static int formatValue(PyObject[] s, int sp, int flags) {
        PyObject spec = (flags & 4) != 0 ? s[--sp] : null;
        PyObject v = s[sp - 1];
        switch (flags & 3) {
            case 1 -> v = Abstract.str(v);
            case 2 -> v = Abstract.repr(v);
            case 3 -> v = Formatting.ascii(v);
            default -> { }
        }
        s[sp - 1] = Formatting.format(v, spec);
        return sp;
    }

    private static void listExtend(PyList list, PyObject iterable) {
        if (iterable instanceof PyTuple t) {
            for (PyObject x : t.items()) {
                list.append(x);
            }
            return;
        }
        PyType t = iterable.type();
        if (t.tp_iter == null && t.sq_item == null) {
            throw PyErr.typeError("Value after * must be an iterable, not %s", PyErr.typeName(iterable));
        }
        PyObject it = Abstract.getIter(iterable);
        for (PyObject x = Ops.forIterNext(it); x != null; x = Ops.forIterNext(it)) {
            list.append(x);
        }
    }

    private static void dictUpdate(PyDict d, PyObject other) {
        if (PyDict.iteratesAsDict(other)) {
            d.updateFrom((PyDict) other);
            return;
        }
        PyObject keys = Abstract.lookupAttr(other, PyStr.of("keys"));
        if (keys == null) {
            throw PyErr.typeError("'%s' object is not a mapping", PyErr.typeName(other));
        }
        PyObject it = Abstract.getIter(Abstract.call(keys));
        for (PyObject k = Ops.forIterNext(it); k != null; k = Ops.forIterNext(it)) {
            d.setItem(k, Abstract.getItem(other, k));
        }
    }

    private static void dictMerge(PyDict d, PyObject other, PyObject func) {
        boolean direct = PyDict.iteratesAsDict(other);
        PyObject keys = direct ? null : Abstract.lookupAttr(other, PyStr.of("keys"));
        if (!direct && keys == null) {
            throw PyErr.typeError("%s argument after ** must be a mapping, not %s", functionStr(func), PyErr.typeName(other));
        }
        PyObject[] ks = direct ? ((PyDict) other).keysArray() : iterate(Abstract.call(keys));
        for (PyObject k : ks) {
            if (d.getItem(k) != null) {
                if (k instanceof PyStr ks1) {
                    throw PyErr.typeError("%s got multiple values for keyword argument '%s'", functionStr(func), ks1.value());
                }
                throw PyErr.typeError("%s keywords must be strings", functionStr(func));
            }
            d.setItem(k, direct ? ((PyDict) other).getItem(k) : Abstract.getItem(other, k));
        }
    }

    private static PyObject[] iterate(PyObject iterable) {
        PyObject it = Abstract.getIter(iterable);
        List<PyObject> out = new ArrayList<>();
        for (PyObject x = Ops.forIterNext(it); x != null; x = Ops.forIterNext(it)) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    /** {@code _PyObject_FunctionStr}: how call errors name a callable ({@code mod.f()}). */
    static String functionStr(PyObject func) {
        PyObject qualname = func == null ? null : Abstract.lookupAttr(func, PyStr.of("__qualname__"));
        if (!(qualname instanceof PyStr q)) {
            return func == null ? "function" : Abstract.str(func).value();
        }
        PyObject module = Abstract.lookupAttr(func, PyStr.of("__module__"));
        if (module instanceof PyStr m && !m.value().equals("builtins")) {
            return m.value() + "." + q.value() + "()";
        }
        return q.value() + "()";
    }

    private static int makeFunction(PyFrame f, PyObject[] s, int sp, int flags) {
        PyCode code = (PyCode) s[--sp];
        PyFunction fn = new PyFunction(code, f.globals, f.builtins);
        if ((flags & 8) != 0) {
            fn.closure = (PyTuple) s[--sp];
        }
        if ((flags & 4) != 0) {
            fn.annotations = s[--sp];
        }
        if ((flags & 2) != 0) {
            fn.kwdefaults = (PyDict) s[--sp];
        }
        if ((flags & 1) != 0) {
            fn.defaults = (PyTuple) s[--sp];
        }
        s[sp++] = fn;
        return sp;
    }

    private static int beforeWith(PyObject[] s, int sp, PyStr enterName, PyStr exitName, String kind) {
        PyObject mgr = s[sp - 1];
        PyObject enter = Ops.lookupSpecial(mgr, enterName);
        if (enter == null) {
            throw PyErr.typeError("'%s' object does not support the %scontext manager protocol", PyErr.typeName(mgr), kind);
        }
        PyObject exit = Ops.lookupSpecial(mgr, exitName);
        if (exit == null) {
            throw PyErr.typeError("'%s' object does not support the %scontext manager protocol (missed %s method)",
                    PyErr.typeName(mgr), kind, exitName.value());
        }
        s[sp - 1] = exit;
        s[sp] = Abstract.call(enter);
        return sp + 1;
    }

    private static int loadSuperAttr(PyFrame f, PyObject[] s, int sp, int arg) {
        PyObject self = s[--sp];
        PyObject cls = s[--sp];
        PyObject globalSuper = s[--sp];
        s[sp + 1] = null;
        s[sp + 2] = null;
        boolean twoArgs = (arg & 2) != 0 || globalSuper == Ops.fromBuiltins(f.builtins, SUPER);
        PyObject sup = twoArgs ? Abstract.call(globalSuper, cls, self) : Abstract.call(globalSuper);
        PyObject attr = Abstract.getAttr(sup, f.code.names[arg >> 2]);
        if ((arg & 1) != 0) {
            s[sp++] = null;
        }
        s[sp++] = attr;
        return sp;
    }

    static boolean isCoroutineCode(PyCode co) {
        return (co.flags & (CodeUnit.CO_COROUTINE | CodeUnit.CO_ITERABLE_COROUTINE)) != 0;
    }
}
