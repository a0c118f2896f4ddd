package org.sanca.runtime.modules._decimal;

import java.math.BigInteger;

/**
 * The basic operations of the General Decimal Arithmetic on {@link DecNum}s under a
 * {@link DecCtx}: finishing a result to the context (rounding, overflow, subnormal results,
 * clamping), addition, multiplication, the divisions and comparison. libmpdec's
 * {@code mpd_qfinalize}, {@code mpd_qadd}, {@code mpd_qmul}, {@code mpd_qdiv}, {@code mpd_qdivint},
 * {@code mpd_qrem}, {@code mpd_qrem_near} and {@code mpd_cmp}.
 */
public final class DecArith {
    private DecArith() {
    }

    /** {@code x} fitted to the context: at most prec digits, exponent within range, signals raised. */
    public static DecNum fix(DecNum x, DecCtx c) {
        if (!x.isFinite()) {
            return x;
        }
        long etiny = c.etiny();
        long etop = c.etop();
        if (x.coeff.signum() == 0) {
            long newExp = Math.min(Math.max(x.exp, etiny), c.clamp ? etop : c.emax);
            if (newExp != x.exp) {
                c.status |= Status.CLAMPED;
                return DecNum.finite(x.neg, BigInteger.ZERO, newExp);
            }
            return x;
        }
        long expMin = x.adjusted() - c.prec + 1;
        if (expMin > etop) {
            return overflow(x.neg, c);
        }
        boolean subnormal = expMin < etiny;
        if (subnormal) {
            expMin = etiny;
        }
        if (x.exp < expMin) {
            Rescale r = Rescale.drop(x.coeff, x.digits(), expMin - x.exp, c.rounding, x.neg);
            BigInteger coeff = r.coeff();
            long exp = expMin;
            if (Pow10.digits(coeff) > c.prec) {
                coeff = coeff.divide(BigInteger.TEN);
                exp++;
            }
            if (exp > etop) {
                return overflow(x.neg, c);
            }
            if (subnormal) {
                c.status |= Status.SUBNORMAL | (r.inexact() ? Status.UNDERFLOW : 0);
            }
            c.status |= Status.ROUNDED | (r.inexact() ? Status.INEXACT : 0);
            if (coeff.signum() == 0) {
                c.status |= Status.CLAMPED;
            }
            return DecNum.finite(x.neg, coeff, exp);
        }
        if (subnormal) {
            c.status |= Status.SUBNORMAL;
        }
        if (c.clamp && x.exp > etop) {
            c.status |= Status.CLAMPED;
            return DecNum.finite(x.neg, Pow10.shift(x.coeff, x.exp - etop), etop);
        }
        return x;
    }

    /** The result of an overflow of sign {@code neg}: infinity or the largest finite number, as the rounding says. */
    static DecNum overflow(boolean neg, DecCtx c) {
        c.status |= Status.OVERFLOW | Status.INEXACT | Status.ROUNDED;
        if (c.rounding.overflowsToInfinity(neg)) {
            return DecNum.infinity(neg);
        }
        return DecNum.finite(neg, Pow10.big(c.prec).subtract(BigInteger.ONE), c.etop());
    }

    /**
     * The result of an operation with a NaN operand, or null when neither is one: the first
     * signaling NaN made quiet (raising InvalidOperation), else the first quiet NaN.
     */
    public static DecNum nans(DecNum a, DecNum b, DecCtx c) {
        if (a.isSNaN() || b != null && b.isSNaN()) {
            c.status |= Status.INVALID_OPERATION;
            return fitPayload((a.isSNaN() ? a : b).quiet(), c);
        }
        if (a.isNaN()) {
            return fitPayload(a, c);
        }
        return b != null && b.isNaN() ? fitPayload(b, c) : null;
    }

    /** A NaN whose diagnostic payload keeps at most prec - clamp of its low digits. */
    static DecNum fitPayload(DecNum nan, DecCtx c) {
        int room = c.prec - (c.clamp ? 1 : 0);
        if (nan.coeff.signum() == 0 || nan.digits() <= room) {
            return nan;
        }
        BigInteger payload = room <= 0 ? BigInteger.ZERO : nan.coeff.mod(Pow10.big(room));
        return new DecNum(nan.neg, payload, 0, nan.kind);
    }

