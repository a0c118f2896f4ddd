package org.sanca.runtime.modules._decimal;

import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;

/**
 * The arithmetic methods of {@code decimal.Context} ({@code add}, {@code divide}, {@code sqrt},
 * ...): each converts its operands (Decimal or int) and runs the operation under this context.
 */
abstract class ContextOps extends org.sanca.runtime.objects.PyObject {
    /** The context itself. */
    abstract PyDecContext self();

    @PyMethod("($self, x, /)")
    PyObject abs(PyObject x) {
        return self().unary(Convert.operand(x), DecOps::abs);
    }

    @PyMethod("($self, x, /)")
    PyObject exp(PyObject x) {
        return self().unary(Convert.operand(x), DecMath::exp);
    }

    @PyMethod("($self, x, /)")
    PyObject ln(PyObject x) {
        return self().unary(Convert.operand(x), DecMath::ln);
    }

    @PyMethod("($self, x, /)")
    PyObject log10(PyObject x) {
        return self().unary(Convert.operand(x), DecMath::log10);
    }

    @PyMethod("($self, x, /)")
    PyObject logb(PyObject x) {
        return self().unary(Convert.operand(x), DecOps::logb);
    }

    @PyMethod("($self, x, /)")
    PyObject minus(PyObject x) {
        return self().unary(Convert.operand(x), DecOps::minus);
    }

    @PyMethod("($self, x, /)")
    PyObject plus(PyObject x) {
        return self().unary(Convert.operand(x), DecOps::plus);
    }

    @PyMethod("($self, x, /)")
    PyObject next_minus(PyObject x) {
        return self().unary(Convert.operand(x), (a, c) -> DecOps.next(a, false, c));
    }

    @PyMethod("($self, x, /)")
    PyObject next_plus(PyObject x) {
        return self().unary(Convert.operand(x), (a, c) -> DecOps.next(a, true, c));
    }

    @PyMethod("($self, x, /)")
    PyObject normalize(PyObject x) {
        return self().unary(Convert.operand(x), DecOps::reduce);
    }

    @PyMethod("($self, x, /)")
    PyObject sqrt(PyObject x) {
        return self().unary(Convert.operand(x), DecMath::sqrt);
    }

    @PyMethod("($self, x, /)")
    PyObject to_integral(PyObject x) {
        return self().unary(Convert.operand(x), (a, c) -> DecOps.toIntegral(a, c.rounding, false, c));
    }

    @PyMethod("($self, x, /)")
    PyObject to_integral_value(PyObject x) {
        return self().unary(Convert.operand(x), (a, c) -> DecOps.toIntegral(a, c.rounding, false, c));
    }

    @PyMethod("($self, x, /)")
    PyObject to_integral_exact(PyObject x) {
        return self().unary(Convert.operand(x), (a, c) -> DecOps.toIntegral(a, c.rounding, true, c));
    }

