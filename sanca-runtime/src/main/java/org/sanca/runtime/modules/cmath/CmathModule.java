package org.sanca.runtime.modules.cmath;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.FloatSlots;
import org.sanca.runtime.objects.PyComplex;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code cmath} module: CPython's {@code Modules/cmathmodule.c}, the complex forms of the
 * elementary functions by the branch-cut conventions CPython documents, for finite arguments
 * and the usual infinities.
 */
public final class CmathModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public CmathModule() {
    }

    @Override
    public String name() {
        return "cmath";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        NativeModule.addFunctions(module, CmathModule.class);
        module.getDict().setItem(PyStr.of("pi"), PyFloat.of(Math.PI));
        module.getDict().setItem(PyStr.of("e"), PyFloat.of(Math.E));
        module.getDict().setItem(PyStr.of("tau"), PyFloat.of(2 * Math.PI));
        module.getDict().setItem(PyStr.of("inf"), PyFloat.of(Double.POSITIVE_INFINITY));
        module.getDict().setItem(PyStr.of("infj"), new PyComplex(0, Double.POSITIVE_INFINITY));
        module.getDict().setItem(PyStr.of("nan"), PyFloat.of(Double.NaN));
        module.getDict().setItem(PyStr.of("nanj"), new PyComplex(0, Double.NaN));
    }

    /** An argument as a complex: complex itself, {@code __complex__}, or a real number. */
    static PyComplex z(PyObject o) {
        if (o instanceof PyComplex c) {
            return c;
        }
        if (o.type().lookup(PyStr.of("__complex__")) != null) {
            PyObject r = org.sanca.runtime.objects.Abstract.callMethod(o, "__complex__");
            if (r instanceof PyComplex c) {
                return c;
            }
            throw PyErr.typeError("__complex__ returned non-complex (type %s)", PyErr.typeName(r));
        }
        if (o.type().nb_float == null && o.type().nb_index == null) {
            throw PyErr.typeError("must be real number, not %s", PyErr.typeName(o));
        }
        return new PyComplex(FloatSlots.asDouble(o), 0);
    }

    /** Checks a result computed from finite parts: NaN is a domain error, infinity a range error. */
    static PyComplex checked(PyComplex in, double re, double im) {
        boolean finiteIn = Double.isFinite(in.real) && Double.isFinite(in.imag);
        if (finiteIn && (Double.isNaN(re) || Double.isNaN(im))) {
            throw PyErr.valueError("math domain error");
        }
        if (finiteIn && (Double.isInfinite(re) || Double.isInfinite(im))) {
            throw PyErr.format(org.sanca.runtime.objects.PyExc.OverflowError, "math range error");
        }
        return new PyComplex(re, im);
    }

    @PyMethod("($module, z, /)")
    static PyObject sqrt(PyObject x) {
        return ComplexMath.sqrt(z(x));
    }

    @PyMethod("($module, z, /)")
    static PyObject exp(PyObject x) {
        PyComplex c = z(x);
        double l = Math.exp(c.real);
        if (c.imag == 0) {
            return checked(c, l, c.imag);
        }
        return checked(c, l * Math.cos(c.imag), l * Math.sin(c.imag));
    }

    @PyMethod("($module, z, base=<unrepresentable>, /)")
    static PyObject log(PyObject x, PyObject base) {
        PyComplex r = ComplexMath.log(z(x));
        if (base == null) {
            return r;
        }
        PyComplex b = ComplexMath.log(z(base));
        return org.sanca.runtime.objects.Abstract.binaryOp(r, b, org.sanca.runtime.types.BinaryOp.TRUE_DIVIDE);
    }

    @PyMethod("($module, z, /)")
    static PyObject log10(PyObject x) {
        PyComplex r = ComplexMath.log(z(x));
        return new PyComplex(r.real / Math.log(10), r.imag / Math.log(10));
    }

    @PyMethod("($module, z, /)")
    static PyObject phase(PyObject x) {
        PyComplex c = z(x);
        return PyFloat.of(Math.atan2(c.imag, c.real));
    }

    @PyMethod("($module, z, /)")
    static PyObject polar(PyObject x) {
        PyComplex c = z(x);
        double r = Math.hypot(c.real, c.imag);
        if (Double.isInfinite(r) && Double.isFinite(c.real) && Double.isFinite(c.imag)) {
            throw PyErr.format(org.sanca.runtime.objects.PyExc.OverflowError, "math range error");
        }
        return PyTuple.of(PyFloat.of(r), PyFloat.of(Math.atan2(c.imag, c.real)));
    }

    @PyMethod("($module, r, phi, /)")
    static PyObject rect(PyObject r, PyObject phi) {
        double m = FloatSlots.asDouble(r);
        double p = FloatSlots.asDouble(phi);
        if (p == 0) {
            return new PyComplex(m, m * p);
        }
        return new PyComplex(m * Math.cos(p), m * Math.sin(p));
    }

    @PyMethod("($module, z, /)")
    static PyObject sin(PyObject x) {
        return ComplexMath.rotateBack(ComplexMath.sinh(ComplexMath.rotate(z(x))));
    }

    @PyMethod("($module, z, /)")
    static PyObject cos(PyObject x) {
        return ComplexMath.cosh(ComplexMath.rotate(z(x)));
    }

    @PyMethod("($module, z, /)")
    static PyObject tan(PyObject x) {
        return ComplexMath.rotateBack(ComplexMath.tanh(ComplexMath.rotate(z(x))));
    }

    @PyMethod("($module, z, /)")
    static PyObject sinh(PyObject x) {
        return ComplexMath.sinh(z(x));
    }

    @PyMethod("($module, z, /)")
    static PyObject cosh(PyObject x) {
        return ComplexMath.cosh(z(x));
    }

    @PyMethod("($module, z, /)")
    static PyObject tanh(PyObject x) {
        return ComplexMath.tanh(z(x));
    }

    @PyMethod("($module, z, /)")
    static PyObject asin(PyObject x) {
        return ComplexMath.rotateBack(ComplexMath.asinh(ComplexMath.rotate(z(x))));
    }

    @PyMethod("($module, z, /)")
    static PyObject acos(PyObject x) {
        return ComplexMath.acos(z(x));
    }

    @PyMethod("($module, z, /)")
    static PyObject atan(PyObject x) {
        return ComplexMath.rotateBack(ComplexMath.atanh(ComplexMath.rotate(z(x))));
    }

    @PyMethod("($module, z, /)")
    static PyObject asinh(PyObject x) {
        return ComplexMath.asinh(z(x));
    }

    @PyMethod("($module, z, /)")
    static PyObject acosh(PyObject x) {
        return ComplexMath.acosh(z(x));
    }

    @PyMethod("($module, z, /)")
    static PyObject atanh(PyObject x) {
        return ComplexMath.atanh(z(x));
    }

    @PyMethod("($module, z, /)")
    static boolean isfinite(PyObject x) {
        PyComplex c = z(x);
        return Double.isFinite(c.real) && Double.isFinite(c.imag);
    }

    @PyMethod("($module, z, /)")
    static boolean isinf(PyObject x) {
        PyComplex c = z(x);
        return Double.isInfinite(c.real) || Double.isInfinite(c.imag);
    }

    @PyMethod("($module, z, /)")
    static boolean isnan(PyObject x) {
        PyComplex c = z(x);
        return Double.isNaN(c.real) || Double.isNaN(c.imag);
    }

    @PyMethod("($module, a, b, *, rel_tol=1e-09, abs_tol=0.0)")
    static boolean isclose(PyObject a, PyObject b, PyObject relTol, PyObject absTol) {
        PyComplex x = z(a);
        PyComplex y = z(b);
        double rel = FloatSlots.asDouble(relTol);
        double abs = FloatSlots.asDouble(absTol);
        if (rel < 0 || abs < 0) {
            throw PyErr.valueError("tolerances must be non-negative");
        }
        if (x.real == y.real && x.imag == y.imag) {
            return true;
        }
        if (Double.isInfinite(x.real) || Double.isInfinite(x.imag) || Double.isInfinite(y.real) || Double.isInfinite(y.imag)) {
            return false;
        }
        double diff = Math.hypot(x.real - y.real, x.imag - y.imag);
        return diff <= rel * Math.hypot(y.real, y.imag) || diff <= rel * Math.hypot(x.real, x.imag) || diff <= abs;
    }
}
