package org.sanca.runtime.modules.math;

/**
 * sinh, cosh and tanh by the classic fdlibm reductions over {@link Math#exp} and
 * {@link Math#expm1}: the same reductions the C libraries CPython links against use, so results
 * agree with CPython's where Java's own {@code Math.cosh} (whose exp is a unit in the last
 * place away) would not.
 */
public final class Hyperbolic {
    private static final double HALF_LN2 = 0.34657359027997264;
    private static final double LN_MAX = 709.782712893384;

    private Hyperbolic() {
    }

    public static double cosh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x)) {
            return x;
        }
        if (a < HALF_LN2) {
            double t = Math.expm1(a);
            double w = 1 + t;
            return 1 + (t * t) / (w + w);
        }
        if (a < 22) {
            double t = Math.exp(a);
            return 0.5 * t + 0.5 / t;
        }
        if (a < LN_MAX) {
            return 0.5 * Math.exp(a);
        }
        double w = Math.exp(0.5 * a);
        return 0.5 * w * w;
    }

    public static double sinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double h = x < 0 ? -0.5 : 0.5;
        double a = Math.abs(x);
        if (a < 22) {
            if (a < 0x1p-28) {
                return x;
            }
            double t = Math.expm1(a);
            if (a < 1) {
                return h * (2.0 * t - t * t / (t + 1.0));
            }
            return h * (t + t / (t + 1.0));
        }
        if (a < LN_MAX) {
            return h * Math.exp(a);
        }
        double w = Math.exp(0.5 * a);
        double t = h * w;
        return t * w;
    }

    public static double tanh(double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        double a = Math.abs(x);
        double z;
        if (a < 22) {
            if (a < 0x1p-55) {
                return x;
            }
            if (a >= 1) {
                double t = Math.expm1(2 * a);
                z = 1 - 2 / (t + 2);
            } else {
                double t = Math.expm1(-2 * a);
                z = -t / (t + 2);
            }
        } else {
            z = 1;
        }
        return x < 0 ? -z : z;
    }

    private static final double LN2 = 6.93147180559945286227e-01;

    public static double asinh(double x) {
        if (Double.isNaN(x) || Double.isInfinite(x)) {
            return x;
        }
        double a = Math.abs(x);
        double w;
        if (a < 0x1p-28) {
            return x;
        } else if (a > 0x1p28) {
            w = Math.log(a) + LN2;
        } else if (a > 2) {
            w = Math.log(2 * a + 1 / (Math.sqrt(x * x + 1) + a));
        } else {
            double t = x * x;
            w = Math.log1p(a + t / (1 + Math.sqrt(1 + t)));
        }
        return x < 0 ? -w : w;
    }

    /** acosh; NaN below 1. */
    public static double acosh(double x) {
        if (Double.isNaN(x) || x < 1) {
            return Double.NaN;
        }
        if (x >= 0x1p28) {
            return Double.isInfinite(x) ? x : Math.log(x) + LN2;
        }
        if (x == 1) {
            return 0.0;
        }
        if (x > 2) {
            double t = x * x;
            return Math.log(2 * x - 1 / (x + Math.sqrt(t - 1)));
        }
        double t = x - 1;
        return Math.log1p(t + Math.sqrt(2 * t + t * t));
    }

    /** atanh; NaN beyond 1, infinite at 1. */
    public static double atanh(double x) {
        double a = Math.abs(x);
        if (Double.isNaN(x) || a > 1) {
            return Double.NaN;
        }
        if (a == 1) {
            return x > 0 ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
        }
        if (a < 0x1p-28) {
            return x;
        }
        double t;
        if (a < 0.5) {
            t = a + a;
            t = 0.5 * Math.log1p(t + t * a / (1 - a));
        } else {
            t = 0.5 * Math.log1p((a + a) / (1 - a));
        }
        return x < 0 ? -t : t;
    }
}
