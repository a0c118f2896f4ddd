package org.sanca.runtime.modules._json;

import java.math.BigInteger;
import java.util.HashMap;

import org.sanca.runtime.interp.ThreadState;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.ModuleImport;

/**
 * One decoding run over one string: the recursive-descent part of CPython's
 * {@code Modules/_json.c} ({@code scan_once_unicode} and its helpers). Works on the Java
 * string's char indices; positions reported to Python are code-point indices.
 */
final class JsonParse {
    private final String s;
    private final PyStr doc;
    private final int n;
    private final boolean bmp;
    private final boolean strict;
    private final JsonScanner ctx;
    /** Char index just after what the last scan consumed. */
    int end;
    /** Object keys seen in this run, so repeated keys share one str. */
    private HashMap<String, PyStr> keys;

    JsonParse(PyStr doc, boolean strict) {
        this(doc, strict, null);
    }

    JsonParse(PyStr doc, JsonScanner ctx) {
        this(doc, ctx.strict, ctx);
    }

    private JsonParse(PyStr doc, boolean strict, JsonScanner ctx) {
        this.doc = doc;
        this.s = doc.value();
        this.n = s.length();
        this.bmp = doc.isBmp();
        this.strict = strict;
        this.ctx = ctx;
    }

    /** The string's length in code points. */
    int length() {
        return doc.length();
    }

    /** The char index of code point {@code cp}. */
    int charIndex(int cp) {
        if (bmp) {
            return cp;
        }
        return cp >= doc.length() ? n : doc.charOffset(cp);
    }

    /** The code-point index of char index {@code i}. */
    int position(int i) {
        return bmp ? i : s.codePointCount(0, i);
    }

    private PyException error(String msg, int at) {
        PyObject cls = Abstract.getAttr(ModuleImport.importModule("json.decoder"), PyStr.of("JSONDecodeError"));
        PyObject exc = Abstract.call(cls, PyStr.of(msg), doc, PyInt.of(position(at)));
        return ((PyBaseException) exc).toJava();
    }

    /** StopIteration(position): no JSON value starts at {@code at}. */
    private PyException noValue(int at) {
        PyObject exc = Abstract.call(PyExc.StopIteration, PyInt.of(position(at)));
        return ((PyBaseException) exc).toJava();
    }

