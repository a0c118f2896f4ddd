package org.sanca.runtime.modules.cmath;

import org.sanca.runtime.modules.math.Hyperbolic;
import org.sanca.runtime.objects.PyComplex;
import org.sanca.runtime.objects.PyErr;

/** The complex elementary functions behind {@code cmath} ({@code Modules/cmathmodule.c}'s formulas). */
final class ComplexMath {
    private ComplexMath() {
    }

    /** {@code i * z}, the rotation that turns sin into sinh. */
    static PyComplex rotate(PyComplex z) {
        return new PyComplex(-z.imag, z.real);
    }

    /** {@code -i * z}. */
    static PyComplex rotateBack(PyComplex z) {
        return new PyComplex(z.imag, -z.real);
    }

    static PyComplex sqrt(PyComplex z) {
        if (z.real == 0 && z.imag == 0) {
            return new PyComplex(0, z.imag);
        }
        double ax = Math.abs(z.real);
        double ay = Math.abs(z.imag);
        double s;
        if (ax < Double.MIN_NORMAL && ay < Double.MIN_NORMAL) {
            ax = Math.scalb(ax, 53);
            s = Math.scalb(Math.sqrt(ax + Math.hypot(ax, Math.scalb(ay, 53))), -27);
        } else {
            ax /= 8;
            s = 2 * Math.sqrt(ax + Math.hypot(ax, ay / 8));
        }
        double d = ay / (2 * s);
        if (z.real >= 0) {
            return new PyComplex(s, Math.copySign(d, z.imag));
        }
        return new PyComplex(d, Math.copySign(s, z.imag));
    }

    /** The log, with log1p near the unit circle where log(hypot) would lose digits ({@code c_log}). */
    static PyComplex log(PyComplex z) {
        double ax = Math.abs(z.real);
        double ay = Math.abs(z.imag);
        double h = Math.hypot(ax, ay);
        if (h == 0) {
            throw PyErr.valueError("math domain error");
        }
        double re;
        if (h >= 0.71 && h <= 1.73) {
            double am = Math.max(ax, ay);
            double an = Math.min(ax, ay);
            re = Math.log1p((am - 1) * (am + 1) + an * an) / 2;
        } else {
            re = Math.log(h);
        }
        return new PyComplex(re, Math.atan2(z.imag, z.real));
    }

    static PyComplex sinh(PyComplex z) {
        return CmathModule.checked(z, Math.cos(z.imag) * Hyperbolic.sinh(z.real), Math.sin(z.imag) * Hyperbolic.cosh(z.real));
    }

    static PyComplex cosh(PyComplex z) {
        return CmathModule.checked(z, Math.cos(z.imag) * Hyperbolic.cosh(z.real), Math.sin(z.imag) * Hyperbolic.sinh(z.real));
    }

    static PyComplex tanh(PyComplex z) {
        if (Math.abs(z.real) > 354) {
            return new PyComplex(Math.copySign(1.0, z.real), 4 * Math.sin(z.imag) * Math.cos(z.imag) * Math.exp(-2 * Math.abs(z.real)));
        }
        double tx = Hyperbolic.tanh(z.real);
        double ty = Math.tan(z.imag);
        double cx = 1 / Hyperbolic.cosh(z.real);
        double txty = tx * ty;
        double denom = 1 + txty * txty;
        return new PyComplex(tx * (1 + ty * ty) / denom, ((ty / denom) * cx) * cx);
    }

    static PyComplex asinh(PyComplex z) {
        PyComplex s1 = sqrt(new PyComplex(1 + z.imag, -z.real));
        PyComplex s2 = sqrt(new PyComplex(1 - z.imag, z.real));
        double re = realAsinh(s1.real * s2.imag - s2.real * s1.imag);
        double im = Math.atan2(z.imag, s1.real * s2.real - s1.imag * s2.imag);
        return new PyComplex(re, im);
    }

    static PyComplex acos(PyComplex z) {
        PyComplex s1 = sqrt(new PyComplex(1 - z.real, -z.imag));
        PyComplex s2 = sqrt(new PyComplex(1 + z.real, z.imag));
        double re = 2 * Math.atan2(s1.real, s2.real);
        double im = realAsinh(s2.real * s1.imag - s2.imag * s1.real);
        return new PyComplex(re, im);
    }

    static PyComplex acosh(PyComplex z) {
        PyComplex s1 = sqrt(new PyComplex(z.real - 1, z.imag));
        PyComplex s2 = sqrt(new PyComplex(z.real + 1, z.imag));
        double re = realAsinh(s1.real * s2.real + s1.imag * s2.imag);
        double im = 2 * Math.atan2(s1.imag, s2.real);
        return new PyComplex(re, im);
    }

    static PyComplex atanh(PyComplex z) {
        if (z.real < 0) {
            PyComplex r = atanh(new PyComplex(-z.real, -z.imag));
            return new PyComplex(-r.real, -r.imag);
        }
        double ay = Math.abs(z.imag);
        if (z.real == 1 && ay == 0) {
            throw PyErr.valueError("math domain error");
        }
        double re = Math.log1p(4 * z.real / ((1 - z.real) * (1 - z.real) + ay * ay)) / 4;
        double im = -Math.atan2(-2 * z.imag, (1 - z.real) * (1 + z.real) - ay * ay) / 2;
        return new PyComplex(re, im);
    }

    private static double realAsinh(double x) {
        if (x == 0 || !Double.isFinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        double r = a > 1e8 ? Math.log(a) + Math.log(2) : Math.log1p(a + a * a / (1 + Math.sqrt(1 + a * a)));
        return Math.copySign(r, x);
    }
}
