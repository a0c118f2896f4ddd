package org.sanca.runtime.objects;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;

/** {@code float.as_integer_ratio}, {@code hex}, {@code fromhex} and {@code round} ({@code floatobject.c}). */
final class FloatMethods {
    private FloatMethods() {
    }

    static PyTuple asIntegerRatio(double v) {
        if (Double.isInfinite(v)) {
            throw PyErr.format(PyExc.OverflowError, "cannot convert Infinity to integer ratio");
        }
        if (Double.isNaN(v)) {
            throw PyErr.valueError("cannot convert NaN to integer ratio");
        }
        BigDecimal d = new BigDecimal(v);
        BigInteger num = d.unscaledValue();
        BigInteger den = BigInteger.ONE;
        if (d.scale() > 0) {
            den = BigInteger.TEN.pow(d.scale());
        } else {
            num = num.multiply(BigInteger.TEN.pow(-d.scale()));
        }
        BigInteger g = num.gcd(den);
        return PyTuple.of(PyInt.of(num.divide(g)), PyInt.of(den.divide(g)));
    }

    static String hex(double v) {
        if (Double.isNaN(v) || Double.isInfinite(v)) {
            return FloatRepr.repr(v);
        }
        long bits = Double.doubleToRawLongBits(v);
        String sign = bits < 0 ? "-" : "";
        int exp = (int) (bits >> 52 & 0x7ff);
        long mant = bits & ((1L << 52) - 1);
        if (exp == 0 && mant == 0) {
            return sign + "0x0.0p+0";
        }
        String lead = exp == 0 ? "0" : "1";
        int e = exp == 0 ? -1022 : exp - 1023;
        String digits = String.format("%013x", mant);
        return sign + "0x" + lead + "." + digits + "p" + (e < 0 ? "-" : "+") + Math.abs(e);
    }

    static double fromhex(String text) {
        String s = StrCase.stripSpace(text).toLowerCase(java.util.Locale.ROOT);
        String body = s.startsWith("-") || s.startsWith("+") ? s.substring(1) : s;
        boolean neg = s.startsWith("-");
        if (body.equals("inf") || body.equals("infinity")) {
            return neg ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
        }
        if (body.equals("nan")) {
            return Double.NaN;
        }
        if (!body.startsWith("0x")) {
            body = "0x" + body;
        }
        if (!body.matches("0x([0-9a-f]+\\.?[0-9a-f]*|\\.[0-9a-f]+)(p[+-]?\\d+)?")) {
            throw PyErr.valueError("invalid hexadecimal floating-point string");
        }
        if (!body.contains("p")) {
            body += "p0";
        }
        double d = Double.parseDouble(body);
        if (Double.isInfinite(d)) {
            throw PyErr.format(PyExc.OverflowError, "hexadecimal value too large to represent as a float");
        }
        return neg ? -d : d;
    }

    /** {@code round(x, n)}: x rounded half-even at 10**-n on its exact value, read back as the nearest double. */
    static double round(double x, PyInt ndigits) {
        if (!Double.isFinite(x) || x == 0) {
            return x;
        }
        BigInteger n = ndigits.bigValue();
        if (n.compareTo(BigInteger.valueOf(400)) > 0) {
            return x;
        }
        if (n.compareTo(BigInteger.valueOf(-400)) < 0) {
            return Math.copySign(0.0, x);
        }
        double r = new BigDecimal(x).setScale(n.intValue(), RoundingMode.HALF_EVEN).doubleValue();
        if (Double.isInfinite(r)) {
            throw PyErr.format(PyExc.OverflowError, "rounded value too large to represent");
        }
        return r == 0 ? Math.copySign(0.0, x) : r;
    }
}
