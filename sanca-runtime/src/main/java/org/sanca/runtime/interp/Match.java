package org.sanca.runtime.interp;

import static org.sanca.compiler.Opcode.MATCH_CLASS;
import static org.sanca.compiler.Opcode.MATCH_KEYS;
import static org.sanca.compiler.Opcode.MATCH_MAPPING;

import java.util.HashSet;
import java.util.Set;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyType;

/**
 * The {@code match} statement's instructions: {@code MATCH_MAPPING}, {@code MATCH_SEQUENCE},
 * {@code MATCH_KEYS} and {@code MATCH_CLASS} (CPython's {@code match_keys} and
 * {@code match_class} in {@code Python/ceval.c}).
 */
final class Match {
    private static final PyStr MATCH_ARGS = PyStr.of("__match_args__");

    private Match() {
    }

    static int execute(PyObject[] s, int sp, int word) {
        int op = word & 0xFF;
        if (op == MATCH_MAPPING) {
            s[sp] = PyBool.of(isMapping(s[sp - 1]));
            return sp + 1;
        }
        if (op == MATCH_KEYS) {
            s[sp] = keys(s[sp - 2], (PyTuple) s[sp - 1]);
            return sp + 1;
        }
        if (op == MATCH_CLASS) {
            PyTuple names = (PyTuple) s[--sp];
            PyObject cls = s[--sp];
            PyObject subject = s[sp - 1];
            s[sp] = null;
            s[sp + 1] = null;
            s[sp - 1] = matchClass(subject, cls, word >>> 8, names);
            return sp;
        }
        s[sp] = PyBool.of(isSequence(s[sp - 1]));
        return sp + 1;
    }

    private static boolean isMapping(PyObject subject) {
        PyType t = subject.type();
        return t.isSubtype(PyDict.TYPE) || t.isHeapType() && registered(subject, "Mapping");
    }

    private static boolean isSequence(PyObject subject) {
        PyType t = subject.type();
        if (t.isSubtype(PyList.TYPE) || t.isSubtype(PyTuple.TYPE) || t.isSubtype(org.sanca.runtime.objects.PyRange.TYPE)
                || t.isSubtype(org.sanca.runtime.objects.PyMemoryView.TYPE) || t.hasFlagInMro(PyType.SEQUENCE)) {
            return true;
        }
        return t.isHeapType() && !t.isSubtype(PyStr.TYPE) && !t.isSubtype(org.sanca.runtime.objects.PyBytes.TYPE)
                && !t.isSubtype(org.sanca.runtime.objects.PyByteArray.TYPE) && !t.isSubtype(PyDict.TYPE)
                && registered(subject, "Sequence");
    }

    /**
     * Whether a class defined in Python is a {@code collections.abc} Sequence or Mapping: CPython
     * marks such classes with Py_TPFLAGS_SEQUENCE/MAPPING when they derive from, or are
     * registered with, those ABCs ({@code __abc_tpflags__}); the ABC's own check says the same.
     */
    private static boolean registered(PyObject subject, String abc) {
        PyObject module = InterpreterState.current().modules().getItem(PyStr.of("_collections_abc"));
        if (module == null) {
            return false;
        }
        PyObject cls = Abstract.lookupAttr(module, PyStr.of(abc));
        return cls != null && Abstract.isInstance(subject, cls);
    }

    private static PyObject keys(PyObject subject, PyTuple keys) {
        PyObject[] values = new PyObject[keys.size()];
        for (int i = 0; i < values.length; i++) {
            PyObject k = keys.get(i);
            for (int j = 0; j < i; j++) {
                if (Abstract.richCompareBool(keys.get(j), k, org.sanca.runtime.types.CompareOp.EQ)) {
                    throw PyErr.valueError("mapping pattern checks duplicate key (%s)", Abstract.repr(k).value());
                }
            }
            PyObject v;
            if (subject.getClass() == PyDict.class) {
                v = ((PyDict) subject).getItem(k);
            } else {
                PyObject dummy = new PyList();
                v = Abstract.callMethod(subject, "get", k, dummy);
                if (v == dummy) {
                    v = null;
                }
            }
            if (v == null) {
                return PyNone.NONE;
            }
            values[i] = v;
        }
        return PyTuple.of(values);
    }

    private static PyObject matchClass(PyObject subject, PyObject clsObj, int nargs, PyTuple kwnames) {
        if (!(clsObj instanceof PyType cls)) {
            throw PyErr.typeError("called match pattern must be a class");
        }
        if (!subject.type().isSubtype(cls)) {
            return PyNone.NONE;
        }
        PyObject[] out = new PyObject[nargs + kwnames.size()];
        Set<String> seen = new HashSet<>();
        if (nargs > 0) {
            PyObject matchArgs = Abstract.lookupAttr(cls, MATCH_ARGS);
            boolean matchSelf = false;
            int allowed;
            if (matchArgs != null) {
                if (!(matchArgs instanceof PyTuple)) {
                    throw PyErr.typeError("%s.__match_args__ must be a tuple (got %s)", cls.getName(), PyErr.typeName(matchArgs));
                }
                allowed = ((PyTuple) matchArgs).size();
            } else {
                matchSelf = matchesSelf(cls);
                allowed = matchSelf ? 1 : 0;
            }
            if (allowed < nargs) {
                throw PyErr.typeError("%s() accepts %d positional sub-pattern%s (%d given)", cls.getName(), allowed,
                        allowed == 1 ? "" : "s", nargs);
            }
            for (int i = 0; i < nargs; i++) {
                if (matchSelf) {
                    out[i] = subject;
                    continue;
                }
                PyObject name = ((PyTuple) matchArgs).get(i);
                if (!(name instanceof PyStr n)) {
                    throw PyErr.typeError("__match_args__ elements must be strings (got %s)", PyErr.typeName(name));
                }
                out[i] = attribute(subject, cls, n, seen);
                if (out[i] == null) {
                    return PyNone.NONE;
                }
            }
        }
        for (int i = 0; i < kwnames.size(); i++) {
            PyObject v = attribute(subject, cls, (PyStr) kwnames.get(i), seen);
            if (v == null) {
                return PyNone.NONE;
            }
            out[nargs + i] = v;
        }
        return PyTuple.of(out);
    }

    private static PyObject attribute(PyObject subject, PyType cls, PyStr name, Set<String> seen) {
        if (!seen.add(name.value())) {
            throw PyErr.typeError("%s() got multiple sub-patterns for attribute '%s'", cls.getName(), name.value());
        }
        return Abstract.lookupAttr(subject, name);
    }

    /** Builtin types matched by their one positional sub-pattern as a whole ({@code _Py_TPFLAGS_MATCH_SELF}). */
    private static boolean matchesSelf(PyType cls) {
        for (PyType t : new PyType[] {PyInt.TYPE, PyFloat.TYPE, PyStr.TYPE, PyList.TYPE, PyTuple.TYPE, PyDict.TYPE, PyBool.TYPE}) {
            if (cls.isSubtype(t)) {
                return true;
            }
        }
        String n = cls.getName();
        return !cls.isHeapType() && (n.equals("bytes") || n.equals("bytearray") || n.equals("set") || n.equals("frozenset"));
    }
}
