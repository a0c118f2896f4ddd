package org.sanca.runtime.modules.unicodedata;

import java.nio.charset.StandardCharsets;

import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * The queries {@code unicodedata}'s functions and {@code UCD} objects share, over one version's
 * tables: CPython's {@code Modules/unicodedata.c}.
 */
final class Ucd {
    private static final int NAME_MAXLEN = 256;

    private Ucd() {
    }

    /** The code point of a one-character str argument, or CPython's TypeError. */
    static int character(PyObject o, String func, boolean numbered) {
        if (o instanceof PyStr s && s.length() == 1) {
            return s.codePointAt(0);
        }
        throw PyErr.typeError("%s() argument %smust be a unicode character, not %s", func, numbered ? "1 " : "",
                PyErr.typeName(o));
    }

    static PyObject name(UcdTables t, PyObject chr, PyObject dflt) {
        String n = t.name(character(chr, "name", true));
        if (n != null) {
            return PyStr.of(n);
        }
        if (dflt != null) {
            return dflt;
        }
        throw PyErr.valueError("no such name");
    }

    static PyObject lookup(UcdTables t, PyObject name) {
        String text;
        if (name instanceof PyStr s) {
            text = s.value();
        } else if (name instanceof PyBytes b) {
            text = new String(b.value(), StandardCharsets.ISO_8859_1);
        } else {
            String what = PyBytes.bufferOrNull(name) != null ? "lookup() argument must be read-only bytes-like object, not %s"
                    : "a bytes-like object is required, not '%s'";
            throw PyErr.typeError(what, PyErr.typeName(name));
        }
        if (text.length() > NAME_MAXLEN) {
            throw PyErr.format(PyExc.KeyError, "name too long");
        }
        String found = t.lookup(text);
        if (found == null) {
            throw PyErr.format(PyExc.KeyError, "undefined character name '%s'", text);
        }
        return PyStr.of(found);
    }

    static PyObject decimal(UcdTables t, PyObject chr, PyObject dflt) {
        UcdTables.Numeric n = t.numeric(character(chr, "decimal", true));
        if (n != null && n.decimal() >= 0) {
            return PyInt.of(n.decimal());
        }
        return orRaise(dflt, "not a decimal");
    }

    static PyObject digit(UcdTables t, PyObject chr, PyObject dflt) {
        UcdTables.Numeric n = t.numeric(character(chr, "digit", true));
        if (n != null && n.digit() >= 0) {
            return PyInt.of(n.digit());
        }
        return orRaise(dflt, "not a digit");
    }

    static PyObject numeric(UcdTables t, PyObject chr, PyObject dflt) {
        UcdTables.Numeric n = t.numeric(character(chr, "numeric", true));
        if (n != null && !Double.isNaN(n.value())) {
            return PyFloat.of(n.value());
        }
        return orRaise(dflt, "not a numeric character");
    }

    private static PyObject orRaise(PyObject dflt, String message) {
        if (dflt != null) {
            return dflt;
        }
        throw PyErr.valueError(message);
    }

    static PyObject decomposition(UcdTables t, PyObject chr) {
        UcdTables.Decomp d = t.decomposition(character(chr, "decomposition", false));
        return PyStr.of(d == null ? "" : d.text());
    }

    static String form(PyObject form, String func) {
        String f = PyStr.arg(form, func + "() argument 1");
        if (!(f.equals("NFC") || f.equals("NFD") || f.equals("NFKC") || f.equals("NFKD"))) {
            throw PyErr.valueError("invalid normalization form");
        }
        return f;
    }

    static PyObject normalize(UcdTables t, PyObject form, PyObject unistr) {
        String f = form(form, "normalize");
        String s = PyStr.arg(unistr, "normalize() argument 2");
        String r = Normalization.normalize(t, f, s);
        return r.equals(s) && unistr.type() == PyStr.TYPE ? unistr : PyStr.of(r);
    }

    static boolean isNormalized(UcdTables t, PyObject form, PyObject unistr) {
        String f = form(form, "is_normalized");
        String s = PyStr.arg(unistr, "is_normalized() argument 2");
        return Normalization.normalize(t, f, s).equals(s);
    }
}
