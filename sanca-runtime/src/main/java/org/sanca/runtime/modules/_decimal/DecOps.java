package org.sanca.runtime.modules._decimal;

import java.math.BigInteger;

/**
 * The quantum and neighbour operations: quantize, rounding to an integer, normalizing, the next
 * representable numbers, scaling, logb, digit shifts and rotations, the logical operations, and
 * the orderings behind compare_total, max and min. libmpdec's {@code mpd_qquantize},
 * {@code mpd_qround_to_int}, {@code mpd_qreduce}, {@code mpd_qnext_*}, {@code mpd_qscaleb},
 * {@code mpd_qshift}, {@code mpd_qrotate}, {@code mpd_qand} ... and {@code mpd_cmp_total}.
 */
public final class DecOps {
    private DecOps() {
    }

    public static DecNum quantize(DecNum a, DecNum b, Rounding r, DecCtx c) {
        DecNum n = DecArith.nans(a, b, c);
        if (n != null) {
            return n;
        }
        if (a.isInfinite() || b.isInfinite()) {
            return a.isInfinite() && b.isInfinite() ? a : c.invalid(Status.INVALID_OPERATION);
        }
        long exp = b.exp;
        if (exp > c.emax || exp < c.etiny()) {
            return c.invalid(Status.INVALID_OPERATION);
        }
        if (a.isZero()) {
            return DecArith.fix(DecNum.finite(a.neg, BigInteger.ZERO, exp), c);
        }
        if (a.adjusted() > c.emax || a.adjusted() - exp + 1 > c.prec) {
            return c.invalid(Status.INVALID_OPERATION);
        }
        Rescale rs = Rescale.drop(a.coeff, a.digits(), exp - a.exp, r, a.neg);
        DecNum ans = DecNum.finite(a.neg, rs.coeff(), exp);
        if (ans.adjusted() > c.emax || ans.digits() > c.prec) {
            return c.invalid(Status.INVALID_OPERATION);
        }
        if (!ans.isZero() && ans.adjusted() < c.emin) {
            c.status |= Status.SUBNORMAL;
        }
        if (exp > a.exp) {
            c.status |= Status.ROUNDED | (rs.inexact() ? Status.INEXACT : 0);
        }
        return DecArith.fix(ans, c);
    }

    /** {@code a} rounded to an integer by {@code r}; {@code exact} raises Inexact and Rounded as to_integral_exact does. */
    public static DecNum toIntegral(DecNum a, Rounding r, boolean exact, DecCtx c) {
        DecNum n = DecArith.nans(a, null, c);
        if (n != null) {
            return n;
        }
        if (a.isInfinite() || a.exp >= 0) {
            return a;
        }
        if (a.isZero()) {
            return DecNum.finite(a.neg, BigInteger.ZERO, 0);
        }
        Rescale rs = Rescale.drop(a.coeff, a.digits(), -a.exp, r, a.neg);
        if (exact) {
            c.status |= Status.ROUNDED | (rs.inexact() ? Status.INEXACT : 0);
        }
        return DecNum.finite(a.neg, rs.coeff(), 0);
    }

    /** {@code normalize}: fitted to the context, then trailing zeros stripped. */
    public static DecNum reduce(DecNum a, DecCtx c) {
        DecNum n = DecArith.nans(a, null, c);
        if (n != null) {
            return n;
        }
        DecNum x = DecArith.fix(a, c);
        if (x.isInfinite()) {
            return x;
        }
        if (x.isZero()) {
            return DecNum.finite(x.neg, BigInteger.ZERO, 0);
        }
        return stripZeros(x, c.clamp ? c.etop() : c.emax);
    }

    /** {@code x} without trailing zeros of its coefficient, the exponent rising at most to {@code maxExp}. */
    static DecNum stripZeros(DecNum x, long maxExp) {
        BigInteger coeff = x.coeff;
        long exp = x.exp;
        while (exp < maxExp) {
            BigInteger[] qr = coeff.divideAndRemainder(BigInteger.TEN);
            if (qr[1].signum() != 0) {
                break;
            }
            coeff = qr[0];
            exp++;
        }
        return exp == x.exp ? x : DecNum.finite(x.neg, coeff, exp);
    }

    /** The smallest representable number greater ({@code up}) or less than {@code a}. */
    public static DecNum next(DecNum a, boolean up, DecCtx c) {
        DecNum n = DecArith.nans(a, null, c);
        if (n != null) {
            return n;
        }
        if (a.isInfinite()) {
            if (a.neg != up) {
                return a;
            }
            return DecNum.finite(a.neg, Pow10.big(c.prec).subtract(BigInteger.ONE), c.etop());
        }
        DecCtx work = new DecCtx(c.prec, up ? Rounding.ROUND_CEILING : Rounding.ROUND_FLOOR, c.emin, c.emax, c.clamp);
        DecNum fixed = DecArith.fix(a, work);
        if (DecArith.compare(fixed, a) != 0) {
            return fixed;
        }
        DecNum tiny = DecNum.finite(!up, BigInteger.ONE, c.etiny() - 1);
        return DecArith.add(a, tiny, work);
    }

