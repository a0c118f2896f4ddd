package org.sanca.runtime.interp;

import org.sanca.compiler.CodeUnit;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * The functions of {@code CALL_INTRINSIC_1} and {@code CALL_INTRINSIC_2}, numbered as CPython
 * 3.12's {@code Include/internal/pycore_intrinsics.h} ({@code Python/intrinsics.c}).
 */
final class Intrinsics {
    static final int PRINT = 1;
    static final int IMPORT_STAR = 2;
    static final int STOPITERATION_ERROR = 3;
    static final int ASYNC_GEN_WRAP = 4;
    static final int UNARY_POSITIVE = 5;
    static final int LIST_TO_TUPLE = 6;
    static final int TYPEVAR = 7;
    static final int PARAMSPEC = 8;
    static final int TYPEVARTUPLE = 9;
    static final int SUBSCRIPT_GENERIC = 10;
    static final int TYPEALIAS = 11;
    static final int PREP_RERAISE_STAR = 1;
    static final int TYPEVAR_WITH_BOUND = 2;
    static final int TYPEVAR_WITH_CONSTRAINTS = 3;
    static final int SET_FUNCTION_TYPE_PARAMS = 4;

    private Intrinsics() {
    }

    static PyObject call1(ThreadState ts, PyFrame f, int which, PyObject v) {
        return switch (which) {
            case PRINT -> {
                PyObject hook = Abstract.lookupAttr(ts.interp.sys(), PyStr.of("displayhook"));
                if (hook == null) {
                    throw PyErr.format(PyExc.RuntimeError, "lost sys.displayhook");
                }
                yield Abstract.call(hook, v);
            }
            case IMPORT_STAR -> {
                ts.interp.importer().importStar(f, v);
                yield PyNone.NONE;
            }
            case STOPITERATION_ERROR -> stopIterationError(f, (PyBaseException) v);
            case ASYNC_GEN_WRAP -> new AsyncGenWrapped(v);
            case UNARY_POSITIVE -> Abstract.positive(v);
            case LIST_TO_TUPLE -> PyTuple.of(((PyList) v).toArray());
            case TYPEVAR -> typing(ts, "_pep695_typevar", v);
            case PARAMSPEC -> typing(ts, "_pep695_paramspec", v);
            case TYPEVARTUPLE -> typing(ts, "_pep695_typevartuple", v);
            case SUBSCRIPT_GENERIC -> typing(ts, "_pep695_generic", v);
            case TYPEALIAS -> typing(ts, "_pep695_typealias", ((PyTuple) v).items());
            default -> throw PyErr.format(PyExc.SystemError, "intrinsic function %d is not supported yet", which);
        };
    }

    static PyObject call2(ThreadState ts, PyFrame f, int which, PyObject v1, PyObject v2) {
        return switch (which) {
            case PREP_RERAISE_STAR -> ExceptStar.prepReraise(v1, (PyList) v2);
            case TYPEVAR_WITH_BOUND -> typing(ts, "_pep695_typevar", v1, v2);
            case TYPEVAR_WITH_CONSTRAINTS -> typing(ts, "_pep695_typevar", v1, PyNone.NONE, v2);
            case SET_FUNCTION_TYPE_PARAMS -> {
                Abstract.setAttr(v1, PyStr.of("__type_params__"), v2);
                yield v1;
            }
            default -> throw PyErr.format(PyExc.SystemError, "intrinsic function %d is not supported yet", which);
        };
    }

    /** PEP 695's objects (type variables, aliases, the Generic base) are made by typing's helpers. */
    private static PyObject typing(ThreadState ts, String helper, PyObject... args) {
        PyObject typing = ts.interp.importer().importModule("typing");
        return Abstract.call(Abstract.getAttr(typing, PyStr.of(helper)), args);
    }

    /** PEP 479: a StopIteration leaving a generator's frame becomes a RuntimeError. */
    private static PyObject stopIterationError(PyFrame f, PyBaseException exc) {
        int flags = f.code.flags;
        String kind = (flags & CodeUnit.CO_ASYNC_GENERATOR) != 0 ? "async generator"
                : (flags & CodeUnit.CO_COROUTINE) != 0 ? "coroutine" : "generator";
        String msg = null;
        if (exc.type().isSubtype(PyExc.StopIteration)) {
            msg = kind + " raised StopIteration";
        } else if ((flags & CodeUnit.CO_ASYNC_GENERATOR) != 0 && exc.type().isSubtype(PyExc.StopAsyncIteration)) {
            msg = "async generator raised StopAsyncIteration";
        }
        if (msg == null) {
            return exc;
        }
        PyBaseException err = PyErr.newException(PyExc.RuntimeError, PyStr.of(msg));
        err.setCause(exc);
        err.setContext(exc);
        return err;
    }
}
