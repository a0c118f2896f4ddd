package org.sanca.runtime.modules.math;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;

/** The integer functions of {@code math}: factorial, gcd, lcm, comb, perm, isqrt ({@code Modules/mathmodule.c}). */
final class MathIntegers {
    private MathIntegers() {
    }

    static PyObject[] items(PyObject o) {
        if (o instanceof PyTuple t) {
            return t.items();
        }
        if (o instanceof PyList l) {
            return l.toArray();
        }
        List<PyObject> out = new ArrayList<>();
        PyObject it = Abstract.getIter(o);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    private static BigInteger big(PyObject o) {
        return Abstract.index(o).bigValue();
    }

    @PyMethod("($module, n, /)")
    static PyObject factorial(PyObject n) {
        BigInteger v = big(n);
        if (v.signum() < 0) {
            throw PyErr.valueError("factorial() not defined for negative values");
        }
        if (v.bitLength() > 31) {
            throw PyErr.format(org.sanca.runtime.objects.PyExc.OverflowError, "factorial() argument should not exceed %d", Long.MAX_VALUE);
        }
        return PyInt.of(product(1, v.intValue()));
    }

    /** The product lo * (lo+1) * ... * hi, split in halves so the multiplications stay balanced. */
    private static BigInteger product(long lo, long hi) {
        if (lo > hi) {
            return BigInteger.ONE;
        }
        if (hi - lo < 16) {
            BigInteger r = BigInteger.valueOf(lo);
            for (long i = lo + 1; i <= hi; i++) {
                r = r.multiply(BigInteger.valueOf(i));
            }
            return r;
        }
        long mid = (lo + hi) >>> 1;
        return product(lo, mid).multiply(product(mid + 1, hi));
    }

    @PyMethod("($module, *integers)")
    static PyObject gcd(PyTuple integers) {
        BigInteger g = BigInteger.ZERO;
        for (PyObject x : integers.items()) {
            g = g.gcd(big(x));
        }
        return PyInt.of(g);
    }

    @PyMethod("($module, *integers)")
    static PyObject lcm(PyTuple integers) {
        BigInteger l = BigInteger.ONE;
        for (PyObject x : integers.items()) {
            BigInteger v = big(x).abs();
            if (v.signum() == 0) {
                l = BigInteger.ZERO;
            } else if (l.signum() != 0) {
                l = l.divide(l.gcd(v)).multiply(v);
            }
        }
        return PyInt.of(l);
    }

    @PyMethod("($module, n, /)")
    static PyObject isqrt(PyObject n) {
        BigInteger v = big(n);
        if (v.signum() < 0) {
            throw PyErr.valueError("isqrt() argument must be nonnegative");
        }
        return PyInt.of(v.sqrt());
    }

    @PyMethod("($module, n, k, /)")
    static PyObject comb(PyObject n, PyObject k) {
        BigInteger nn = big(n);
        BigInteger kk = big(k);
        check(nn, kk);
        if (kk.compareTo(nn) > 0) {
            return PyInt.of(0);
        }
        BigInteger kmin = kk.min(nn.subtract(kk));
        long kl = kmin.longValueExact();
        BigInteger r = BigInteger.ONE;
        for (long i = 0; i < kl; i++) {
            r = r.multiply(nn.subtract(BigInteger.valueOf(i))).divide(BigInteger.valueOf(i + 1));
        }
        return PyInt.of(r);
    }

    @PyMethod("($module, n, k=None, /)")
    static PyObject perm(PyObject n, PyObject k) {
        BigInteger nn = big(n);
        BigInteger kk = k == PyNone.NONE ? nn : big(k);
        check(nn, kk);
        if (kk.compareTo(nn) > 0) {
            return PyInt.of(0);
        }
        BigInteger r = BigInteger.ONE;
        long kl = kk.longValueExact();
        for (long i = 0; i < kl; i++) {
            r = r.multiply(nn.subtract(BigInteger.valueOf(i)));
        }
        return PyInt.of(r);
    }

    private static void check(BigInteger n, BigInteger k) {
        if (n.signum() < 0) {
            throw PyErr.valueError("n must be a non-negative integer");
        }
        if (k.signum() < 0) {
            throw PyErr.valueError("k must be a non-negative integer");
        }
    }
}
