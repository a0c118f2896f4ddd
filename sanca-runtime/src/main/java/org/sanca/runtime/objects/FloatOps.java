package org.sanca.runtime.objects;

/** The float operators with CPython's special rules: floor division, modulo, divmod, power ({@code floatobject.c}). */
final class FloatOps {
    private FloatOps() {
    }

    private static boolean operands(PyObject a, PyObject b) {
        return FloatSlots.isNumber(a) && FloatSlots.isNumber(b);
    }

    /** {@code divmod(x, y)} by CPython's {@code _float_div_mod}: the remainder takes the sign of y. */
    static double[] divmod(double x, double y, String what) {
        if (y == 0) {
            throw PyErr.format(PyExc.ZeroDivisionError, what);
        }
        double mod = x % y;
        double div = (x - mod) / y;
        if (mod != 0) {
            if ((y < 0) != (mod < 0)) {
                mod += y;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, y);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, x / y);
        }
        return new double[] {floordiv, mod};
    }

    static PyObject floorDivide(PyObject a, PyObject b) {
        if (!operands(a, b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyFloat.of(divmod(FloatSlots.toDouble(a), FloatSlots.toDouble(b), "float floor division by zero")[0]);
    }

    static PyObject remainder(PyObject a, PyObject b) {
        if (!operands(a, b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        return PyFloat.of(divmod(FloatSlots.toDouble(a), FloatSlots.toDouble(b), "float modulo")[1]);
    }

    static PyObject divmodSlot(PyObject a, PyObject b) {
        if (!operands(a, b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double[] r = divmod(FloatSlots.toDouble(a), FloatSlots.toDouble(b), "float divmod()");
        return PyTuple.of(PyFloat.of(r[0]), PyFloat.of(r[1]));
    }

    static PyObject power(PyObject a, PyObject b, PyObject m) {
        if (m != PyNone.NONE) {
            throw PyErr.typeError("pow() 3rd argument not allowed unless all arguments are integers");
        }
        if (!operands(a, b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        double x = FloatSlots.toDouble(a);
        double y = FloatSlots.toDouble(b);
        if (x == 0 && y < 0 && !Double.isInfinite(y)) {
            throw PyErr.format(PyExc.ZeroDivisionError, "0.0 cannot be raised to a negative power");
        }
        if (x < 0 && y != Math.floor(y) && Double.isFinite(y) && Double.isFinite(x)) {
            return PyComplex.power(new PyComplex(x, 0), new PyComplex(y, 0));
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && Double.isFinite(x) && Double.isFinite(y)) {
            throw rangeError();
        }
        return PyFloat.of(r);
    }

    /** OverflowError (34, 'Numerical result out of range'), as C's ERANGE gives it. */
    static PyException rangeError() {
        return PyErr.newException(PyExc.OverflowError, PyInt.of(34), PyStr.of("Numerical result out of range")).toJava();
    }
}