    public static DecNum nextToward(DecNum a, DecNum b, DecCtx c) {
        DecNum n = DecArith.nans(a, b, c);
        if (n != null) {
            return n;
        }
        int cmp = DecArith.compare(a, b);
        if (cmp == 0) {
            return a.withSign(b.neg);
        }
        DecNum ans = next(a, cmp < 0, c);
        if (ans.isInfinite()) {
            c.status |= Status.OVERFLOW | Status.INEXACT | Status.ROUNDED;
        } else if (ans.adjusted() < c.emin) {
            c.status |= Status.UNDERFLOW | Status.SUBNORMAL | Status.INEXACT | Status.ROUNDED;
            if (ans.isZero()) {
                c.status |= Status.CLAMPED;
            }
        }
        return ans;
    }

    /**
     * The integer second operand (exponent 0, magnitude at most {@code limit}) of scaleb, shift
     * and rotate, or null after raising InvalidOperation; {@code nan} receives a NaN result.
     */
    private static BigInteger integralArg(DecNum a, DecNum b, long limit, DecNum[] nan, DecCtx c) {
        DecNum n = DecArith.nans(a, b, c);
        if (n != null) {
            nan[0] = n;
            return null;
        }
        if (!b.isFinite() || b.exp != 0 || b.coeff.compareTo(BigInteger.valueOf(limit)) > 0) {
            nan[0] = c.invalid(Status.INVALID_OPERATION);
            return null;
        }
        return b.signedCoeff();
    }

    public static DecNum scaleb(DecNum a, DecNum b, DecCtx c) {
        DecNum[] nan = new DecNum[1];
        BigInteger k = integralArg(a, b, 2 * (c.emax + c.prec), nan, c);
        if (k == null) {
            return nan[0];
        }
        if (a.isInfinite()) {
            return a;
        }
        return DecArith.fix(DecNum.finite(a.neg, a.coeff, a.exp + k.longValue()), c);
    }

    public static DecNum logb(DecNum a, DecCtx c) {
        DecNum n = DecArith.nans(a, null, c);
        if (n != null) {
            return n;
        }
        if (a.isInfinite()) {
            return DecNum.INFINITY;
        }
        if (a.isZero()) {
            c.status |= Status.DIVISION_BY_ZERO;
            return DecNum.NEG_INFINITY;
        }
        return DecArith.fix(DecNum.of(a.adjusted()), c);
    }

    /** {@code shift} ({@code rotate} when {@code rotate}): the coefficient's digits moved by b places within prec digits. */
    public static DecNum shift(DecNum a, DecNum b, boolean rotate, DecCtx c) {
        DecNum[] nan = new DecNum[1];
        BigInteger k = integralArg(a, b, c.prec, nan, c);
        if (k == null) {
            return nan[0];
        }
        if (a.isInfinite()) {
            return a;
        }
        int places = k.intValue();
        BigInteger mod = Pow10.big(c.prec);
        BigInteger coeff = a.coeff.mod(mod);
        BigInteger out;
        if (rotate) {
            int left = Math.floorMod(places, c.prec);
            BigInteger[] qr = coeff.divideAndRemainder(Pow10.big(c.prec - left));
            out = qr[1].multiply(Pow10.big(left)).add(qr[0]);
        } else if (places >= 0) {
            out = Pow10.shift(coeff, places).mod(mod);
        } else {
            out = coeff.divide(Pow10.big(-places));
        }
        return DecNum.finite(a.neg, out, a.exp);
    }

