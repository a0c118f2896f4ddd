package org.sanca.runtime.modules._decimal;

import java.math.BigInteger;

/** Three-argument {@code pow(a, b, modulo)} on integral decimals ({@code mpd_qpowmod}). */
final class PowerMod {
    private PowerMod() {
    }

    static PyDecimal power(DecNum a, DecNum b, DecNum m, PyDecContext ctx) {
        DecCtx op = ctx.op();
        return ctx.finish(op, compute(a, b, m, op));
    }

    static DecNum compute(DecNum a, DecNum b, DecNum m, DecCtx c) {
        DecNum n = DecArith.nans(a, b, c);
        if (n == null) {
            n = DecArith.nans(m, null, c);
        }
        if (n != null) {
            return n;
        }
        if (!a.isInteger() || !b.isInteger() || !m.isInteger()) {
            return c.invalid(Status.INVALID_OPERATION);
        }
        BigInteger mod = integer(m).abs();
        BigInteger e = integer(b);
        if (mod.signum() == 0 || e.signum() < 0 || a.isZero() && e.signum() == 0 || Pow10.digits(mod) > c.prec) {
            return c.invalid(Status.INVALID_OPERATION);
        }
        BigInteger base = integer(a).abs().mod(mod);
        BigInteger r = base.modPow(e, mod);
        return DecNum.finite(a.neg && e.testBit(0), r, 0);
    }

    private static BigInteger integer(DecNum x) {
        return PyDecimal.truncate(x);
    }
}