    public static DecNum add(DecNum a, DecNum b, DecCtx c) {
        return fix(addExact(a, b, c), c);
    }

    public static DecNum subtract(DecNum a, DecNum b, DecCtx c) {
        if (b.isNaN()) {
            return add(a, b, c);
        }
        return add(a, b.negate(), c);
    }

    /** The sum before fitting to the context, exact except for digits far below the precision. */
    static DecNum addExact(DecNum a, DecNum b, DecCtx c) {
        DecNum n = nans(a, b, c);
        if (n != null) {
            return n;
        }
        if (a.isInfinite()) {
            if (b.isInfinite() && a.neg != b.neg) {
                return c.invalid(Status.INVALID_OPERATION);
            }
            return a;
        }
        if (b.isInfinite()) {
            return b;
        }
        long lo = Math.min(a.exp, b.exp);
        if (a.isZero() && b.isZero()) {
            boolean neg = a.neg == b.neg ? a.neg : c.rounding == Rounding.ROUND_FLOOR;
            return DecNum.finite(neg, BigInteger.ZERO, lo);
        }
        if (a.isZero() || b.isZero()) {
            DecNum nz = a.isZero() ? b : a;
            long exp = Math.max(lo, nz.exp - c.prec - 1);
            return DecNum.finite(nz.neg, Pow10.shift(nz.coeff, nz.exp - exp), exp);
        }
        DecNum hi = a.exp >= b.exp ? a : b;
        DecNum other = hi == a ? b : a;
        long cutoff = hi.exp + Math.min(-1, hi.digits() - c.prec - 2);
        if (other.adjusted() < cutoff) {
            other = DecNum.finite(other.neg, BigInteger.ONE, cutoff);
            lo = cutoff;
        }
        BigInteger x = Pow10.shift(hi.signedCoeff(), hi.exp - lo);
        BigInteger y = Pow10.shift(other.signedCoeff(), other.exp - lo);
        BigInteger sum = x.add(y);
        if (sum.signum() == 0) {
            return DecNum.finite(c.rounding == Rounding.ROUND_FLOOR, BigInteger.ZERO, lo);
        }
        return DecNum.finite(sum.signum() < 0, sum.abs(), lo);
    }

    public static DecNum multiply(DecNum a, DecNum b, DecCtx c) {
        return fix(multiplyExact(a, b, c), c);
    }

    static DecNum multiplyExact(DecNum a, DecNum b, DecCtx c) {
        DecNum n = nans(a, b, c);
        if (n != null) {
            return n;
        }
        boolean neg = a.neg != b.neg;
        if (a.isInfinite() || b.isInfinite()) {
            if (a.isZero() || b.isZero()) {
                return c.invalid(Status.INVALID_OPERATION);
            }
            return DecNum.infinity(neg);
        }
        return DecNum.finite(neg, a.coeff.multiply(b.coeff), a.exp + b.exp);
    }

    public static DecNum divide(DecNum a, DecNum b, DecCtx c) {
        DecNum n = nans(a, b, c);
        if (n != null) {
            return n;
        }
        boolean neg = a.neg != b.neg;
        if (a.isInfinite()) {
            return b.isInfinite() ? c.invalid(Status.INVALID_OPERATION) : DecNum.infinity(neg);
        }
        if (b.isInfinite()) {
            c.status |= Status.CLAMPED;
            return DecNum.finite(neg, BigInteger.ZERO, c.etiny());
        }
        if (b.isZero()) {
            if (a.isZero()) {
                return c.invalid(Status.DIVISION_UNDEFINED);
            }
            c.status |= Status.DIVISION_BY_ZERO;
            return DecNum.infinity(neg);
        }
        long ideal = a.exp - b.exp;
        if (a.isZero()) {
            return fix(DecNum.finite(neg, BigInteger.ZERO, ideal), c);
        }
        long shift = (long) b.digits() - a.digits() + c.prec + 1;
        BigInteger[] qr = shift >= 0 ? Pow10.shift(a.coeff, shift).divideAndRemainder(b.coeff)
                : a.coeff.divideAndRemainder(Pow10.shift(b.coeff, -shift));
        BigInteger q = qr[0];
        long exp = ideal - shift;
        if (qr[1].signum() != 0) {
            if (q.mod(BigInteger.valueOf(5)).signum() == 0) {
                q = q.add(BigInteger.ONE);
            }
        } else {
            while (exp < ideal && q.mod(BigInteger.TEN).signum() == 0) {
                q = q.divide(BigInteger.TEN);
                exp++;
            }
        }
        return fix(DecNum.finite(neg, q, exp), c);
    }

