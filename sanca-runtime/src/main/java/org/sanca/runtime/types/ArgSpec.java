package org.sanca.runtime.types;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * A builtin's parameters, read from its text signature (see {@link PyMethod}), and the parsing
 * of call arguments against them: what CPython's Argument Clinic generates per function and
 * {@code Python/getargs.c} does at run time, with Clinic's error messages.
 */
public final class ArgSpec {
    /** The marker of an optional parameter with no Python-visible default. */
    static final PyObject UNREPRESENTABLE = null;

    final String funcName;
    final String[] names;
    /** Defaults for the trailing positional parameters and any keyword-only ones; null slot: required. */
    final PyObject[] defaults;
    final boolean[] hasDefault;
    final int posOnly;
    /** Parameters that may be given by position (the positional-only ones included). */
    final int positional;
    final int varArgs;
    final int varKw;
    final String textSignature;
    /** The name in the messages CPython words with the owner ({@code list.append() takes ...}). */
    private String qualName;
    /** Whether argument-count errors take {@code PyArg_ParseTuple}'s wording rather than Clinic's. */
    private boolean getargs;

    private ArgSpec(String funcName, String[] names, PyObject[] defaults, boolean[] hasDefault, int posOnly,
                    int positional, int varArgs, int varKw, String textSignature) {
        this.funcName = funcName;
        this.qualName = funcName;
        this.names = names;
        this.defaults = defaults;
        this.hasDefault = hasDefault;
        this.posOnly = posOnly;
        this.positional = positional;
        this.varArgs = varArgs;
        this.varKw = varKw;
        this.textSignature = textSignature;
    }

    /** Names the type a method belongs to, as CPython's one-argument and no-argument methods report it. */
    void qualify(String owner) {
        qualName = owner + "." + funcName;
    }

    /** Words argument-count errors as {@code PyArg_ParseTuple} does (see {@link PyMethod#getargs()}). */
    void useGetargsWording() {
        getargs = true;
    }

    /** CPython's {@code METH_O}: exactly one required positional-only parameter. */
    private boolean isSingleArg() {
        return names.length == 1 && posOnly == 1 && !hasDefault[0];
    }

    /** The number of Java parameters the method takes (after self). */
    public int arity() {
        return names.length;
    }

    /** A signature of {@code n} required positional-only parameters. */
    static ArgSpec positionalOnly(String funcName, int n) {
        String[] names = new String[n];
        for (int i = 0; i < n; i++) {
            names[i] = "arg" + i;
        }
        return new ArgSpec(funcName, names, new PyObject[n], new boolean[n], n, n, -1, -1, null);
    }

    /** Reads a text signature such as {@code "($self, sep=None, maxsplit=-1, /)"}. */
    static ArgSpec parse(String funcName, String sig) {
        String body = sig.trim();
        if (!body.startsWith("(") || !body.endsWith(")")) {
            throw new IllegalArgumentException("bad text signature for " + funcName + ": " + sig);
        }
        body = body.substring(1, body.length() - 1);
        List<String> names = new ArrayList<>();
        List<PyObject> defaults = new ArrayList<>();
        List<Boolean> has = new ArrayList<>();
        int posOnly = 0;
        int positional = -1;
        int varArgs = -1;
        int varKw = -1;
        for (String raw : splitTop(body)) {
            String p = raw.trim();
            if (p.isEmpty() || p.startsWith("$")) {
                continue;
            }
            if (p.equals("/")) {
                posOnly = names.size();
            } else if (p.equals("*")) {
                positional = names.size();
            } else if (p.startsWith("**")) {
                varKw = names.size();
                names.add(p.substring(2));
                defaults.add(null);
                has.add(false);
            } else if (p.startsWith("*")) {
                positional = names.size();
                varArgs = names.size();
                names.add(p.substring(1));
                defaults.add(null);
                has.add(false);
            } else {
                int eq = p.indexOf('=');
                if (eq < 0) {
                    names.add(p);
                    defaults.add(null);
                    has.add(false);
                } else {
                    names.add(p.substring(0, eq).trim());
                    defaults.add(literal(p.substring(eq + 1).trim()));
                    has.add(true);
                }
            }
        }
        if (positional < 0) {
            positional = varKw >= 0 ? varKw : names.size();
        }
        boolean[] hasDefault = new boolean[has.size()];
        for (int i = 0; i < hasDefault.length; i++) {
            hasDefault[i] = has.get(i);
        }
        return new ArgSpec(funcName, names.toArray(new String[0]), defaults.toArray(new PyObject[0]), hasDefault,
                posOnly, positional, varArgs, varKw, sig);
    }