    /** The digits of a logical operand (finite, positive, exponent 0, only 0s and 1s) padded to prec, or null. */
    private static char[] logicalDigits(DecNum a, DecCtx c) {
        if (!a.isFinite() || a.neg || a.exp != 0) {
            return null;
        }
        String s = a.coeff.toString();
        if (s.length() > c.prec) {
            s = s.substring(s.length() - c.prec);
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) != '0' && s.charAt(i) != '1') {
                return null;
            }
        }
        char[] out = new char[c.prec];
        java.util.Arrays.fill(out, '0');
        s.getChars(0, s.length(), out, c.prec - s.length());
        return out;
    }

    /** A logical operation: {@code op} is '&', '|', '^' or '~' (b ignored). */
    public static DecNum logical(DecNum a, DecNum b, char op, DecCtx c) {
        char[] x = logicalDigits(a, c);
        char[] y = op == '~' ? x : logicalDigits(b, c);
        if (x == null || y == null) {
            return c.invalid(Status.INVALID_OPERATION);
        }
        char[] out = new char[c.prec];
        for (int i = 0; i < c.prec; i++) {
            boolean p = x[i] == '1';
            boolean q = y[i] == '1';
            boolean v = switch (op) {
                case '&' -> p && q;
                case '|' -> p || q;
                case '^' -> p != q;
                default -> !p;
            };
            out[i] = v ? '1' : '0';
        }
        return DecNum.finite(false, new BigInteger(new String(out)), 0);
    }

    /** The total order of the specification: -1, 0 or 1. */
    public static int compareTotal(DecNum a, DecNum b) {
        if (a.neg != b.neg) {
            return a.neg ? -1 : 1;
        }
        int r = compareTotalMagnitude(a, b);
        return a.neg ? -r : r;
    }

    /** The total order of the absolute values. */
    public static int compareTotalMagnitude(DecNum a, DecNum b) {
        int ka = rank(a);
        int kb = rank(b);
        if (ka != kb) {
            return Integer.compare(ka, kb);
        }
        if (a.isNaN()) {
            return a.coeff.compareTo(b.coeff);
        }
        if (a.isInfinite()) {
            return 0;
        }
        int cmp = DecArith.compare(a.withSign(false), b.withSign(false));
        return cmp != 0 ? cmp : Long.compare(a.exp, b.exp);
    }

    private static int rank(DecNum a) {
        return switch (a.kind) {
            case DecNum.FINITE -> 0;
            case DecNum.INF -> 1;
            case DecNum.SNAN -> 2;
            default -> 3;
        };
    }

    /** {@code max} ({@code wantMax}) or {@code min}, by value or by magnitude ({@code mag}). */
    public static DecNum minMax(DecNum a, DecNum b, boolean wantMax, boolean mag, DecCtx c) {
        if (a.isNaN() || b.isNaN()) {
            if (a.isSNaN() || b.isSNaN() || a.isNaN() && b.isNaN()) {
                return DecArith.nans(a, b, c);
            }
            return DecArith.fix(a.isNaN() ? b : a, c);
        }
        int cmp = mag ? DecArith.compare(a.withSign(false), b.withSign(false)) : DecArith.compare(a, b);
        if (cmp == 0) {
            cmp = compareTotal(a, b);
        }
        DecNum pick = wantMax ? (cmp < 0 ? b : a) : (cmp < 0 ? a : b);
        return DecArith.fix(pick, c);
    }

    /** {@code number_class}: "+Normal", "-Zero", "sNaN" ... */
    public static String numberClass(DecNum a, DecCtx c) {
        if (a.isSNaN()) {
            return "sNaN";
        }
        if (a.isNaN()) {
            return "NaN";
        }
        String sign = a.neg ? "-" : "+";
        if (a.isInfinite()) {
            return sign + "Infinity";
        }
        if (a.isZero()) {
            return sign + "Zero";
        }
        return sign + (a.adjusted() < c.emin ? "Subnormal" : "Normal");
    }

    public static DecNum fma(DecNum a, DecNum b, DecNum third, DecCtx c) {
        DecNum product = DecArith.multiplyExact(a, b, c);
        if (product.isNaN() && !a.isNaN() && !b.isNaN()) {
            return product;
        }
        return DecArith.add(product, third, c);
    }

    /** {@code plus}: {@code 0 + a}, rounded to the context; a zero loses its minus sign unless rounding is ROUND_FLOOR. */
    public static DecNum plus(DecNum a, DecCtx c) {
        DecNum n = DecArith.nans(a, null, c);
        if (n != null) {
            return n;
        }
        if (a.isZero() && a.neg && c.rounding != Rounding.ROUND_FLOOR) {
            return DecArith.fix(a.withSign(false), c);
        }
        return DecArith.fix(a, c);
    }

    /** {@code minus}: {@code 0 - a}. */
    public static DecNum minus(DecNum a, DecCtx c) {
        return a.isNaN() ? plus(a, c) : plus(a.negate(), c);
    }

    public static DecNum abs(DecNum a, DecCtx c) {
        return a.isNaN() ? plus(a, c) : plus(a.withSign(false), c);
    }

    /** {@code compare}: -1, 0 or 1 as a number, NaN when either operand is one; {@code signal} makes any NaN invalid. */
    public static DecNum compare(DecNum a, DecNum b, boolean signal, DecCtx c) {
        if (a.isNaN() || b.isNaN()) {
            if (signal) {
                c.status |= Status.INVALID_OPERATION;
                return (a.isNaN() ? a : b).quiet();
            }
            return DecArith.nans(a, b, c);
        }
        return DecNum.of(DecArith.compare(a, b));
    }
}