    /**
     * The integer quotient (truncated) and remainder of {@code a / b}, both finite and nonzero
     * divisor, or null after raising DivisionImpossible when the quotient needs more than prec digits.
     */
    static DecNum[] divmodFinite(DecNum a, DecNum b, DecCtx c) {
        boolean neg = a.neg != b.neg;
        long lo = Math.min(a.exp, b.exp);
        long expdiff = a.adjusted() - b.adjusted();
        if (a.isZero() || expdiff <= -2) {
            return new DecNum[] {DecNum.finite(neg, BigInteger.ZERO, 0), rescaleDown(a, lo, c)};
        }
        if (expdiff <= c.prec) {
            BigInteger x = Pow10.shift(a.coeff, a.exp - lo);
            BigInteger y = Pow10.shift(b.coeff, b.exp - lo);
            BigInteger[] qr = x.divideAndRemainder(y);
            if (Pow10.digits(qr[0]) <= c.prec) {
                return new DecNum[] {DecNum.finite(neg, qr[0], 0), DecNum.finite(a.neg, qr[1], lo)};
            }
        }
        c.invalid(Status.DIVISION_IMPOSSIBLE);
        return null;
    }

    /** {@code x} at the lower exponent {@code exp} (its coefficient padded), padding bounded by the precision. */
    private static DecNum rescaleDown(DecNum x, long exp, DecCtx c) {
        long e = x.isZero() ? exp : Math.max(exp, x.exp - c.prec - 1);
        return DecNum.finite(x.neg, Pow10.shift(x.coeff, x.exp - e), e);
    }

    /** {@code a // b} and {@code a % b} together ({@code divmod}); element null when that part is not wanted. */
    public static DecNum[] divmod(DecNum a, DecNum b, DecCtx c) {
        DecNum n = nans(a, b, c);
        if (n != null) {
            return new DecNum[] {n, n};
        }
        boolean neg = a.neg != b.neg;
        if (a.isInfinite()) {
            DecNum nan = c.invalid(Status.INVALID_OPERATION);
            return new DecNum[] {b.isInfinite() ? nan : DecNum.infinity(neg), nan};
        }
        if (b.isInfinite()) {
            return new DecNum[] {DecNum.finite(neg, BigInteger.ZERO, 0), fix(a, c)};
        }
        if (b.isZero()) {
            if (a.isZero()) {
                DecNum nan = c.invalid(Status.DIVISION_UNDEFINED);
                return new DecNum[] {nan, nan};
            }
            c.status |= Status.DIVISION_BY_ZERO | Status.INVALID_OPERATION;
            return new DecNum[] {DecNum.infinity(neg), DecNum.QNAN};
        }
        DecNum[] qr = divmodFinite(a, b, c);
        if (qr == null) {
            return new DecNum[] {DecNum.QNAN, DecNum.QNAN};
        }
        return new DecNum[] {fix(qr[0], c), fix(qr[1], c)};
    }

    public static DecNum divideInteger(DecNum a, DecNum b, DecCtx c) {
        DecNum n = nans(a, b, c);
        if (n != null) {
            return n;
        }
        boolean neg = a.neg != b.neg;
        if (a.isInfinite()) {
            return b.isInfinite() ? c.invalid(Status.INVALID_OPERATION) : DecNum.infinity(neg);
        }
        if (b.isInfinite()) {
            return DecNum.finite(neg, BigInteger.ZERO, 0);
        }
        if (b.isZero()) {
            if (a.isZero()) {
                return c.invalid(Status.DIVISION_UNDEFINED);
            }
            c.status |= Status.DIVISION_BY_ZERO;
            return DecNum.infinity(neg);
        }
        DecNum[] qr = divmodFinite(a, b, c);
        return qr == null ? DecNum.QNAN : fix(qr[0], c);
    }