    private int skipSpace(int i) {
        while (i < n) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                break;
            }
            i++;
        }
        return i;
    }

    /** The value starting at char index {@code i}; sets {@link #end}. Raises StopIteration when none does. */
    PyObject scan(int i) {
        if (i >= n) {
            throw noValue(i);
        }
        char c = s.charAt(i);
        switch (c) {
            case '"':
                return string(i + 1);
            case '{':
                return nested(i, true);
            case '[':
                return nested(i, false);
            case 'n':
                if (s.startsWith("null", i)) {
                    end = i + 4;
                    return PyNone.NONE;
                }
                break;
            case 't':
                if (s.startsWith("true", i)) {
                    end = i + 4;
                    return PyBool.TRUE;
                }
                break;
            case 'f':
                if (s.startsWith("false", i)) {
                    end = i + 5;
                    return PyBool.FALSE;
                }
                break;
            case 'N':
                if (s.startsWith("NaN", i)) {
                    return constant("NaN", i);
                }
                break;
            case 'I':
                if (s.startsWith("Infinity", i)) {
                    return constant("Infinity", i);
                }
                break;
            case '-':
                if (s.startsWith("-Infinity", i)) {
                    return constant("-Infinity", i);
                }
                break;
            default:
                break;
        }
        return number(i);
    }

    /** A value inside an array or object: a missing one is "Expecting value". */
    private PyObject inner(int i) {
        try {
            return scan(i);
        } catch (PyException e) {
            if (e.matches(PyExc.StopIteration)) {
                throw error("Expecting value", i);
            }
            throw e;
        }
    }

    private PyObject constant(String name, int i) {
        end = i + name.length();
        return Abstract.call(ctx.parseConstant, PyStr.of(name));
    }

    private PyObject nested(int i, boolean object) {
        ThreadState ts = ThreadState.current();
        if (++ts.depth > ts.interp.recursionLimit()) {
            ts.depth--;
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string",
                    object ? "object" : "array");
        }
        try {
            return object ? object(i + 1) : array(i + 1);
        } catch (StackOverflowError e) {
            throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded while decoding a JSON %s from a unicode string",
                    object ? "object" : "array");
        } finally {
            ts.depth--;
        }
    }

    private PyObject array(int i) {
        PyList out = new PyList();
        i = skipSpace(i);
        if (i < n && s.charAt(i) == ']') {
            end = i + 1;
            return out;
        }
        while (true) {
            out.append(inner(i));
            i = skipSpace(end);
            if (i < n && s.charAt(i) == ']') {
                end = i + 1;
                return out;
            }
            if (i >= n || s.charAt(i) != ',') {
                throw error("Expecting ',' delimiter", i);
            }
            i = skipSpace(i + 1);
        }
    }

    private PyObject object(int i) {
        boolean pairs = ctx.pairsHook != PyNone.NONE;
        PyList items = pairs ? new PyList() : null;
        PyDict dict = pairs ? null : new PyDict();
        i = skipSpace(i);
        if (i < n && s.charAt(i) == '}') {
            end = i + 1;
            return finishObject(dict, items);
        }
        while (true) {
            if (i >= n || s.charAt(i) != '"') {
                throw error("Expecting property name enclosed in double quotes", i);
            }
            PyStr key = memoKey(string(i + 1));
            i = skipSpace(end);
            if (i >= n || s.charAt(i) != ':') {
                throw error("Expecting ':' delimiter", i);
            }
            i = skipSpace(i + 1);
            PyObject value = inner(i);
            if (pairs) {
                items.append(PyTuple.of(key, value));
            } else {
                dict.setItem(key, value);
            }
            i = skipSpace(end);
            if (i < n && s.charAt(i) == '}') {
                end = i + 1;
                return finishObject(dict, items);
            }
            if (i >= n || s.charAt(i) != ',') {
                throw error("Expecting ',' delimiter", i);
            }
            i = skipSpace(i + 1);
        }
    }

    private PyStr memoKey(PyStr key) {
        if (keys == null) {
            keys = new HashMap<>();
        }
        PyStr seen = keys.putIfAbsent(key.value(), key);
        return seen == null ? key : seen;
    }

    private PyObject finishObject(PyDict dict, PyList items) {
        int after = end;
        PyObject result;
        if (items != null) {
            result = Abstract.call(ctx.pairsHook, items);
        } else if (ctx.objectHook != PyNone.NONE) {
            result = Abstract.call(ctx.objectHook, dict);
        } else {
            result = dict;
        }
        end = after;
        return result;
    }

    private static boolean digit(char c) {
        return c >= '0' && c <= '9';
    }

    private PyObject number(int start) {
        int i = start;
        if (i < n && s.charAt(i) == '-') {
            i++;
        }
        if (i >= n) {
            throw noValue(start);
        }
        char c = s.charAt(i);
        if (c >= '1' && c <= '9') {
            i++;
            while (i < n && digit(s.charAt(i))) {
                i++;
            }
        } else if (c == '0') {
            i++;
        } else {
            throw noValue(start);
        }
        boolean isFloat = false;
        if (i + 1 < n && s.charAt(i) == '.' && digit(s.charAt(i + 1))) {
            isFloat = true;
            i += 2;
            while (i < n && digit(s.charAt(i))) {
                i++;
            }
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int e = i + 1;
            if (e < n && (s.charAt(e) == '+' || s.charAt(e) == '-')) {
                e++;
            }
            int digits = e;
            while (e < n && digit(s.charAt(e))) {
                e++;
            }
            if (e > digits) {
                isFloat = true;
                i = e;
            }
        }
        end = i;
        PyObject pi = ctx == null ? null : ctx.parseInt;
        boolean plainInt = !isFloat && (pi == null || pi == PyInt.TYPE);
        if (plainInt && i - start <= 18) {
            return PyInt.of(smallInt(start, i));
        }
        String text = s.substring(start, i);
        if (isFloat) {
            PyObject pf = ctx == null ? null : ctx.parseFloat;
            return pf == null || pf == PyFloat.TYPE ? PyFloat.of(Double.parseDouble(text)) : Abstract.call(pf, PyStr.of(text));
        }
        if (!plainInt) {
            return Abstract.call(pi, PyStr.of(text));
        }
        return text.length() < 4000 ? PyInt.of(new BigInteger(text)) : Abstract.call(PyInt.TYPE, PyStr.of(text));
    }

    /** The value of the at most 18 characters {@code s[from:to]}: an optional minus and digits. */
    private long smallInt(int from, int to) {
        boolean negative = s.charAt(from) == '-';
        long v = 0;
        for (int k = negative ? from + 1 : from; k < to; k++) {
            v = v * 10 + (s.charAt(k) - '0');
        }
        return negative ? -v : v;
    }

    /** The string literal whose opening quote is just before char index {@code i}; sets {@link #end}. */
    PyStr string(int i) {
        int begin = i - 1;
        int run = i;
        StringBuilder sb = null;
        while (true) {
            if (i >= n) {
                throw error("Unterminated string starting at", begin);
            }
            char c = s.charAt(i);
            if (c == '"') {
                end = i + 1;
                if (sb == null) {
                    return PyStr.of(s.substring(run, i));
                }
                return PyStr.of(sb.append(s, run, i).toString());
            }
            if (c == '\\') {
                if (sb == null) {
                    sb = new StringBuilder();
                }
                sb.append(s, run, i);
                i = escape(sb, i, begin);
                run = i;
            } else if (c < 0x20 && strict) {
                throw error("Invalid control character at", i);
            } else {
                i++;
            }
        }
    }

    /** Appends the escape at char index {@code i} (a backslash) and returns the index after it. */
    private int escape(StringBuilder sb, int i, int begin) {
        if (i + 1 >= n) {
            throw error("Unterminated string starting at", begin);
        }
        char c = s.charAt(i + 1);
        switch (c) {
            case '"', '\\', '/' -> sb.append(c);
            case 'b' -> sb.append('\b');
            case 'f' -> sb.append('\f');
            case 'n' -> sb.append('\n');
            case 'r' -> sb.append('\r');
            case 't' -> sb.append('\t');
            case 'u' -> {
                int u = hex4(i + 2, i + 1);
                int next = i + 6;
                if (Character.isHighSurrogate((char) u) && next + 1 < n && s.charAt(next) == '\\' && s.charAt(next + 1) == 'u') {
                    int low = hex4(next + 2, next + 1);
                    if (Character.isLowSurrogate((char) low)) {
                        sb.append((char) u).append((char) low);
                        return next + 6;
                    }
                }
                sb.append((char) u);
                return next;
            }
            default -> throw error("Invalid \\escape", i);
        }
        return i + 2;
    }

    private int hex4(int i, int errorAt) {
        if (i + 4 > n) {
            throw error("Invalid \\uXXXX escape", errorAt);
        }
        int v = 0;
        for (int k = i; k < i + 4; k++) {
            int d = Character.digit(s.charAt(k), 16);
            if (d < 0 || s.charAt(k) > 'f') {
                throw error("Invalid \\uXXXX escape", errorAt);
            }
            v = v << 4 | d;
        }
        return v;
    }
}
