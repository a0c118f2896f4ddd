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

    @PyGetter("real")
    PyObject realPart() {
        return PyFloat.of(real);
    }

    @PyGetter("imag")
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

    /** {@code a ** b} for complex values ({@code _Py_c_pow}). */
    static PyComplex power(PyComplex a, PyComplex b) {
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