    /** The result of a remainder whose operands are not both finite with a nonzero divisor, or null. */
    private static DecNum remainderSpecial(DecNum a, DecNum b, DecCtx c) {
        DecNum n = nans(a, b, c);
        if (n != null) {
            return n;
        }
        if (a.isInfinite()) {
            return c.invalid(Status.INVALID_OPERATION);
        }
        if (b.isInfinite()) {
            return fix(a, c);
        }
        if (b.isZero()) {
            return c.invalid(a.isZero() ? Status.DIVISION_UNDEFINED : Status.INVALID_OPERATION);
        }
        return null;
    }

    public static DecNum remainder(DecNum a, DecNum b, DecCtx c) {
        DecNum special = remainderSpecial(a, b, c);
        if (special != null) {
            return special;
        }
        DecNum[] qr = divmodFinite(a, b, c);
        return qr == null ? DecNum.QNAN : fix(qr[1], c);
    }

    /** {@code a - b * n} where n is the integer nearest {@code a / b} (ties to even). */
    public static DecNum remainderNear(DecNum a, DecNum b, DecCtx c) {
        DecNum special = remainderSpecial(a, b, c);
        if (special != null) {
            return special;
        }
        long lo = Math.min(a.exp, b.exp);
        long expdiff = a.adjusted() - b.adjusted();
        if (a.isZero() || expdiff <= -2) {
            return fix(rescaleDown(a, lo, c), c);
        }
        if (expdiff > c.prec) {
            return c.invalid(Status.DIVISION_IMPOSSIBLE);
        }
        BigInteger x = Pow10.shift(a.coeff, a.exp - lo);
        BigInteger y = Pow10.shift(b.coeff, b.exp - lo);
        BigInteger[] qr = x.divideAndRemainder(y);
        BigInteger q = qr[0];
        BigInteger r = qr[1];
        int cmp = r.shiftLeft(1).compareTo(y);
        boolean rneg = a.neg;
        if (cmp > 0 || cmp == 0 && q.testBit(0)) {
            r = y.subtract(r);
            q = q.add(BigInteger.ONE);
            rneg = !rneg;
        }
        if (Pow10.digits(q) > c.prec) {
            return c.invalid(Status.DIVISION_IMPOSSIBLE);
        }
        return fix(DecNum.finite(r.signum() == 0 ? a.neg : rneg, r, lo), c);
    }

    /** The numeric order of two non-NaN values: -1, 0 or 1. */
    public static int compare(DecNum a, DecNum b) {
        if (a.isInfinite() || b.isInfinite()) {
            int x = a.isInfinite() ? (a.neg ? -2 : 2) : 0;
            int y = b.isInfinite() ? (b.neg ? -2 : 2) : 0;
            if (x == y) {
                return 0;
            }
            if (x != 0 && y != 0) {
                return Integer.compare(x, y);
            }
            return x != 0 ? Integer.signum(x) : -Integer.signum(y);
        }
        if (a.isZero()) {
            return b.isZero() ? 0 : b.neg ? 1 : -1;
        }
        if (b.isZero()) {
            return a.neg ? -1 : 1;
        }
        if (a.neg != b.neg) {
            return a.neg ? -1 : 1;
        }
        int mag = compareMagnitude(a, b);
        return a.neg ? -mag : mag;
    }

    /** The order of the absolute values of two finite nonzero numbers. */
    static int compareMagnitude(DecNum a, DecNum b) {
        long adjA = a.adjusted();
        long adjB = b.adjusted();
        if (adjA != adjB) {
            return adjA < adjB ? -1 : 1;
        }
        long lo = Math.min(a.exp, b.exp);
        return Pow10.shift(a.coeff, a.exp - lo).compareTo(Pow10.shift(b.coeff, b.exp - lo));
    }
}
