package org.sanca.runtime.interp;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/** The conversions of f-strings: CPython's {@code PyObject_Format} and {@code PyObject_ASCII}. */
final class Formatting {
    private static final PyStr FORMAT = PyStr.of("__format__");

    private Formatting() {
    }

    /** {@code format(v, spec)}; {@code spec} null means the empty spec. */
    static PyObject format(PyObject v, PyObject spec) {
        boolean empty = spec == null || spec instanceof PyStr s && s.value().isEmpty();
        if (empty && v.getClass() == PyStr.class) {
            return v;
        }
        PyObject meth = Ops.lookupSpecial(v, FORMAT);
        PyObject specStr = spec == null ? PyStr.of("") : spec;
        if (meth == null) {
            if (empty) {
                return Abstract.str(v);
            }
            throw PyErr.typeError("unsupported format string passed to %s.__format__", PyErr.typeName(v));
        }
        PyObject r = Abstract.call(meth, specStr);
        if (!(r instanceof PyStr)) {
            throw PyErr.typeError("__format__ must return a str, not %s", PyErr.typeName(r));
        }
        return r;
    }

    /** {@code ascii(v)}: the repr with non-ASCII characters escaped. */
    static PyStr ascii(PyObject v) {
        String r = Abstract.repr(v).value();
        StringBuilder b = new StringBuilder(r.length());
        r.codePoints().forEach(cp -> {
            if (cp < 128) {
                b.append((char) cp);
            } else if (cp < 256) {
                b.append(String.format("\\x%02x", cp));
            } else if (cp < 0x10000) {
                b.append(String.format("\\u%04x", cp));
            } else {
                b.append(String.format("\\U%08x", cp));
            }
        });
        return PyStr.of(b.toString());
    }
}
