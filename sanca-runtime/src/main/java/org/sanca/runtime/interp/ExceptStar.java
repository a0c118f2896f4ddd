package org.sanca.runtime.interp;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import java.util.List;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyInt;
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
    private static final PyStr NOTES = PyStr.of("__notes__");

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
            match = Abstract.getItem(pair, PyInt.of(0));
            rest = Abstract.getItem(pair, PyInt.of(1));
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

    /**
     * The exception an {@code except*} block re-raises: those its clauses raised, and the part of
     * the original group they re-raised, projected onto the original's structure
     * ({@code _PyExc_PrepReraiseStar}).
     */
    static PyObject prepReraise(PyObject orig, PyList excs) {
        PyObject[] items = excs.toArray();
        if (items.length == 0) {
            return PyNone.NONE;
        }
        if (!orig.type().isSubtype(PyExc.BaseExceptionGroup)) {
            return items[0];
        }
        List<PyObject> raised = new ArrayList<>();
        List<PyObject> reraised = new ArrayList<>();
        for (PyObject e : items) {
            if (e == PyNone.NONE) {
                continue;
            }
            if (sameMetadata((PyBaseException) e, (PyBaseException) orig)) {
                reraised.add(e);
            } else {
                raised.add(e);
            }
        }
        Set<PyObject> leaves = Collections.newSetFromMap(new IdentityHashMap<>());
        for (PyObject e : reraised) {
            collectLeaves(e, leaves);
        }
        if (!leaves.isEmpty()) {
            PyObject pair = Abstract.callMethod(orig, "split", new LeafPredicate(leaves));
            PyObject kept = Abstract.getItem(pair, PyInt.of(0));
            if (kept != PyNone.NONE) {
                raised.add(kept);
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

    private static boolean sameMetadata(PyBaseException a, PyBaseException b) {
        return a.traceback() == b.traceback() && a.cause() == b.cause() && a.context() == b.context()
                && Abstract.lookupAttr(a, NOTES) == Abstract.lookupAttr(b, NOTES);
    }

    private static void collectLeaves(PyObject e, Set<PyObject> out) {
        if (e.type().isSubtype(PyExc.BaseExceptionGroup)) {
            PyObject it = Abstract.getIter(Abstract.getAttr(e, PyStr.of("exceptions")));
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                collectLeaves(x, out);
            }
        } else {
            out.add(e);
        }
    }

    /** The predicate handed to {@code split}: is the leaf one of a set of exceptions (by identity). */
    private static final class LeafPredicate extends PyObject {
        static final PyType TYPE = PyType.builtin("leaf_predicate", LeafPredicate.class, PyType.OBJECT, 0,
                t -> t.tp_call = (self, args, kw) -> PyBool.of(((LeafPredicate) self).leaves.contains(args[0])));

        final Set<PyObject> leaves;

        LeafPredicate(Set<PyObject> leaves) {
            this.leaves = leaves;
        }

        @Override
        public PyType type() {
            return TYPE;
        }
    }
}
