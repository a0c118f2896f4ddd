package org.sanca.runtime.modules._decimal;

/**
 * The settings one operation works under (precision, rounding, exponent limits, clamping) and the
 * conditions it raised: libmpdec's {@code mpd_context_t} with the status word an operation fills.
 * Made afresh for each operation from a {@code decimal.Context}, so threads never share one.
 */
public final class DecCtx {
    public final int prec;
    public final Rounding rounding;
    public final long emin;
    public final long emax;
    public final boolean clamp;
    /** The conditions raised so far ({@link Status} bits). */
    public int status;

    public DecCtx(int prec, Rounding rounding, long emin, long emax, boolean clamp) {
        this.prec = prec;
        this.rounding = rounding;
        this.emin = emin;
        this.emax = emax;
        this.clamp = clamp;
    }

    /** The same settings with another precision and rounding (for working at extra precision). */
    public DecCtx with(int newPrec, Rounding newRounding) {
        return new DecCtx(newPrec, newRounding, emin, emax, clamp);
    }

    /** The smallest exponent of a subnormal number. */
    public long etiny() {
        return emin - prec + 1;
    }

    /** The largest exponent of a full-precision number. */
    public long etop() {
        return emax - prec + 1;
    }

    /** Raises InvalidOperation (condition {@code cond}): the result is a quiet NaN. */
    public DecNum invalid(int cond) {
        status |= cond;
        return DecNum.QNAN;
    }
}
