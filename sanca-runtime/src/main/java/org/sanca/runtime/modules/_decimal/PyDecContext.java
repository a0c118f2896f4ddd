package org.sanca.runtime.modules._decimal;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PySetter;
import org.sanca.runtime.types.PyType;

/**
 * {@code decimal.Context}: the settings arithmetic works under and the flags it raised
 * ({@code PyDecContextObject} in {@code Modules/_decimal/_decimal.c}). The operations themselves
 * are declared in {@link ContextOps}.
 */
public class PyDecContext extends ContextOps {
    public static final PyType TYPE = PyType.builtin("decimal.Context", PyDecContext.class, PyType.OBJECT, PyType.BASETYPE,
            ContextSlots::fill);

    static final long MAX_PREC = 999_999_999_999_999_999L;
    static final long MAX_EMAX = 999_999_999_999_999_999L;
    static final long MIN_EMIN = -999_999_999_999_999_999L;
    /** The largest precision arithmetic here works at. */
    private static final int PREC_LIMIT = 999_999_999;

    long prec;
    Rounding rounding;
    long emin;
    long emax;
    int capitals;
    int clamp;
    int flags;
    int traps;

    PyDecContext(long prec, Rounding rounding, long emin, long emax, int capitals, int clamp, int flags, int traps) {
        this.prec = prec;
        this.rounding = rounding;
        this.emin = emin;
        this.emax = emax;
        this.capitals = capitals;
        this.clamp = clamp;
        this.flags = flags;
        this.traps = traps;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    PyDecContext self() {
        return this;
    }

    /** A fresh operation context with these settings. */
    DecCtx op() {
        return new DecCtx((int) Math.min(prec, PREC_LIMIT), rounding, emin, emax, clamp == 1);
    }

    /** Records the conditions an operation raised; raises the trapped ones. */
    synchronized void addStatus(int status) {
        flags |= status;
        int trapped = status & traps;
        if (trapped != 0) {
            throw DecimalState.get().trap(trapped);
        }
    }

    PyDecimal finish(DecCtx op, DecNum result) {
        addStatus(op.status);
        return PyDecimal.of(result);
    }

    PyDecimal unary(DecNum a, DecFn.Unary f) {
        DecCtx op = op();
        return finish(op, f.apply(a, op));
    }

    PyDecimal binary(DecNum a, DecNum b, DecFn.Binary f) {
        DecCtx op = op();
        return finish(op, f.apply(a, b, op));
    }

    /** A copy of this context with another Python type (the same for {@code copy()}). */
    synchronized PyDecContext copyAs(PyType type) {
        PyDecContext c = type == TYPE ? new PyDecContext(prec, rounding, emin, emax, capitals, clamp, flags, traps)
                : new PyDecContextDerived(type, prec, rounding, emin, emax, capitals, clamp, flags, traps);
        return c;
    }

    @PyMethod(value = "($self, /)")
    PyObject copy() {
        return copyAs(TYPE);
    }

    @PyMethod(value = "($self, /)", name = "__copy__")
    PyObject copyDunder() {
        return copyAs(TYPE);
    }

    @PyMethod(value = "($self, /)")
    void clear_flags() {
        flags = 0;
    }

    @PyMethod(value = "($self, /)")
    void clear_traps() {
        traps = 0;
    }

    @PyMethod(value = "($self, /)")
    PyObject Etiny() {
        return PyInt.of(emin - prec + 1);
    }

    @PyMethod(value = "($self, /)")
    PyObject Etop() {
        return PyInt.of(emax - prec + 1);
    }

    @PyGetter("prec")
    PyObject getPrec() {
        return PyInt.of(prec);
    }

    @PySetter("prec")
    void setPrec(PyObject v) {
        prec = inRange(v, 1, MAX_PREC, "valid range for prec is [1, MAX_PREC]");
    }

    @PyGetter("Emin")
    PyObject getEmin() {
        return PyInt.of(emin);
    }

    @PySetter("Emin")
    void setEmin(PyObject v) {
        emin = inRange(v, MIN_EMIN, 0, "valid range for Emin is [MIN_EMIN, 0]");
    }

    @PyGetter("Emax")
    PyObject getEmax() {
        return PyInt.of(emax);
    }

    @PySetter("Emax")
    void setEmax(PyObject v) {
        emax = inRange(v, 0, MAX_EMAX, "valid range for Emax is [0, MAX_EMAX]");
    }

    @PyGetter("capitals")
    PyObject getCapitals() {
        return PyInt.of(capitals);
    }

    @PySetter("capitals")
    void setCapitals(PyObject v) {
        capitals = zeroOrOne(v, "capitals");
    }

    @PyGetter("clamp")
    PyObject getClamp() {
        return PyInt.of(clamp);
    }

    @PySetter("clamp")
    void setClamp(PyObject v) {
        clamp = zeroOrOne(v, "clamp");
    }

    private static int zeroOrOne(PyObject v, String name) {
        return (int) inRange(v, 0, 1, "valid values for " + name + " are 0 or 1");
    }

    /** An int setting within [lo, hi], else ValueError {@code message}. */
    private static long inRange(PyObject v, long lo, long hi, String message) {
        long e = Convert.intArg(notDeleted(v));
        if (e < lo || e > hi) {
            throw PyErr.valueError(message);
        }
        return e;
    }

    @PyGetter("rounding")
    PyObject getRounding() {
        return PyStr.of(rounding.name());
    }

    @PySetter("rounding")
    void setRounding(PyObject v) {
        rounding = roundingArg(notDeleted(v));
    }

    static Rounding roundingArg(PyObject v) {
        Rounding r = v instanceof PyStr s ? Rounding.named(s.value()) : null;
        if (r == null) {
            throw PyErr.typeError("valid values for rounding are:\n"
                    + "  [ROUND_CEILING, ROUND_FLOOR, ROUND_UP, ROUND_DOWN,\n"
                    + "   ROUND_HALF_UP, ROUND_HALF_DOWN, ROUND_HALF_EVEN,\n"
                    + "   ROUND_05UP]");
        }
        return r;
    }

    @PyGetter("flags")
    PyObject getFlags() {
        return new PySignalDict(this, false);
    }

    @PySetter("flags")
    void setFlags(PyObject v) {
        flags = signalDictArg(notDeleted(v));
    }

    @PyGetter("traps")
    PyObject getTraps() {
        return new PySignalDict(this, true);
    }

    @PySetter("traps")
    void setTraps(PyObject v) {
        traps = signalDictArg(notDeleted(v));
    }

    private static PyObject notDeleted(PyObject v) {
        if (v == null) {
            throw PyErr.format(PyExc.AttributeError, "context attributes cannot be deleted");
        }
        return v;
    }

    private static int signalDictArg(PyObject v) {
        if (v instanceof PySignalDict sd) {
            return sd.bits();
        }
        if (v instanceof PyDict d) {
            return dictBits(d);
        }
        throw PyErr.typeError("argument must be a signal dict");
    }

    /** The condition bits of a dict mapping every signal to a truth value. */
    static int dictBits(PyDict d) {
        DecimalState st = DecimalState.get();
        if (d.size() != DecimalState.SIGNAL_NAMES.length) {
            throw PyErr.format(PyExc.KeyError, "%s", "invalid signal dict");
        }
        int bits = 0;
        for (PyObject sig : st.signals) {
            PyObject v = d.getItem(sig);
            if (v == null) {
                throw PyErr.format(PyExc.KeyError, "%s", "invalid signal dict");
            }
            if (Convert.isTrue(v)) {
                bits |= st.bitsOf(sig);
            }
        }
        return bits;
    }

    /** The condition bits of a list of signals, or of a signal dict. */
    static int signalsArg(PyObject v) {
        if (v instanceof PyDict d) {
            return dictBits(d);
        }
        if (v instanceof PySignalDict sd) {
            return sd.bits();
        }
        DecimalState st = DecimalState.get();
        int bits = 0;
        PyObject it = org.sanca.runtime.objects.Abstract.getIter(v);
        for (PyObject x = org.sanca.runtime.objects.Abstract.next(it); x != null; x = org.sanca.runtime.objects.Abstract.next(it)) {
            int b = st.bitsOf(x);
            if (b < 0) {
                throw DecimalState.invalidSignal();
            }
            bits |= b;
        }
        return bits;
    }

    /** The signal classes of {@code bits}, in signal order. */
    static PyList signalList(int bits) {
        DecimalState st = DecimalState.get();
        PyList out = new PyList();
        for (int i = 0; i < st.signals.length; i++) {
            if ((bits & DecimalState.SIGNAL_BITS[i]) != 0) {
                out.append(st.signals[i]);
            }
        }
        return out;
    }

    @PyMethod(value = "($self, /)", name = "__reduce__")
    PyObject reduce() {
        return PyTuple.of(type(), PyTuple.of(PyInt.of(prec), PyStr.of(rounding.name()), PyInt.of(emin), PyInt.of(emax),
                PyInt.of(capitals), PyInt.of(clamp), signalList(flags), signalList(traps)));
    }

    String repr() {
        return "Context(prec=" + prec + ", rounding=" + rounding.name() + ", Emin=" + emin + ", Emax=" + emax
                + ", capitals=" + capitals + ", clamp=" + clamp + ", flags=[" + Status.names(flags) + "], traps=["
                + Status.names(traps) + "])";
    }

    /** Applies the constructor's (or {@code localcontext}'s) keyword settings; None leaves a setting alone. */
    void configure(PyObject[] a) {
        if (given(a[0])) {
            setPrec(a[0]);
        }
        if (given(a[1])) {
            setRounding(a[1]);
        }
        if (given(a[2])) {
            setEmin(a[2]);
        }
        if (given(a[3])) {
            setEmax(a[3]);
        }
        if (given(a[4])) {
            setCapitals(a[4]);
        }
        if (given(a[5])) {
            setClamp(a[5]);
        }
        if (given(a[6])) {
            flags = signalsArg(a[6]);
        }
        if (given(a[7])) {
            traps = signalsArg(a[7]);
        }
    }

    private static boolean given(PyObject v) {
        return v != null && v != PyNone.NONE;
    }
}
