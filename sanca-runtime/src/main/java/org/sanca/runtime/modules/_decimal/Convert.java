package org.sanca.runtime.modules._decimal;

import java.math.BigDecimal;
import java.math.BigInteger;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * Python values to decimal numbers: the operands of Decimal's operators and methods (Decimal
 * and int), and the constructor's conversions from str, float and tuples
 * ({@code convert_op}, {@code PyDecType_FromObject} in {@code Modules/_decimal/_decimal.c}).
 */
final class Convert {
    private Convert() {
    }

    /** An operand of an operator: Decimal or int, else null (NotImplemented). */
    static DecNum operandOrNull(PyObject o) {
        if (o instanceof PyDecimal d) {
            return d.num;
        }
        if (o instanceof PyInt i) {
            return DecNum.of(i.bigValue());
        }
        return null;
    }

    /** An operand of a method: Decimal or int, else TypeError. */
    static DecNum operand(PyObject o) {
        DecNum n = operandOrNull(o);
        if (n == null) {
            throw PyErr.typeError("conversion from %s to Decimal is not supported", PyErr.typeName(o));
        }
        return n;
    }

    /** The context argument of a method: the current context for None. */
    static PyDecContext context(PyObject c) {
        if (c == null || c == PyNone.NONE) {
            return DecimalState.get().context();
        }
        if (c instanceof PyDecContext ctx) {
            return ctx;
        }
        throw PyErr.typeError("optional argument must be a context");
    }

    /** The exact value of a double. */
    static DecNum fromDouble(double v) {
        boolean neg = (Double.doubleToRawLongBits(v) < 0);
        if (Double.isNaN(v)) {
            return new DecNum(neg, BigInteger.ZERO, 0, DecNum.NAN);
        }
        if (Double.isInfinite(v)) {
            return DecNum.infinity(neg);
        }
        if (v == 0) {
            return DecNum.finite(neg, BigInteger.ZERO, 0);
        }
        BigDecimal b = new BigDecimal(Math.abs(v)).stripTrailingZeros();
        if (b.scale() < 0) {
            return DecNum.finite(neg, b.unscaledValue().multiply(Pow10.big(-b.scale())), 0);
        }
        return DecNum.finite(neg, b.unscaledValue(), -b.scale());
    }

    /** What {@code Decimal(v)} holds, before any rounding; conditions go to {@code ctx}. */
    static DecNum fromObject(PyObject v, PyDecContext ctx) {
        if (v instanceof PyDecimal d) {
            return d.num;
        }
        if (v instanceof PyStr s) {
            DecNum n = DecText.parse(s.value());
            if (n == null) {
                ctx.addStatus(Status.CONVERSION_SYNTAX);
                return DecNum.QNAN;
            }
            return n;
        }
        if (v instanceof PyInt i) {
            return DecNum.of(i.bigValue());
        }
        if (v instanceof PyFloat f) {
            ctx.addStatus(Status.FLOAT_OPERATION);
            return fromDouble(f.value);
        }
        if (v instanceof PyTuple || v instanceof PyList) {
            return fromTuple(v);
        }
        throw PyErr.typeError("conversion from %s to Decimal is not supported", PyErr.typeName(v));
    }

    /** {@code Decimal((sign, digits, exponent))}. */
    static DecNum fromTuple(PyObject v) {
        PyObject[] items = v instanceof PyTuple t ? t.items() : ((PyList) v).toArray();
        if (items.length != 3) {
            throw PyErr.valueError("argument must be a sequence of length 3");
        }
        if (!(items[0] instanceof PyInt s) || s.big != null || s.value != 0 && s.value != 1) {
            throw PyErr.valueError("sign must be an integer with the value 0 or 1");
        }
        boolean neg = s.value == 1;
        PyObject e = items[2];
        int kind = DecNum.FINITE;
        long exp = 0;
        if (e instanceof PyStr es) {
            kind = switch (es.value()) {
                case "F" -> DecNum.INF;
                case "n" -> DecNum.NAN;
                case "N" -> DecNum.SNAN;
                default -> throw PyErr.valueError("string argument in the third position must be 'F', 'n' or 'N'");
            };
        } else if (e instanceof PyInt ei) {
            exp = ei.longValue();
        } else {
            throw PyErr.valueError("exponent must be an integer");
        }
        if (kind == DecNum.INF) {
            return DecNum.infinity(neg);
        }
        PyObject digits = items[1];
        if (!(digits instanceof PyTuple || digits instanceof PyList)) {
            throw PyErr.valueError("coefficient must be a tuple of digits");
        }
        PyObject[] ds = digits instanceof PyTuple dt ? dt.items() : ((PyList) digits).toArray();
        StringBuilder b = new StringBuilder();
        for (PyObject d : ds) {
            if (!(d instanceof PyInt di) || di.big != null || di.value < 0 || di.value > 9) {
                throw PyErr.valueError("coefficient must be a tuple of digits");
            }
            b.append((char) ('0' + di.value));
        }
        BigInteger coeff = b.length() == 0 ? BigInteger.ZERO : new BigInteger(b.toString());
        return new DecNum(neg, coeff, kind == DecNum.FINITE ? exp : 0, kind);
    }

    /** A Python int of {@code v}. */
    static PyInt toInt(BigInteger v) {
        return PyInt.of(v);
    }

    /** An int argument of a context attribute, with CPython's TypeError for anything else. */
    static long intArg(PyObject v) {
        if (!(v instanceof PyInt i)) {
            throw PyErr.typeError("an integer is required");
        }
        if (i.big != null) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large to convert to C ssize_t");
        }
        return i.value;
    }

    static PyObject str(String s) {
        return PyStr.of(s);
    }

    static boolean isTrue(PyObject v) {
        return Abstract.isTrue(v);
    }
}
