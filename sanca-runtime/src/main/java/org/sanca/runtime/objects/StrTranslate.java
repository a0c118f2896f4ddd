package org.sanca.runtime.objects;

/** {@code str.translate} and {@code str.maketrans} ({@code Objects/unicodeobject.c}). */
final class StrTranslate {
    private StrTranslate() {
    }

    static String translate(String s, PyObject table) {
        StringBuilder b = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            i += Character.charCount(cp);
            PyObject r;
            try {
                r = Abstract.getItem(table, PyInt.of(cp));
            } catch (PyException e) {
                if (e.matches(PyExc.LookupError)) {
                    b.appendCodePoint(cp);
                    continue;
                }
                throw e;
            }
            if (r == PyNone.NONE) {
                continue;
            }
            if (r instanceof PyInt n) {
                if (n.big != null || n.value < 0 || n.value > 0x10ffff) {
                    throw PyErr.valueError("character mapping must be in range(0x110000)");
                }
                b.appendCodePoint((int) n.value);
            } else if (r instanceof PyStr t) {
                b.append(t.value());
            } else {
                throw PyErr.typeError("character mapping must return integer, None or str");
            }
        }
        return b.toString();
    }

    static PyDict maketrans(PyObject x, PyObject y, PyObject z) {
        PyDict out = new PyDict();
        if (y == null) {
            if (!(x instanceof PyDict d)) {
                throw PyErr.typeError("if you give only one argument to maketrans it must be a dict");
            }
            for (PyObject k : d.keysArray()) {
                PyObject v = d.getItem(k);
                if (k instanceof PyStr ks) {
                    if (ks.length() != 1) {
                        throw PyErr.valueError("string keys in translate table must be of length 1");
                    }
                    out.setItem(PyInt.of(ks.value().codePointAt(0)), v);
                } else if (k instanceof PyInt) {
                    out.setItem(k, v);
                } else {
                    throw PyErr.typeError("keys in translate table must be strings or integers");
                }
            }
            return out;
        }
        if (!(x instanceof PyStr xs)) {
            throw PyErr.typeError("maketrans() argument 1 must be str, not %s", PyStr.argTypeName(x));
        }
        if (!(y instanceof PyStr ys)) {
            throw PyErr.typeError("maketrans() argument 2 must be str, not %s", PyStr.argTypeName(y));
        }
        if (xs.length() != ys.length()) {
            throw PyErr.valueError("the first two maketrans arguments must have equal length");
        }
        int[] a = xs.value().codePoints().toArray();
        int[] b = ys.value().codePoints().toArray();
        for (int i = 0; i < a.length; i++) {
            out.setItem(PyInt.of(a[i]), PyInt.of(b[i]));
        }
        if (z != null) {
            if (!(z instanceof PyStr zs)) {
                throw PyErr.typeError("maketrans() argument 3 must be str, not %s", PyStr.argTypeName(z));
            }
            zs.value().codePoints().forEach(c -> out.setItem(PyInt.of(c), PyNone.NONE));
        }
        return out;
    }
}