    @PyMethod("($self, x, /)")
    PyObject logical_invert(PyObject x) {
        return self().unary(Convert.operand(x), (a, c) -> DecOps.logical(a, null, '~', c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject add(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), DecArith::add);
    }

    @PyMethod("($self, x, y, /)")
    PyObject subtract(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), DecArith::subtract);
    }

    @PyMethod("($self, x, y, /)")
    PyObject multiply(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), DecArith::multiply);
    }

    @PyMethod("($self, x, y, /)")
    PyObject divide(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), DecArith::divide);
    }

    @PyMethod("($self, x, y, /)")
    PyObject divide_int(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), DecArith::divideInteger);
    }

    @PyMethod("($self, x, y, /)")
    PyObject remainder(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), DecArith::remainder);
    }

    @PyMethod("($self, x, y, /)")
    PyObject remainder_near(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), DecArith::remainderNear);
    }

    @PyMethod("($self, x, y, /)")
    PyObject compare(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), (a, b, c) -> DecOps.compare(a, b, false, c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject compare_signal(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), (a, b, c) -> DecOps.compare(a, b, true, c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject max(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), (a, b, c) -> DecOps.minMax(a, b, true, false, c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject max_mag(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), (a, b, c) -> DecOps.minMax(a, b, true, true, c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject min(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), (a, b, c) -> DecOps.minMax(a, b, false, false, c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject min_mag(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), (a, b, c) -> DecOps.minMax(a, b, false, true, c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject next_toward(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), DecOps::nextToward);
    }

    @PyMethod("($self, x, y, /)")
    PyObject quantize(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), (a, b, c) -> DecOps.quantize(a, b, c.rounding, c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject scaleb(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), DecOps::scaleb);
    }

    @PyMethod("($self, x, y, /)")
    PyObject shift(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), (a, b, c) -> DecOps.shift(a, b, false, c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject rotate(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), (a, b, c) -> DecOps.shift(a, b, true, c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject logical_and(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), (a, b, c) -> DecOps.logical(a, b, '&', c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject logical_or(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), (a, b, c) -> DecOps.logical(a, b, '|', c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject logical_xor(PyObject x, PyObject y) {
        return self().binary(Convert.operand(x), Convert.operand(y), (a, b, c) -> DecOps.logical(a, b, '^', c));
    }

    @PyMethod("($self, x, y, /)")
    PyObject compare_total(PyObject x, PyObject y) {
        return PyDecimal.of(DecNum.of(DecOps.compareTotal(Convert.operand(x), Convert.operand(y))));
    }

    @PyMethod("($self, x, y, /)")
    PyObject compare_total_mag(PyObject x, PyObject y) {
        return PyDecimal.of(DecNum.of(DecOps.compareTotalMagnitude(Convert.operand(x), Convert.operand(y))));
    }

    @PyMethod("($self, x, y, /)")
    PyObject copy_sign(PyObject x, PyObject y) {
        return PyDecimal.of(Convert.operand(x).withSign(Convert.operand(y).neg));
    }

    @PyMethod("($self, x, /)")
    PyObject copy_abs(PyObject x) {
        return PyDecimal.of(Convert.operand(x).withSign(false));
    }

    @PyMethod("($self, x, /)")
    PyObject copy_negate(PyObject x) {
        return PyDecimal.of(Convert.operand(x).negate());
    }

    @PyMethod("($self, x, /)")
    PyObject copy_decimal(PyObject x) {
        return PyDecimal.of(Convert.operand(x));
    }

    @PyMethod("($self, x, /)")
    PyObject canonical(PyObject x) {
        if (!(x instanceof PyDecimal)) {
            throw org.sanca.runtime.objects.PyErr.typeError("argument must be a Decimal");
        }
        return x;
    }

    @PyMethod("($self, x, y, /)")
    PyObject divmod(PyObject x, PyObject y) {
        DecCtx op = self().op();
        DecNum[] qr = DecArith.divmod(Convert.operand(x), Convert.operand(y), op);
        self().addStatus(op.status);
        return PyTuple.of(PyDecimal.of(qr[0]), PyDecimal.of(qr[1]));
    }

    @PyMethod("($self, x, y, z, /)")
    PyObject fma(PyObject x, PyObject y, PyObject z) {
        DecNum a = Convert.operand(x);
        DecNum b = Convert.operand(y);
        DecNum third = Convert.operand(z);
        DecCtx op = self().op();
        return self().finish(op, DecOps.fma(a, b, third, op));
    }

    @PyMethod("($self, /, a, b, modulo=None)")
    PyObject power(PyObject a, PyObject b, PyObject modulo) {
        if (modulo == PyNone.NONE) {
            return self().binary(Convert.operand(a), Convert.operand(b), DecMath::power);
        }
        return PowerMod.power(Convert.operand(a), Convert.operand(b), Convert.operand(modulo), self());
    }

    @PyMethod("($self, /)")
    PyObject radix() {
        return PyDecimal.of(DecNum.of(10));
    }

    @PyMethod("($self, x, /)")
    PyObject number_class(PyObject x) {
        return PyStr.of(DecOps.numberClass(Convert.operand(x), self().op()));
    }

    @PyMethod("($self, x, y, /)")
    PyObject same_quantum(PyObject x, PyObject y) {
        return PyBool.of(PyDecimal.sameQuantum(Convert.operand(x), Convert.operand(y)));
    }

    @PyMethod("($self, x, /)")
    PyObject to_sci_string(PyObject x) {
        return PyStr.of(DecText.toSci(Convert.operand(x), self().capitals == 1));
    }

    @PyMethod("($self, x, /)")
    PyObject to_eng_string(PyObject x) {
        return PyStr.of(DecText.toEng(Convert.operand(x), self().capitals == 1));
    }

    @PyMethod("($self, num=\"0\", /)")
    PyObject create_decimal(PyObject num) {
        PyDecContext ctx = self();
        DecNum v = Convert.fromObject(num, ctx);
        return ctx.unary(v, PyDecimal::fitNaN);
    }

    @PyMethod("($self, f, /)")
    PyObject create_decimal_from_float(PyObject f) {
        PyDecContext ctx = self();
        return ctx.unary(PyDecimal.floatArg(f, ctx), PyDecimal::fitNaN);
    }

    @PyMethod("($self, x, /)")
    PyObject _apply(PyObject x) {
        return self().unary(Convert.operand(x), PyDecimal::fitNaN);
    }

    @PyMethod("($self, x, /)")
    PyObject is_canonical(PyObject x) {
        java.util.function.Predicate<DecNum> p = a -> true;
        return PyBool.of(p.test(Convert.operand(x)));
    }

    @PyMethod("($self, x, /)")
    PyObject is_finite(PyObject x) {
        java.util.function.Predicate<DecNum> p = DecNum::isFinite;
        return PyBool.of(p.test(Convert.operand(x)));
    }

    @PyMethod("($self, x, /)")
    PyObject is_infinite(PyObject x) {
        java.util.function.Predicate<DecNum> p = DecNum::isInfinite;
        return PyBool.of(p.test(Convert.operand(x)));
    }

    @PyMethod("($self, x, /)")
    PyObject is_nan(PyObject x) {
        java.util.function.Predicate<DecNum> p = DecNum::isNaN;
        return PyBool.of(p.test(Convert.operand(x)));
    }

    @PyMethod("($self, x, /)")
    PyObject is_qnan(PyObject x) {
        java.util.function.Predicate<DecNum> p = a -> a.kind == DecNum.NAN;
        return PyBool.of(p.test(Convert.operand(x)));
    }

    @PyMethod("($self, x, /)")
    PyObject is_snan(PyObject x) {
        java.util.function.Predicate<DecNum> p = DecNum::isSNaN;
        return PyBool.of(p.test(Convert.operand(x)));
    }

    @PyMethod("($self, x, /)")
    PyObject is_signed(PyObject x) {
        java.util.function.Predicate<DecNum> p = a -> a.neg;
        return PyBool.of(p.test(Convert.operand(x)));
    }

    @PyMethod("($self, x, /)")
    PyObject is_zero(PyObject x) {
        java.util.function.Predicate<DecNum> p = DecNum::isZero;
        return PyBool.of(p.test(Convert.operand(x)));
    }

    @PyMethod("($self, x, /)")
    PyObject is_normal(PyObject x) {
        return PyBool.of(PyDecimal.isNormal(Convert.operand(x), self().op()));
    }

    @PyMethod("($self, x, /)")
    PyObject is_subnormal(PyObject x) {
        return PyBool.of(PyDecimal.isSubnormal(Convert.operand(x), self().op()));
    }
}
