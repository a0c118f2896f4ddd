package org.sanca.runtime.interp;

import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyType;

/**
 * {@code except*} support: {@code CHECK_EG_MATCH} and the {@code PREP_RERAISE_STAR} intrinsic
 * (CPython's {@code exception_group_match} and {@code _PyExc_PrepReraiseStar}), built on the
 * exception group's own {@code split}.
 */
final class ExceptStar {
    private ExceptStar() {
    }

    /** Pushes {@code rest, match} for {@code CHECK_EG_MATCH}; returns the new stack pointer. */
    static int checkMatch(ThreadState ts, PyObject[] s, int sp) {
        PyObject matchType = s[--sp];
        PyObject exc = s[sp - 1];
        checkType(matchType);
        PyObject match;
        PyObject rest;
        if (exc == PyNone.NONE) {
            match = PyNone.NONE;
            rest = PyNone.NONE;
        } else if (Ops.exceptionMatches(exc, matchType) && !exc.type().isSubtype(PyExc.BaseExceptionGroup)) {
            PyType groupType = exc.type().isSubtype(PyExc.Exception) ? PyExc.ExceptionGroup : PyExc.BaseExceptionGroup;
            match = Abstract.call(groupType, PyStr.of(""), PyTuple.of(exc));
            ((PyBaseException) match).setTraceback(((PyBaseException) exc).traceback());
            rest = PyNone.NONE;
        } else if (exc.type().isSubtype(PyExc.BaseExceptionGroup)) {
            PyObject pair = Abstract.callMethod(exc, "split", matchType);
            match = Abstract.getItem(pair, org.sanca.runtime.objects.PyInt.of(0));
            rest = Abstract.getItem(pair, org.sanca.runtime.objects.PyInt.of(1));
        } else {
            match = PyNone.NONE;
            rest = exc;
        }
        s[sp - 1] = rest;
        s[sp++] = match;
        if (match != PyNone.NONE) {
            ts.excInfo.value = match;
        }
        return sp;
    }

    private static void checkType(PyObject t) {
        PyObject[] types = t instanceof PyTuple tup ? tup.items() : new PyObject[] {t};
        for (PyObject x : types) {
            if (x instanceof PyType ty && ty.isSubtype(PyExc.BaseExceptionGroup)) {
                throw org.sanca.runtime.objects.PyErr.typeError(
                        "catching ExceptionGroup with except* is not allowed. Use except instead.");
            }
        }
        Ops.exceptionMatches(PyNone.NONE, t);
    }

    /** The exception the except* block re-raises: those raised or re-raised by its clauses. */
    static PyObject prepReraise(PyObject orig, PyList excs) {
        List<PyObject> raised = new ArrayList<>();
        for (PyObject e : excs.toArray()) {
            if (e != PyNone.NONE) {
                raised.add(e);
            }
        }
        if (raised.isEmpty()) {
            return PyNone.NONE;
        }
        if (raised.size() == 1) {
            return raised.get(0);
        }
        return Abstract.call(PyExc.ExceptionGroup, PyStr.of(""), new PyList(raised.toArray(new PyObject[0])));
    }
}
