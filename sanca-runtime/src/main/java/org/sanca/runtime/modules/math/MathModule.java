package org.sanca.runtime.modules.math;

import java.math.BigInteger;
import java.util.function.DoubleUnaryOperator;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.FloatSlots;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.BinaryOp;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code math} module: CPython's {@code Modules/mathmodule.c}. Domain errors are
 * ValueError("math domain error"), overflows OverflowError("math range error"), decided as
 * CPython's {@code math_1} decides them from the result and the argument.
 */
public final class MathModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public MathModule() {
    }

    @Override
    public String name() {
        return "math";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        fill(module);
    }

    /** Fills a new module object with the functions and constants. */
    public static void fill(PyModule module) {
        NativeModule.addFunctions(module, MathModule.class);
        NativeModule.addFunctions(module, MathIntegers.class);
        module.getDict().setItem(PyStr.of("pi"), PyFloat.of(Math.PI));
        module.getDict().setItem(PyStr.of("e"), PyFloat.of(Math.E));
        module.getDict().setItem(PyStr.of("tau"), PyFloat.of(2 * Math.PI));
        module.getDict().setItem(PyStr.of("inf"), PyFloat.of(Double.POSITIVE_INFINITY));
        module.getDict().setItem(PyStr.of("nan"), PyFloat.of(Double.NaN));
        module.getDict().setItem(PyStr.of("__doc__"), PyStr.of("This module provides access to the mathematical functions\n"
                + "defined by the C standard."));
    }

    static double d(PyObject x) {
        return FloatSlots.asDouble(x);
    }

    static PyException domain() {
        return PyErr.valueError("math domain error");
    }

    static PyException range() {
        return PyErr.format(PyExc.OverflowError, "math range error");
    }

    /** CPython's {@code math_1}: NaN from a non-NaN is a domain error, infinity from a finite value a range (or domain) error. */
    private static PyFloat unary(PyObject x, DoubleUnaryOperator f, boolean canOverflow) {
        double v = d(x);
        double r = f.applyAsDouble(v);
        if (Double.isNaN(r) && !Double.isNaN(v)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(v)) {
            throw canOverflow ? range() : domain();
        }
        return PyFloat.of(r);
    }

    @PyMethod("($module, x, /)")
    static PyObject sqrt(PyObject x) {
        return unary(x, Math::sqrt, false);
    }

    @PyMethod("($module, x, /)")
    static PyObject cbrt(PyObject x) {
        return unary(x, Math::cbrt, false);
    }

    @PyMethod("($module, x, /)")
    static PyObject exp(PyObject x) {
        return unary(x, Math::exp, true);
    }

    @PyMethod("($module, x, /)")
    static PyObject exp2(PyObject x) {
        return unary(x, v -> Math.pow(2, v), true);
    }

    @PyMethod("($module, x, /)")
    static PyObject expm1(PyObject x) {
        return unary(x, Math::expm1, true);
    }

    @PyMethod("($module, x, /)")
    static PyObject sin(PyObject x) {
        return unary(x, Math::sin, false);
    }

    @PyMethod("($module, x, /)")
    static PyObject cos(PyObject x) {
        return unary(x, Math::cos, false);
    }

    @PyMethod("($module, x, /)")
    static PyObject tan(PyObject x) {
        return unary(x, Math::tan, false);
    }

    @PyMethod("($module, x, /)")
    static PyObject asin(PyObject x) {
        return unary(x, Math::asin, false);
    }

    @PyMethod("($module, x, /)")
    static PyObject acos(PyObject x) {
        return unary(x, Math::acos, false);
    }

    @PyMethod("($module, x, /)")
    static PyObject atan(PyObject x) {
        return unary(x, Math::atan, false);
    }

    @PyMethod("($module, x, /)")
    static PyObject sinh(PyObject x) {
        return unary(x, Hyperbolic::sinh, true);
    }

    @PyMethod("($module, x, /)")
    static PyObject cosh(PyObject x) {
        return unary(x, Hyperbolic::cosh, true);
    }

    @PyMethod("($module, x, /)")
    static PyObject tanh(PyObject x) {
        return unary(x, Hyperbolic::tanh, false);
    }

    @PyMethod("($module, x, /)")
    static PyObject asinh(PyObject x) {
        return unary(x, Hyperbolic::asinh, false);
    }

    @PyMethod("($module, x, /)")
    static PyObject acosh(PyObject x) {
        return unary(x, Hyperbolic::acosh, false);
    }

    @PyMethod("($module, x, /)")
    static PyObject atanh(PyObject x) {
        return unary(x, Hyperbolic::atanh, false);
    }

    @PyMethod("($module, y, x, /)")
    static PyObject atan2(PyObject y, PyObject x) {
        return PyFloat.of(Math.atan2(d(y), d(x)));
    }

    @PyMethod("($module, x, /)")
    static PyObject fabs(PyObject x) {
        return PyFloat.of(Math.abs(d(x)));
    }

    @PyMethod("($module, x, /)")
    static PyObject degrees(PyObject x) {
        return PyFloat.of(d(x) * (180.0 / Math.PI));
    }

    @PyMethod("($module, x, /)")
    static PyObject radians(PyObject x) {
        return PyFloat.of(d(x) * (Math.PI / 180.0));
    }

    @PyMethod("($module, x, /)")
    static PyObject erf(PyObject x) {
        return PyFloat.of(SpecialFunctions.erf(d(x)));
    }

    @PyMethod("($module, x, /)")
    static PyObject erfc(PyObject x) {
        return PyFloat.of(SpecialFunctions.erfc(d(x)));
    }

    @PyMethod("($module, x, /)")
    static PyObject gamma(PyObject x) {
        return PyFloat.of(SpecialFunctions.gamma(d(x)));
    }

    @PyMethod("($module, x, /)")
    static PyObject lgamma(PyObject x) {
        return PyFloat.of(SpecialFunctions.lgamma(d(x)));
    }

    /**
     * {@code func} (a logarithm) of x as CPython's {@code loghelper} computes it: an int too large
     * for a float is split as m * 2**e and gives func(m) + func(2) * e.
     */
    private static double logOf(PyObject x, DoubleUnaryOperator func) {
        if (x instanceof PyInt i) {
            BigInteger b = i.bigValue();
            if (b.signum() <= 0) {
                throw domain();
            }
            int bits = b.bitLength();
            if (bits <= 1024) {
                return func.applyAsDouble(b.doubleValue());
            }
            BigInteger top = b.shiftRight(bits - 64);
            if (b.getLowestSetBit() < bits - 64) {
                top = top.or(BigInteger.ONE);
            }
            double m = top.doubleValue() / 0x1p64;
            return func.applyAsDouble(m) + func.applyAsDouble(2.0) * bits;
        }
        double v = d(x);
        if (Double.isNaN(v) || v == Double.POSITIVE_INFINITY) {
            return v;
        }
        if (v <= 0) {
            throw domain();
        }
        return func.applyAsDouble(v);
    }

    @PyMethod("($module, x, base=<unrepresentable>, /)")
    static PyObject log(PyObject x, PyObject base) {
        double num = logOf(x, Math::log);
        if (base == null) {
            return PyFloat.of(num);
        }
        double den = logOf(base, Math::log);
        if (den == 0) {
            throw PyErr.format(PyExc.ZeroDivisionError, "float division by zero");
        }
        return PyFloat.of(num / den);
    }

    @PyMethod("($module, x, /)")
    static PyObject log2(PyObject x) {
        return PyFloat.of(logOf(x, SpecialFunctions::log2));
    }

    @PyMethod("($module, x, /)")
    static PyObject log10(PyObject x) {
        return PyFloat.of(logOf(x, Math::log10));
    }

    @PyMethod("($module, x, /)")
    static PyObject log1p(PyObject x) {
        return unary(x, v -> v <= -1 ? (v == -1 ? Double.NEGATIVE_INFINITY : Double.NaN) : Math.log1p(v), false);
    }

    @PyMethod("($module, x, y, /)")
    static PyObject pow(PyObject x, PyObject y) {
        double a = d(x);
        double b = d(y);
        if (a == 0 && b < 0 && Double.isFinite(b)) {
            throw domain();
        }
        if (a == 1.0 || (a == -1.0 && Double.isInfinite(b))) {
            // C's pow, unlike Java's, gives 1 for 1**nan and (-1)**inf.
            return PyFloat.of(1.0);
        }
        double r = Math.pow(a, b);
        if (Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b)) {
            throw domain();
        }
        if (Double.isInfinite(r) && Double.isFinite(a) && Double.isFinite(b)) {
            throw range();
        }
        return PyFloat.of(r);
    }

    @PyMethod("($module, x, y, /)")
    static PyObject fmod(PyObject x, PyObject y) {
        double a = d(x);
        double b = d(y);
        if (Double.isInfinite(b) && Double.isFinite(a)) {
            return PyFloat.of(a);
        }
        double r = a % b;
        if (Double.isNaN(r) && !Double.isNaN(a) && !Double.isNaN(b)) {
            throw domain();
        }
        return PyFloat.of(r);
    }

    @PyMethod("($module, x, y, /)")
    static PyObject remainder(PyObject x, PyObject y) {
        double a = d(x);
        double b = d(y);
        if (Double.isNaN(a) || Double.isNaN(b)) {
            return PyFloat.of(Double.NaN);
        }
        if (Double.isInfinite(a) || b == 0) {
            throw domain();
        }
        if (Double.isInfinite(b)) {
            return PyFloat.of(a);
        }
        return PyFloat.of(Math.IEEEremainder(a, b));
    }

    @PyMethod("($module, x, y, /)")
    static PyObject copysign(PyObject x, PyObject y) {
        return PyFloat.of(Math.copySign(d(x), d(y)));
    }

    @PyMethod("($module, x, /)")
    static PyObject modf(PyObject x) {
        double v = d(x);
        if (Double.isInfinite(v)) {
            return PyTuple.of(PyFloat.of(Math.copySign(0.0, v)), PyFloat.of(v));
        }
        double ip = v < 0 ? Math.ceil(v) : Math.floor(v);
        return PyTuple.of(PyFloat.of(Math.copySign(v - ip, v)), PyFloat.of(ip));
    }

    @PyMethod("($module, x, /)")
    static PyObject frexp(PyObject x) {
        double v = d(x);
        if (v == 0 || !Double.isFinite(v)) {
            return PyTuple.of(PyFloat.of(v), PyInt.of(0));
        }
        int e = Math.getExponent(v) + 1;
        double m = v / Math.scalb(1.0, e);
        if (Math.abs(m) < 0.5) {
            int shift = 0;
            while (Math.abs(m) < 0.5) {
                m *= 2;
                shift++;
            }
            e -= shift;
        }
        return PyTuple.of(PyFloat.of(m), PyInt.of(e));
    }

    @PyMethod("($module, x, i, /)")
    static PyObject ldexp(PyObject x, PyObject i) {
        double v = d(x);
        if (!(i instanceof PyInt n)) {
            throw PyErr.typeError("Expected an int as second argument to ldexp.");
        }
        BigInteger e = n.bigValue();
        int exp = e.compareTo(BigInteger.valueOf(5000)) > 0 ? 5000 : e.compareTo(BigInteger.valueOf(-5000)) < 0 ? -5000 : e.intValue();
        double r = v == 0 || !Double.isFinite(v) ? v : Math.scalb(v, exp);
        if (Double.isInfinite(r) && Double.isFinite(v)) {
            throw range();
        }
        return PyFloat.of(r);
    }

    @PyMethod("($module, x, y, /, *, steps=None)")
    static PyObject nextafter(PyObject x, PyObject y, PyObject steps) {
        double a = d(x);
        double b = d(y);
        if (steps == PyNone.NONE) {
            return PyFloat.of(Math.nextAfter(a, b));
        }
        long n = Abstract.index(steps).bigValue().min(BigInteger.valueOf(1L << 62)).longValue();
        if (n < 0) {
            throw PyErr.valueError("steps must be a non-negative integer");
        }
        for (long k = 0; k < n && a != b && !Double.isNaN(a); k++) {
            a = Math.nextAfter(a, b);
        }
        return PyFloat.of(Double.isNaN(b) ? b : a);
    }

    @PyMethod("($module, x, /)")
    static PyObject ulp(PyObject x) {
        double v = Math.abs(d(x));
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return PyFloat.of(v);
        }
        if (v == Double.MAX_VALUE) {
            return PyFloat.of(v - Math.nextDown(v));
        }
        return PyFloat.of(Math.nextUp(v) - v);
    }

    @PyMethod("($module, x, /)")
    static boolean isfinite(PyObject x) {
        return Double.isFinite(d(x));
    }

    @PyMethod("($module, x, /)")
    static boolean isinf(PyObject x) {
        return Double.isInfinite(d(x));
    }

    @PyMethod("($module, x, /)")
    static boolean isnan(PyObject x) {
        return Double.isNaN(d(x));
    }

    @PyMethod("($module, a, b, *, rel_tol=1e-09, abs_tol=0.0)")
    static boolean isclose(PyObject a, PyObject b, PyObject relTol, PyObject absTol) {
        double x = d(a);
        double y = d(b);
        double rel = d(relTol);
        double abs = d(absTol);
        if (rel < 0 || abs < 0) {
            throw PyErr.valueError("tolerances must be non-negative");
        }
        if (x == y) {
            return true;
        }
        if (Double.isInfinite(x) || Double.isInfinite(y)) {
            return false;
        }
        double diff = Math.abs(y - x);
        return diff <= Math.abs(rel * y) || diff <= Math.abs(rel * x) || diff <= abs;
    }

    @PyMethod("($module, *coordinates)")
    static PyObject hypot(PyTuple coordinates) {
        double[] v = new double[coordinates.size()];
        for (int i = 0; i < v.length; i++) {
            v[i] = d(coordinates.get(i));
        }
        return PyFloat.of(SpecialFunctions.hypot(v));
    }

    @PyMethod("($module, p, q, /)")
    static PyObject dist(PyObject p, PyObject q) {
        PyObject[] a = MathIntegers.items(p);
        PyObject[] b = MathIntegers.items(q);
        if (a.length != b.length) {
            throw PyErr.valueError("both points must have the same number of dimensions");
        }
        double[] v = new double[a.length];
        for (int i = 0; i < v.length; i++) {
            v[i] = d(a[i]) - d(b[i]);
        }
        return PyFloat.of(SpecialFunctions.hypot(v));
    }

    @PyMethod("($module, seq, /)")
    static PyObject fsum(PyObject seq) {
        return PyFloat.of(SpecialFunctions.fsum(seq));
    }

    @PyMethod("($module, iterable, /, *, start=1)")
    static PyObject prod(PyObject iterable, PyObject start) {
        PyObject it = Abstract.getIter(iterable);
        PyObject r = start;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            r = Abstract.binaryOp(r, x, BinaryOp.MULTIPLY);
        }
        return r;
    }

    @PyMethod("($module, p, q, /)")
    static PyObject sumprod(PyObject p, PyObject q) {
        PyObject a = Abstract.getIter(p);
        PyObject b = Abstract.getIter(q);
        java.util.List<PyObject> xs = new java.util.ArrayList<>();
        java.util.List<PyObject> ys = new java.util.ArrayList<>();
        while (true) {
            PyObject x = Abstract.next(a);
            PyObject y = Abstract.next(b);
            if (x == null || y == null) {
                if (x != null || y != null) {
                    throw PyErr.valueError("Inputs are not the same length");
                }
                break;
            }
            xs.add(x);
            ys.add(y);
        }
        PyObject exact = exactFloatSumprod(xs, ys);
        if (exact != null) {
            return exact;
        }
        PyObject total = PyInt.of(0);
        for (int i = 0; i < xs.size(); i++) {
            total = Abstract.binaryOp(total, Abstract.binaryOp(xs.get(i), ys.get(i), BinaryOp.MULTIPLY), BinaryOp.ADD);
        }
        return total;
    }

    /**
     * sumprod of finite floats and ints with at least one float, rounded once from the exact sum
     * (CPython accumulates in extended precision to the same end), or null for other inputs.
     */
    private static PyObject exactFloatSumprod(java.util.List<PyObject> xs, java.util.List<PyObject> ys) {
        boolean anyFloat = false;
        for (int i = 0; i < xs.size(); i++) {
            for (PyObject o : new PyObject[] {xs.get(i), ys.get(i)}) {
                if (o instanceof PyFloat f && o.type() == PyFloat.TYPE) {
                    if (!Double.isFinite(f.value)) {
                        return null;
                    }
                    anyFloat = true;
                } else if (!(o instanceof PyInt)) {
                    return null;
                }
            }
        }
        if (!anyFloat) {
            return null;
        }
        java.math.BigDecimal sum = java.math.BigDecimal.ZERO;
        for (int i = 0; i < xs.size(); i++) {
            sum = sum.add(exact(xs.get(i)).multiply(exact(ys.get(i))));
        }
        double r = sum.doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErr.format(PyExc.OverflowError, "int too large to convert to float");
        }
        return PyFloat.of(r);
    }

    private static java.math.BigDecimal exact(PyObject o) {
        return o instanceof PyFloat f ? new java.math.BigDecimal(f.value) : new java.math.BigDecimal(((PyInt) o).bigValue());
    }

    private static PyObject rounding(PyObject x, String dunder, DoubleUnaryOperator f) {
        if (x instanceof PyInt i) {
            return PyInt.of(i.bigValue());
        }
        if (!(x instanceof PyFloat)) {
            PyObject m = x.type().lookup(PyStr.of(dunder));
            if (m != null) {
                return Abstract.callMethod(x, dunder);
            }
        }
        return Abstract.call(PyInt.TYPE, PyFloat.of(f.applyAsDouble(d(x))));
    }

    @PyMethod("($module, x, /)")
    static PyObject floor(PyObject x) {
        return rounding(x, "__floor__", Math::floor);
    }

    @PyMethod("($module, x, /)")
    static PyObject ceil(PyObject x) {
        return rounding(x, "__ceil__", Math::ceil);
    }

    @PyMethod("($module, x, /)")
    static PyObject trunc(PyObject x) {
        if (x instanceof PyFloat f) {
            return Abstract.call(PyInt.TYPE, f);
        }
        if (x.type().lookup(PyStr.of("__trunc__")) == null) {
            throw PyErr.typeError("type %s doesn't define __trunc__ method", PyErr.typeName(x));
        }
        return Abstract.callMethod(x, "__trunc__");
    }
}
