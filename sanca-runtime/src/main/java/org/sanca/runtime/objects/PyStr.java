package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code str}: CPython's {@code Objects/unicodeobject.c}. The value is a Java string; Python
 * indexes by code point, so a string holding characters outside the BMP (surrogate pairs in
 * Java) is indexed through code-point offsets, while an all-BMP string (the common case) is
 * indexed directly. The hash is computed once, from a per-process seed.
 */
public class PyStr extends PyObject {
    public static final PyType TYPE = PyType.builtin("str", PyStr.class, PyType.OBJECT, PyType.BASETYPE, StrSlots::fill);

    private static final PyStr EMPTY = new PyStr("");
    private static final PyStr[] LATIN1 = new PyStr[256];

    static {
        for (int i = 0; i < LATIN1.length; i++) {
            LATIN1[i] = new PyStr(String.valueOf((char) i));
        }
    }

    private final String value;
    private long hash;
    private boolean hashed;
    /** Code points in the string, or -1 until counted. */
    private int codePoints = -1;

    protected PyStr(String value) {
        this.value = value;
    }

    /** The str holding {@code value}; one-character Latin-1 strings and "" are shared. */
    public static PyStr of(String value) {
        int n = value.length();
        if (n == 0) {
            return EMPTY;
        }
        if (n == 1 && value.charAt(0) < 256) {
            return LATIN1[value.charAt(0)];
        }
        return new PyStr(value);
    }

    /** The str of one code point. */
    public static PyStr ofCodePoint(int cp) {
        if (cp < 256) {
            return LATIN1[cp];
        }
        return new PyStr(new String(Character.toChars(cp)));
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The Java string (UTF-16, astral characters as surrogate pairs). */
    public String value() {
        return value;
    }

    /** {@code len(s)}: the number of code points. */
    public int length() {
        int n = codePoints;
        if (n < 0) {
            n = value.codePointCount(0, value.length());
            codePoints = n;
        }
        return n;
    }

    /** True when no character lies outside the BMP, so char indices are code-point indices. */
    public boolean isBmp() {
        return length() == value.length();
    }

    /** The code point at code-point index {@code i} (already in range). */
    public int codePointAt(int i) {
        if (isBmp()) {
            return value.charAt(i);
        }
        return value.codePointAt(value.offsetByCodePoints(0, i));
    }

    /** The Java char offset of code-point index {@code i} (0 to length inclusive). */
    public int charOffset(int i) {
        return isBmp() ? i : value.offsetByCodePoints(0, i);
    }

    /** {@code hash(s)}: randomized per process unless PYTHONHASHSEED fixes it. */
    public long hash() {
        if (!hashed) {
            hash = StrHash.hash(value);
            hashed = true;
        }
        return hash;
    }

    @PyMethod(value = "($self, /)", doc = "Return a copy of the string converted to uppercase.")
    public PyStr upper() {
        return of(value.toUpperCase(java.util.Locale.ROOT));
    }

    @Override
    public String toString() {
        return value;
    }
}
