package org.sanca.runtime.objects;

import org.sanca.runtime.objects.codecs.Codecs;
import org.sanca.runtime.objects.format.PercentFormat;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code str} ({@code Objects/unicodeobject.c}). */
public final class StrSlots {
    private static final String[] NEW_PARAMS = {"object", "encoding", "errors"};

    private StrSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(StrRepr.repr(((PyStr) self).value()));
        t.tp_str = self -> self.type() == PyStr.TYPE ? self : PyStr.of(((PyStr) self).value());
        t.tp_hash = self -> ((PyStr) self).hash();
        t.tp_richcompare = StrSlots::richCompare;
        t.tp_iter = self -> new PyStrIter((PyStr) self);
        t.tp_new = StrSlots::newStr;
        t.sq_length = self -> ((PyStr) self).length();
        t.sq_concat = StrSlots::concat;
        t.sq_repeat = (self, n) -> repeat((PyStr) self, n);
        t.mp_subscript = StrSlots::subscript;
        t.nb_remainder = (a, b) -> a instanceof PyStr s ? PyStr.of(PercentFormat.format(s.value(), b))
                : PyNotImplemented.NOT_IMPLEMENTED;
        t.sq_contains = (self, item) -> {
            if (!(item instanceof PyStr s)) {
                throw PyErr.typeError("'in <string>' requires string as left operand, not %s", PyErr.typeName(item));
            }
            return ((PyStr) self).value().contains(s.value());
        };
    }

    static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyStr y)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        String x = ((PyStr) a).value();
        if (op == CompareOp.EQ) {
            return PyBool.of(x.equals(y.value()));
        }
        if (op == CompareOp.NE) {
            return PyBool.of(!x.equals(y.value()));
        }
        int c = compareCodePoints(x, y.value());
        return PyBool.of(switch (op) {
            case LT -> c < 0;
            case LE -> c <= 0;
            case GT -> c > 0;
            default -> c >= 0;
        });
    }

    /** Compares by code point, as Python does (UTF-16 order differs above the BMP). */
    public static int compareCodePoints(String x, String y) {
        int n = Math.min(x.length(), y.length());
        for (int i = 0; i < n; i++) {
            char a = x.charAt(i);
            char b = y.charAt(i);
            if (a != b) {
                if (Character.isSurrogate(a) || Character.isSurrogate(b)) {
                    return Integer.compare(x.codePointAt(i), y.codePointAt(i));
                }
                return a - b;
            }
        }
        return x.length() - y.length();
    }

    private static PyObject concat(PyObject a, PyObject b) {
        if (!(b instanceof PyStr y)) {
            throw PyErr.typeError("can only concatenate str (not \"%s\") to str", PyErr.typeName(b));
        }
        if (y.value().isEmpty() && a.type() == PyStr.TYPE) {
            return a;
        }
        return PyStr.of(((PyStr) a).value() + y.value());
    }

    private static PyObject repeat(PyStr s, long n) {
        if (n <= 0 || s.value().isEmpty()) {
            return PyStr.of("");
        }
        if (n == 1 && s.type() == PyStr.TYPE) {
            return s;
        }
        if (n > Integer.MAX_VALUE / s.value().length()) {
            throw PyErr.format(PyExc.OverflowError, "repeated string is too long");
        }
        return PyStr.of(s.value().repeat((int) n));
    }

    private static PyObject subscript(PyObject self, PyObject key) {
        PyStr s = (PyStr) self;
        if (key instanceof PySlice sl) {
            PySlice.Indices ix = sl.indices(s.length());
            if (ix.length() <= 0) {
                return PyStr.of("");
            }
            if (ix.step() == 1) {
                if (ix.length() == s.length() && s.type() == PyStr.TYPE) {
                    return s;
                }
                return PyStr.of(s.value().substring(s.charOffset(ix.start()), s.charOffset(ix.start() + ix.length())));
            }
            StringBuilder b = new StringBuilder(ix.length());
            for (int i = 0, j = ix.start(); i < ix.length(); i++, j += ix.step()) {
                b.appendCodePoint(s.codePointAt(j));
            }
            return PyStr.of(b.toString());
        }
        if (key.type().nb_index == null) {
            throw PyErr.typeError("string indices must be integers, not '%s'", PyErr.typeName(key));
        }
        int i = Sequences.checkIndex(key, s.length(), "string index out of range");
        return PyStr.ofCodePoint(s.codePointAt(i));
    }

    private static PyObject newStr(PyObject cls, PyObject[] args, String[] kwnames) {
        PyType type = (PyType) cls;
        PyObject[] a = CtorArgs.bind("str", NEW_PARAMS, 0, args, kwnames);
        String value;
        if (a[1] == null && a[2] == null && a[0] != null && type == PyStr.TYPE) {
            return Abstract.str(a[0]);
        }
        if (a[1] == null && a[2] == null) {
            value = a[0] == null ? "" : Abstract.str(a[0]).value();
        } else {
            value = Codecs.decodeToStr(a[0] == null ? new PyBytes(new byte[0]) : a[0], a[1], a[2]).value();
        }
        return type == PyStr.TYPE ? PyStr.of(value) : new PyStrDerived(type, value);
    }
}
