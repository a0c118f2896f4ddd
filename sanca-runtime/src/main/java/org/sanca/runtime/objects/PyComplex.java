package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** {@code complex}: CPython's {@code Objects/complexobject.c}, a pair of doubles. */
public class PyComplex extends PyObject {
    public static final PyType TYPE = PyType.builtin("complex", PyComplex.class, PyType.OBJECT, PyType.BASETYPE, ComplexSlots::fill);

    public final double real;
    public final double imag;

    public PyComplex(double real, double imag) {
        this.real = real;
        this.imag = imag;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyGetter(value = "real", member = true)
    PyObject realPart() {
        return PyFloat.of(real);
    }

    @PyGetter(value = "imag", member = true)
    PyObject imagPart() {
        return PyFloat.of(imag);
    }

    @PyMethod(value = "($self, /)", doc = "Return the complex conjugate of its argument. (3-4j).conjugate() == 3+4j.")
    PyComplex conjugate() {
        return new PyComplex(real, -imag);
    }

    @PyMethod(value = "($self, /)", name = "__getnewargs__")
    PyTuple getnewargs() {
        return PyTuple.of(PyFloat.of(real), PyFloat.of(imag));
    }

    @PyMethod(value = "($self, /)", name = "__complex__", doc = "Convert complex to a complex.")
    PyComplex asComplex() {
        return type() == TYPE ? this : new PyComplex(real, imag);
    }

    @PyMethod(value = "($self, format_spec, /)", name = "__format__", doc = "Convert to a string according to format_spec.")
    PyStr format(PyObject spec) {
        String s = PyStr.arg(spec, "__format__() argument");
        if (s.isEmpty()) {
            return Abstract.str(this);
        }
        return PyStr.of(org.sanca.runtime.objects.format.ComplexFormat.format(real, imag,
                org.sanca.runtime.objects.format.FormatSpec.parse(s, PyErr.typeName(this)), PyErr.typeName(this)));
    }

    /**
     * {@code a ** b}: small integral exponents by repeated multiplication (exact for Gaussian
     * integers), others through the polar form, as CPython's {@code complex_pow}.
     */
    static PyComplex power(PyComplex a, PyComplex b) {
        if (b.imag == 0 && b.real == Math.floor(b.real) && Math.abs(b.real) <= 100) {
            int n = (int) b.real;
            if (n >= 0) {
                return powu(a, n);
            }
            PyComplex p = powu(a, -n);
            if (p.real == 0 && p.imag == 0) {
                throw PyErr.format(PyExc.ZeroDivisionError, "0.0 to a negative or complex power");
            }
            return ComplexSlots.divide(new PyComplex(1, 0), p);
        }
        return polarPower(a, b);
    }

    private static PyComplex powu(PyComplex x, int n) {
        PyComplex r = new PyComplex(1, 0);
        PyComplex p = x;
        for (int mask = 1; mask > 0 && n >= mask; mask <<= 1) {
            if ((n & mask) != 0) {
                r = new PyComplex(r.real * p.real - r.imag * p.imag, r.real * p.imag + r.imag * p.real);
            }
            p = new PyComplex(p.real * p.real - p.imag * p.imag, p.real * p.imag + p.imag * p.real);
        }
        return r;
    }

    private static PyComplex polarPower(PyComplex a, PyComplex b) {
        if (b.real == 0 && b.imag == 0) {
            return new PyComplex(1, 0);
        }
        if (a.real == 0 && a.imag == 0) {
            if (b.imag != 0 || b.real < 0) {
                throw PyErr.format(PyExc.ZeroDivisionError, "0.0 to a negative or complex power");
            }
            return new PyComplex(0, 0);
        }
        double vabs = Math.hypot(a.real, a.imag);
        double len = Math.pow(vabs, b.real);
        double at = Math.atan2(a.imag, a.real);
        double phase = at * b.real;
        if (b.imag != 0) {
            len /= Math.exp(at * b.imag);
            phase += b.imag * Math.log(vabs);
        }
        return new PyComplex(len * Math.cos(phase), len * Math.sin(phase));
    }

    @Override
    public String toString() {
        return ComplexSlots.repr(this);
    }
}
