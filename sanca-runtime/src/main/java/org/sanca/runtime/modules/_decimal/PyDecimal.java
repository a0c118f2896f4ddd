package org.sanca.runtime.modules._decimal;

import java.math.BigInteger;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code decimal.Decimal}: an immutable decimal number ({@code PyDecObject} in
 * {@code Modules/_decimal/_decimal.c}). Operators and conversions are its slots
 * ({@link DecimalSlots}); methods taking a context are in {@link DecimalMethods}.
 */
public class PyDecimal extends DecimalMethods {
    public static final PyType TYPE = PyType.builtin("decimal.Decimal", PyDecimal.class, PyType.OBJECT, PyType.BASETYPE,
            DecimalSlots::fill);
    private static final String[] NEW_PARAMS = {"value", "context"};

    PyDecimal(DecNum num) {
        super(num);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    static PyDecimal of(DecNum num) {
        return new PyDecimal(num);
    }

    static PyObject newDecimal(PyObject type, PyObject[] args, String[] kwnames) {
        PyObject[] a = Args.bind(NEW_PARAMS, args, kwnames);
        PyDecContext ctx = Convert.context(a[1]);
        DecNum v = a[0] == null ? DecNum.ZERO : Convert.fromObject(a[0], ctx);
        return make((PyType) type, v);
    }

    static PyDecimal make(PyType type, DecNum v) {
        return type == TYPE ? new PyDecimal(v) : new PyDecimalDerived(type, v);
    }

    /** A context's rounding of a new number: fitted to it, NaN payloads no longer than the precision allows. */
    static DecNum fitNaN(DecNum a, DecCtx c) {
        if (a.isNaN()) {
            if (a.coeff.signum() != 0 && Pow10.digits(a.coeff) > c.prec - (c.clamp ? 1 : 0)) {
                return c.invalid(Status.CONVERSION_SYNTAX);
            }
            return a;
        }
        return DecArith.fix(a, c);
    }

    /** The exact value of an int or float argument ({@code from_float}). */
    static DecNum floatArg(PyObject f, PyDecContext ctx) {
        if (f instanceof PyInt i) {
            return DecNum.of(i.bigValue());
        }
        if (f instanceof PyFloat x) {
            return Convert.fromDouble(x.value);
        }
        throw PyErr.typeError("argument must be int or float");
    }

    static boolean sameQuantum(DecNum a, DecNum b) {
        if (a.isNaN() || b.isNaN()) {
            return a.isNaN() && b.isNaN();
        }
        if (a.isInfinite() || b.isInfinite()) {
            return a.isInfinite() && b.isInfinite();
        }
        return a.exp == b.exp;
    }

    static boolean isNormal(DecNum a, DecCtx c) {
        return a.isFinite() && !a.isZero() && a.adjusted() >= c.emin;
    }

    static boolean isSubnormal(DecNum a, DecCtx c) {
        return a.isFinite() && !a.isZero() && a.adjusted() < c.emin;
    }

    @PyMethod(value = "($type, f, /)", kind = PyMethod.Kind.CLASS)
    static PyObject from_float(PyObject type, PyObject f) {
        PyDecimal d = of(floatArg(f, null));
        return type == TYPE ? d : Abstract.call(type, d);
    }

    /** The integer part (truncated) of a finite value. */
    static BigInteger truncate(DecNum a) {
        BigInteger v = a.exp >= 0 ? Pow10.shift(a.coeff, a.exp)
                : -a.exp >= a.digits() ? BigInteger.ZERO : a.coeff.divide(Pow10.big(-a.exp));
        return a.neg ? v.negate() : v;
    }

    /** {@code int(self)} after rounding by {@code r}; CPython's errors for infinities and NaNs. */
    PyInt toInt(Rounding r) {
        if (num.isNaN()) {
            throw PyErr.valueError("cannot convert NaN to integer");
        }
        if (num.isInfinite()) {
            throw PyErr.format(PyExc.OverflowError, "cannot convert Infinity to integer");
        }
        DecNum i = DecOps.toIntegral(num, r, false, new DecCtx(1, r, 0, 0, false));
        return PyInt.of(truncate(i));
    }

    @PyMethod(value = "($self, /)", name = "__trunc__")
    PyObject trunc() {
        return toInt(Rounding.ROUND_DOWN);
    }

    @PyMethod(value = "($self, /)", name = "__floor__")
    PyObject floor() {
        return toInt(Rounding.ROUND_FLOOR);
    }

    @PyMethod(value = "($self, /)", name = "__ceil__")
    PyObject ceil() {
        return toInt(Rounding.ROUND_CEILING);
    }

    @PyMethod(value = "($self, ndigits=<unrepresentable>, /)", name = "__round__")
    PyObject round(PyObject ndigits) {
        if (ndigits == null || ndigits == PyNone.NONE) {
            return toInt(Rounding.ROUND_HALF_EVEN);
        }
        if (!(ndigits instanceof PyInt n)) {
            throw PyErr.typeError("optional arg must be an integer");
        }
        DecNum q = DecNum.finite(false, BigInteger.ONE, -n.longValue());
        PyDecContext ctx = Convert.context(null);
        return ctx.binary(num, q, (a, b, c) -> DecOps.quantize(a, b, c.rounding, c));
    }

    @PyMethod(value = "($self, /)", name = "__complex__")
    PyObject complex() {
        return new org.sanca.runtime.objects.PyComplex(DecimalSlots.toDouble(this), 0.0);
    }

    @PyMethod(value = "($self, /)", name = "__reduce__")
    PyObject reduce() {
        return PyTuple.of(type(), PyTuple.of(PyStr.of(DecText.toSci(num, true))));
    }

    @PyMethod(value = "($self, /)", name = "__copy__")
    PyObject copyDunder() {
        return this;
    }

    @PyMethod(value = "($self, memo, /)", name = "__deepcopy__")
    PyObject deepcopy(PyObject memo) {
        return this;
    }

    @PyMethod(value = "($self, format_spec, override=<unrepresentable>, /)", name = "__format__")
    PyObject format(PyObject spec, PyObject override) {
        String s = PyStr.arg(spec, "__format__() argument");
        return PyStr.of(DecFormat.format(num, s, Convert.context(null)));
    }

    @PyMethod(value = "($self, /)")
    PyObject as_tuple() {
        PyObject[] digits;
        if (num.isInfinite()) {
            digits = new PyObject[] {PyInt.of(0)};
        } else if (num.isNaN() && num.coeff.signum() == 0) {
            digits = new PyObject[0];
        } else {
            String s = num.coeff.toString();
            digits = new PyObject[s.length()];
            for (int i = 0; i < s.length(); i++) {
                digits[i] = PyInt.of(s.charAt(i) - '0');
            }
        }
        PyObject exp = switch (num.kind) {
            case DecNum.INF -> PyStr.of("F");
            case DecNum.NAN -> PyStr.of("n");
            case DecNum.SNAN -> PyStr.of("N");
            default -> PyInt.of(num.exp);
        };
        PyObject cls = DecimalState.get().decimalTuple();
        return Abstract.call(cls, PyInt.of(num.neg ? 1 : 0), PyTuple.of(digits), exp);
    }

    @PyMethod(value = "($self, /)")
    PyObject as_integer_ratio() {
        if (num.isNaN()) {
            throw PyErr.valueError("cannot convert NaN to integer ratio");
        }
        if (num.isInfinite()) {
            throw PyErr.format(PyExc.OverflowError, "cannot convert Infinity to integer ratio");
        }
        BigInteger n = num.signedCoeff();
        BigInteger d = BigInteger.ONE;
        if (num.exp >= 0) {
            n = Pow10.shift(n, num.exp);
        } else {
            d = Pow10.big(-num.exp);
            BigInteger g = n.gcd(d);
            if (g.signum() != 0) {
                n = n.divide(g);
                d = d.divide(g);
            }
        }
        return PyTuple.of(PyInt.of(n), PyInt.of(d));
    }

    @PyMethod(value = "($self, /)")
    PyObject adjusted() {
        return PyInt.of(num.isFinite() ? num.adjusted() : 0);
    }

    @PyMethod(value = "($self, /)")
    PyObject radix() {
        return of(DecNum.of(10));
    }

    @PyMethod(value = "($self, /)")
    PyObject canonical() {
        return this;
    }

    @PyMethod(value = "($self, /)")
    PyObject conjugate() {
        return this;
    }

    @PyGetter("real")
    PyObject realPart() {
        return this;
    }

    @PyGetter("imag")
    PyObject imagPart() {
        return of(DecNum.ZERO);
    }

    @PyMethod(value = "($self, /)", name = "__sizeof__")
    long sizeof() {
        return 104 + (long) num.coeff.bitLength() / 8;
    }
}
