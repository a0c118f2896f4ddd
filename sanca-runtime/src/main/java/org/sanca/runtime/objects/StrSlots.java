package org.sanca.runtime.objects;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code str} ({@code Objects/unicodeobject.c}). */
public final class StrSlots {
    private StrSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(StrRepr.repr(((PyStr) self).value()));
        t.tp_str = self -> self.type() == PyStr.TYPE ? self : PyStr.of(((PyStr) self).value());
        t.tp_hash = self -> ((PyStr) self).hash();
        t.tp_richcompare = StrSlots::richCompare;
        t.sq_length = self -> ((PyStr) self).length();
        t.sq_concat = StrSlots::concat;
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
        return PyStr.of(((PyStr) a).value() + y.value());
    }
}