    private static List<String> splitTop(String s) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        char quote = 0;
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == '(' || c == '[' || c == '{') {
                depth++;
            } else if (c == ')' || c == ']' || c == '}') {
                depth--;
            } else if (c == ',' && depth == 0) {
                out.add(s.substring(start, i));
                start = i + 1;
            }
        }
        out.add(s.substring(start));
        return out;
    }

    private static PyObject literal(String text) {
        switch (text) {
            case "None":
                return PyNone.NONE;
            case "True":
                return PyBool.TRUE;
            case "False":
                return PyBool.FALSE;
            case "<unrepresentable>":
                return UNREPRESENTABLE;
            case "()":
                return PyTuple.EMPTY;
            case "sys.maxsize":
                // Clinic's spelling of "to the end" for an index parameter (list.index's stop).
                return PyInt.of(Long.MAX_VALUE);
            default:
                break;
        }
        if (text.startsWith("'") || text.startsWith("\"")) {
            return PyStr.of(text.substring(1, text.length() - 1));
        }
        if (text.startsWith("b'")) {
            return new PyBytes(text.substring(2, text.length() - 1).getBytes(StandardCharsets.ISO_8859_1));
        }
        if (text.contains(".") || text.contains("e") || text.equals("inf")) {
            return PyFloat.of(Double.parseDouble(text));
        }
        return PyInt.of(Long.parseLong(text));
    }

    /**
     * Places call arguments into one array slot per parameter: positional, then keyword,
     * then defaults; {@code *args} as a tuple, {@code **kwargs} as a dict. Missing optional
     * parameters without a default are null. A call passing exactly one positional argument per
     * parameter gets {@code args} itself back.
     */
    public PyObject[] bind(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        int n = names.length;
        if (nkw == 0 && npos == n && varArgs < 0 && varKw < 0) {
            return args;
        }
        if (getargs) {
            if (nkw > 0) {
                throw PyErr.typeError("%s() takes no keyword arguments", qualName);
            }
            checkPositionalCount(npos);
        } else if (nkw == 0 && allPositionalOnly()) {
            checkPositionalCount(npos);
        } else if (nkw > 0 && !acceptsKeywords()) {
            // Such a function takes no keywords at all (METH_FASTCALL): that is checked before any count.
            throw badKeyword(kwnames[0]);
        }
        PyObject[] out = new PyObject[n];
        int maxPos = varArgs >= 0 ? varArgs : positional;
        if (npos > maxPos && varArgs < 0) {
            throw tooMany(npos, nkw);
        }
        if (nkw > 0 && varArgs < 0 && varKw < 0 && positional == n && posOnly < n && npos + nkw > n) {
            throw tooMany(npos + nkw, nkw);
        }
        if (nkw > 0 && npos < posOnly && !hasDefault[npos] && acceptsKeywords()) {
            throw missing(npos);
        }
        int take = Math.min(npos, maxPos);
        System.arraycopy(args, 0, out, 0, take);
        if (varArgs >= 0) {
            PyObject[] rest = new PyObject[Math.max(0, npos - maxPos)];
            System.arraycopy(args, take, rest, 0, rest.length);
            out[varArgs] = PyTuple.of(rest);
        }
        PyDict extra = varKw >= 0 ? new PyDict() : null;
        for (int k = 0; k < nkw; k++) {
            String kw = kwnames[k];
            int ix = indexOfKeyword(kw);
            if (ix < 0) {
                if (extra == null) {
                    throw badKeyword(kw);
                }
                extra.setItem(PyStr.of(kw), args[npos + k]);
            } else if (out[ix] != null) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", funcName, kw, ix + 1);
            } else {
                out[ix] = args[npos + k];
            }
        }
        if (varKw >= 0) {
            out[varKw] = extra;
        }
        for (int i = 0; i < n; i++) {
            if (out[i] == null && i != varArgs && i != varKw) {
                if (hasDefault[i]) {
                    out[i] = defaults[i];
                } else {
                    throw missing(i);
                }
            }
        }
        return out;
    }

    /**
     * True for a function of positional-only parameters other than a single required one:
     * Clinic checks those with {@code _PyArg_CheckPositional}, whose wording differs.
     */
    private boolean allPositionalOnly() {
        return varArgs < 0 && varKw < 0 && posOnly == names.length && names.length > 0
                && !(names.length == 1 && !hasDefault[0]);
    }

    private void checkPositionalCount(int npos) {
        int min = 0;
        while (min < names.length && !hasDefault[min]) {
            min++;
        }
        int max = names.length;
        if (npos < min || npos > max) {
            int bound = npos < min ? min : max;
            if (getargs) {
                String qualifier = min == max ? "exactly" : npos < min ? "at least" : "at most";
                throw PyErr.typeError("%s() takes %s %d argument%s (%d given)", funcName, qualifier, bound,
                        bound == 1 ? "" : "s", npos);
            }
            String qualifier = min == max ? "" : npos < min ? "at least " : "at most ";
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", funcName, qualifier, bound,
                    bound == 1 ? "" : "s", npos);
        }
    }

    private int indexOfKeyword(String kw) {
        for (int i = posOnly; i < names.length; i++) {
            if (i != varArgs && i != varKw && names[i].equals(kw)) {
                return i;
            }
        }
        return -1;
    }

    private RuntimeException tooMany(int npos, int nkw) {
        int required = 0;
        for (int i = 0; i < positional; i++) {
            if (!hasDefault[i]) {
                required++;
            }
        }
        if (names.length == 0) {
            return PyErr.typeError("%s() takes no arguments (%d given)", qualName, npos);
        }
        if (positional == 0) {
            return PyErr.typeError("%s() takes no positional arguments", funcName);
        }
        if (isSingleArg()) {
            return PyErr.typeError("%s() takes exactly one argument (%d given)", qualName, npos);
        }
        String what = positional < names.length - (varKw >= 0 ? 1 : 0) ? "positional argument" : "argument";
        return PyErr.typeError("%s() takes %s %d %s%s (%d given)", funcName, required == positional ? "exactly" : "at most",
                positional, what, positional == 1 ? "" : "s", npos);
    }

    /** False for Clinic's functions of positional-only parameters, which reject any keyword first. */
    private boolean acceptsKeywords() {
        return !(posOnly >= positional && varKw < 0 && names.length - (varArgs >= 0 ? 1 : 0) <= posOnly);
    }

    private RuntimeException badKeyword(String kw) {
        if (!acceptsKeywords()) {
            return PyErr.typeError("%s() takes no keyword arguments", qualName);
        }
        return PyErr.typeError("'%s' is an invalid keyword argument for %s()", kw, funcName);
    }

    private RuntimeException missing(int i) {
        if (i < posOnly) {
            int required = 0;
            for (int j = 0; j < positional; j++) {
                if (!hasDefault[j]) {
                    required++;
                }
            }
            boolean exact = required == positional;
            if (!isSingleArg()) {
                return PyErr.typeError("%s() takes %s %d positional argument%s (%d given)", funcName,
                        exact ? "exactly" : "at least", required, required == 1 ? "" : "s", i);
            }
            return PyErr.typeError("%s() takes exactly one argument (%d given)", qualName, i);
        }
        if (i < positional) {
            return PyErr.typeError("%s() missing required argument '%s' (pos %d)", funcName, names[i], i + 1);
        }
        return PyErr.typeError("%s() missing required keyword-only argument '%s'", funcName, names[i]);
    }
}
