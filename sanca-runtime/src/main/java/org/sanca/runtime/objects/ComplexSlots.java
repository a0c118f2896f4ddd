package org.sanca.runtime.objects;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyType;

/** The slots of {@code complex} ({@code Objects/complexobject.c}). */
final class ComplexSlots {
    private static final String[] NEW_PARAMS = {"real", "imag"};

    private ComplexSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = self -> PyStr.of(repr((PyComplex) self));
        t.tp_hash = self -> {
            PyComplex c = (PyComplex) self;
            long h = FloatSlots.hash(c.real, self) + 1000003L * FloatSlots.hash(c.imag, self);
            return h == -1 ? -2 : h;
        };
        t.tp_richcompare = ComplexSlots::richCompare;
        t.tp_new = ComplexSlots::newComplex;
        t.nb_bool = self -> ((PyComplex) self).real != 0 || ((PyComplex) self).imag != 0;
        t.nb_add = (a, b) -> arith(a, b, '+');
        t.nb_subtract = (a, b) -> arith(a, b, '-');
        t.nb_multiply = (a, b) -> arith(a, b, '*');
        t.nb_true_divide = (a, b) -> arith(a, b, '/');
        t.nb_power = (a, b, m) -> {
            PyComplex x = of(a);
            PyComplex y = of(b);
            if (x == null || y == null) {
                return PyNotImplemented.NOT_IMPLEMENTED;
            }
            if (m != PyNone.NONE) {
                throw PyErr.valueError("complex modulo");
            }
            return PyComplex.power(x, y);
        };
        t.nb_negative = self -> new PyComplex(-((PyComplex) self).real, -((PyComplex) self).imag);
        t.nb_positive = self -> new PyComplex(((PyComplex) self).real, ((PyComplex) self).imag);
        t.nb_absolute = self -> {
            double r = Math.hypot(((PyComplex) self).real, ((PyComplex) self).imag);
            if (Double.isInfinite(r) && Double.isFinite(((PyComplex) self).real) && Double.isFinite(((PyComplex) self).imag)) {
                throw PyErr.format(PyExc.OverflowError, "absolute value too large");
            }
            return PyFloat.of(r);
        };
    }

    /** A complex, float or int operand as complex, or null. */
    static PyComplex of(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyFloat || o instanceof PyInt) {
            return new PyComplex(FloatSlots.toDouble(o), 0);
        }
        return null;
    }

    private static PyObject arith(PyObject a, PyObject b, char op) {
        PyComplex x = of(a);
        PyComplex y = of(b);
        if (x == null || y == null) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return switch (op) {
            case '+' -> new PyComplex(x.real + y.real, x.imag + y.imag);
            case '-' -> new PyComplex(x.real - y.real, x.imag - y.imag);
            case '*' -> new PyComplex(x.real * y.real - x.imag * y.imag, x.real * y.imag + x.imag * y.real);
            default -> divide(x, y);
        };
    }

    /** Smith's algorithm, as CPython's {@code _Py_c_quot}. */
    static PyComplex divide(PyComplex a, PyComplex b) {
        double absBr = Math.abs(b.real);
        double absBi = Math.abs(b.imag);
        if (absBr >= absBi) {
            if (absBr == 0) {
                throw PyErr.format(PyExc.ZeroDivisionError, "complex division by zero");
            }
            double ratio = b.imag / b.real;
            double denom = b.real + b.imag * ratio;
            return new PyComplex((a.real + a.imag * ratio) / denom, (a.imag - a.real * ratio) / denom);
        }
        if (absBi >= absBr) {
            double ratio = b.real / b.imag;
            double denom = b.real * ratio + b.imag;
            return new PyComplex((a.real * ratio + a.imag) / denom, (a.imag * ratio - a.real) / denom);
        }
        return new PyComplex(Double.NaN, Double.NaN);
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyComplex x = (PyComplex) a;
        boolean eq;
        if (b instanceof PyComplex y) {
            eq = x.real == y.real && x.imag == y.imag;
        } else if (b instanceof PyFloat || b instanceof PyInt) {
            eq = x.imag == 0 && Abstract.richCompareBool(PyFloat.of(x.real), b, CompareOp.EQ);
        } else {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyBool.of(eq == (op == CompareOp.EQ));
    }

    /** A part of a complex repr: the repr of the double without a trailing ".0". */
    private static String part(double v) {
        String s = FloatRepr.repr(v);
        return s.endsWith(".0") ? s.substring(0, s.length() - 2) : s;
    }

    static String repr(PyComplex c) {
        if (c.real == 0 && Math.copySign(1, c.real) > 0) {
            return part(c.imag) + "j";
        }
        String im = part(c.imag);
        if (!im.startsWith("-")) {
            im = "+" + im;
        }
        return "(" + part(c.real) + im + "j)";
    }

    private static PyObject newComplex(PyObject cls, PyObject[] args, String[] kwnames) {
        PyObject[] a = CtorArgs.bind("complex", NEW_PARAMS, 0, args, kwnames);
        if (a[0] instanceof PyStr && a[1] != null) {
            throw PyErr.typeError("complex() can't take second arg if first is a string");
        }
        if (a[1] instanceof PyStr) {
            throw PyErr.typeError("complex() second arg can't be a string");
        }
        PyComplex r = a[0] == null ? new PyComplex(0, 0) : fromSpecial(a[0]);
        boolean special = a[0] != null && r != null;
        if (r == null) {
            r = component(a[0], "first");
        }
        if (a[1] != null) {
            PyComplex i = component(a[1], "second");
            boolean rComplex = special || a[0] instanceof PyComplex || a[0] instanceof PyStr;
            boolean iComplex = a[1] instanceof PyComplex;
            r = new PyComplex(iComplex ? r.real - i.imag : r.real, rComplex ? i.real + r.imag : i.real);
        }
        PyType type = (PyType) cls;
        if (type == PyComplex.TYPE) {
            return a[0] instanceof PyComplex c && a[1] == null && c.type() == PyComplex.TYPE ? c : r;
        }
        return new PyComplexDerived(type, r.real, r.imag);
    }

    private static final PyStr COMPLEX = PyStr.of("__complex__");

    /** The result of {@code o.__complex__()} when o's type defines it, else null. */
    private static PyComplex fromSpecial(PyObject o) {
        if (o instanceof PyComplex && o.type() == PyComplex.TYPE) {
            return null;
        }
        PyObject method = o.type().lookup(COMPLEX);
        if (method == null) {
            return null;
        }
        PyObject r = Abstract.call(method, new PyObject[] {o}, null);
        if (!(r instanceof PyComplex c)) {
            throw PyErr.typeError("__complex__ returned non-complex (type %s)", PyErr.typeName(r));
        }
        return c;
    }

    private static PyComplex component(PyObject o, String which) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o instanceof PyStr s) {
            return ComplexParse.parse(s.value());
        }
        if (o.type().nb_float != null || o.type().nb_index != null) {
            return new PyComplex(FloatSlots.asDouble(o), 0);
        }
        throw PyErr.typeError("complex() %s argument must be a string or a number, not '%s'", which, PyErr.typeName(o));
    }
}
