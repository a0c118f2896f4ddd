package org.sanca.runtime.interp;

import java.util.ArrayList;
import java.util.List;

import org.sanca.compiler.CodeUnit;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * Binds call arguments to the parameters of a Python function, filling the fast locals of its
 * new frame: CPython's {@code initialize_locals} ({@code Python/ceval.c}), in the same order of
 * checks and with the same {@code TypeError} texts.
 */
final class ArgBinder {
    private ArgBinder() {
    }

    /**
     * Binds {@code args[start .. start+n)}: positional arguments, then the values of the keyword
     * arguments that {@code kwnames} names (null when there are none).
     */
    static void bind(PyFunction f, PyObject[] locals, PyObject[] args, int start, int n, String[] kwnames) {
        PyCode co = f.code;
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = n - nkw;
        int argcount = co.argCount;
        int total = argcount + co.kwOnlyArgCount;
        boolean varargs = (co.flags & CodeUnit.CO_VARARGS) != 0;
        boolean varkw = (co.flags & CodeUnit.CO_VARKEYWORDS) != 0;
        PyDict kwdict = null;
        if (varkw) {
            kwdict = new PyDict();
            locals[total + (varargs ? 1 : 0)] = kwdict;
        }
        int take = Math.min(npos, argcount);
        System.arraycopy(args, start, locals, 0, take);
        if (varargs) {
            PyObject[] rest = new PyObject[Math.max(0, npos - argcount)];
            System.arraycopy(args, start + take, rest, 0, rest.length);
            locals[total] = PyTuple.of(rest);
        }
        if (nkw > 0) {
            bindKeywords(f, locals, args, start + npos, kwnames, kwdict);
        }
        if (npos > argcount && !varargs) {
            throw tooManyPositional(f, npos, locals);
        }
        if (npos < argcount) {
            fillPositionalDefaults(f, locals, npos);
        }
        if (co.kwOnlyArgCount > 0) {
            fillKwOnlyDefaults(f, locals);
        }
    }

    private static void bindKeywords(PyFunction f, PyObject[] locals, PyObject[] args, int kwstart, String[] kwnames,
                                     PyDict kwdict) {
        PyCode co = f.code;
        int total = co.argCount + co.kwOnlyArgCount;
        List<String> posOnlyAsKw = null;
        for (int k = 0; k < kwnames.length; k++) {
            String name = kwnames[k];
            PyObject value = args[kwstart + k];
            int ix = -1;
            for (int i = co.posOnlyArgCount; i < total; i++) {
                if (co.localNames[i].value().equals(name)) {
                    ix = i;
                    break;
                }
            }
            if (ix < 0) {
                if (kwdict != null) {
                    kwdict.setItem(PyStr.of(name), value);
                    continue;
                }
                if (isPositionalOnly(co, name)) {
                    if (posOnlyAsKw == null) {
                        posOnlyAsKw = new ArrayList<>();
                    }
                    posOnlyAsKw.add(name);
                    continue;
                }
                throw PyErr.typeError("%s() got an unexpected keyword argument '%s'", f.qualname(), name);
            }
            if (locals[ix] != null) {
                throw PyErr.typeError("%s() got multiple values for argument '%s'", f.qualname(), name);
            }
            locals[ix] = value;
        }
        if (posOnlyAsKw != null) {
            throw PyErr.typeError("%s() got some positional-only arguments passed as keyword arguments: '%s'",
                    f.qualname(), String.join(", ", posOnlyAsKw));
        }
    }

    private static boolean isPositionalOnly(PyCode co, String name) {
        for (int i = 0; i < co.posOnlyArgCount; i++) {
            if (co.localNames[i].value().equals(name)) {
                return true;
            }
        }
        return false;
    }

    private static void fillPositionalDefaults(PyFunction f, PyObject[] locals, int npos) {
        PyCode co = f.code;
        PyObject[] defs = f.defaults == null ? new PyObject[0] : f.defaults.items();
        int firstDefault = co.argCount - defs.length;
        List<String> missing = null;
        for (int i = npos; i < co.argCount; i++) {
            if (locals[i] != null) {
                continue;
            }
            if (i >= firstDefault) {
                locals[i] = defs[i - firstDefault];
            } else {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(co.localNames[i].value());
            }
        }
        if (missing != null) {
            throw missingArguments(f, missing, "positional");
        }
    }

    private static void fillKwOnlyDefaults(PyFunction f, PyObject[] locals) {
        PyCode co = f.code;
        List<String> missing = null;
        for (int i = co.argCount; i < co.argCount + co.kwOnlyArgCount; i++) {
            if (locals[i] != null) {
                continue;
            }
            PyObject def = f.kwdefaults == null ? null : f.kwdefaults.getItem(co.localNames[i]);
            if (def != null) {
                locals[i] = def;
            } else {
                if (missing == null) {
                    missing = new ArrayList<>();
                }
                missing.add(co.localNames[i].value());
            }
        }
        if (missing != null) {
            throw missingArguments(f, missing, "keyword-only");
        }
    }

    static PyException missingArguments(PyFunction f, List<String> names, String kind) {
        int n = names.size();
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            if (i > 0) {
                s.append(n == 2 ? " and " : i == n - 1 ? ", and " : ", ");
            }
            s.append('\'').append(names.get(i)).append('\'');
        }
        return PyErr.typeError("%s() missing %d required %s argument%s: %s", f.qualname(), n, kind,
                n == 1 ? "" : "s", s);
    }

    private static PyException tooManyPositional(PyFunction f, int given, PyObject[] locals) {
        PyCode co = f.code;
        int kwonlyGiven = 0;
        for (int i = co.argCount; i < co.argCount + co.kwOnlyArgCount; i++) {
            if (locals[i] != null) {
                kwonlyGiven++;
            }
        }
        int defcount = f.defaults == null ? 0 : f.defaults.size();
        String sig;
        boolean plural;
        if (defcount > 0) {
            sig = "from " + (co.argCount - defcount) + " to " + co.argCount;
            plural = true;
        } else {
            sig = Integer.toString(co.argCount);
            plural = co.argCount != 1;
        }
        String kwonlySig = "";
        if (kwonlyGiven > 0) {
            kwonlySig = String.format(" positional argument%s (and %d keyword-only argument%s)",
                    given != 1 ? "s" : "", kwonlyGiven, kwonlyGiven != 1 ? "s" : "");
        }
        return PyErr.typeError("%s() takes %s positional argument%s but %d%s %s given", f.qualname(), sig,
                plural ? "s" : "", given, kwonlySig, given == 1 && kwonlyGiven == 0 ? "was" : "were");
    }
}
