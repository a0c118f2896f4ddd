package org.sanca.runtime.modules._decimal;

import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyMethod;

/**
 * The named arithmetic methods of {@code decimal.Decimal} that take an optional context
 * ({@code exp}, {@code quantize}, {@code compare}, ...): each runs under the given context or
 * the current one.
 */
abstract class DecimalMethods extends PyObject {
    /** The value. */
    final DecNum num;

    DecimalMethods(DecNum num) {
        this.num = num;
    }

    PyObject unary(PyObject context, DecFn.Unary f) {
        return Convert.context(context).unary(num, f);
    }

    PyObject binary(PyObject other, PyObject context, DecFn.Binary f) {
        DecNum b = Convert.operand(other);
        return Convert.context(context).binary(num, b, f);
    }

    /** The rounding argument of quantize and the to_integral methods, or the context's. */
    static Rounding rounding(PyObject r, PyDecContext ctx) {
        return r == null || r == PyNone.NONE ? ctx.rounding : PyDecContext.roundingArg(r);
    }

    @PyMethod("($self, /, context=None)")
    PyObject exp(PyObject context) {
        return unary(context, DecMath::exp);
    }

    @PyMethod("($self, /, context=None)")
    PyObject ln(PyObject context) {
        return unary(context, DecMath::ln);
    }

    @PyMethod("($self, /, context=None)")
    PyObject log10(PyObject context) {
        return unary(context, DecMath::log10);
    }

    @PyMethod("($self, /, context=None)")
    PyObject logb(PyObject context) {
        return unary(context, DecOps::logb);
    }

    @PyMethod("($self, /, context=None)")
    PyObject next_minus(PyObject context) {
        return unary(context, (a, c) -> DecOps.next(a, false, c));
    }

    @PyMethod("($self, /, context=None)")
    PyObject next_plus(PyObject context) {
        return unary(context, (a, c) -> DecOps.next(a, true, c));
    }

    @PyMethod("($self, /, context=None)")
    PyObject normalize(PyObject context) {
        return unary(context, DecOps::reduce);
    }

    @PyMethod("($self, /, context=None)")
    PyObject sqrt(PyObject context) {
        return unary(context, DecMath::sqrt);
    }

    @PyMethod("($self, /, context=None)")
    PyObject logical_invert(PyObject context) {
        return unary(context, (a, c) -> DecOps.logical(a, null, '~', c));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject compare(PyObject other, PyObject context) {
        return binary(other, context, (a, b, c) -> DecOps.compare(a, b, false, c));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject compare_signal(PyObject other, PyObject context) {
        return binary(other, context, (a, b, c) -> DecOps.compare(a, b, true, c));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject max(PyObject other, PyObject context) {
        return binary(other, context, (a, b, c) -> DecOps.minMax(a, b, true, false, c));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject max_mag(PyObject other, PyObject context) {
        return binary(other, context, (a, b, c) -> DecOps.minMax(a, b, true, true, c));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject min(PyObject other, PyObject context) {
        return binary(other, context, (a, b, c) -> DecOps.minMax(a, b, false, false, c));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject min_mag(PyObject other, PyObject context) {
        return binary(other, context, (a, b, c) -> DecOps.minMax(a, b, false, true, c));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject next_toward(PyObject other, PyObject context) {
        return binary(other, context, DecOps::nextToward);
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject remainder_near(PyObject other, PyObject context) {
        return binary(other, context, DecArith::remainderNear);
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject scaleb(PyObject other, PyObject context) {
        return binary(other, context, DecOps::scaleb);
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject shift(PyObject other, PyObject context) {
        return binary(other, context, (a, b, c) -> DecOps.shift(a, b, false, c));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject rotate(PyObject other, PyObject context) {
        return binary(other, context, (a, b, c) -> DecOps.shift(a, b, true, c));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject logical_and(PyObject other, PyObject context) {
        return binary(other, context, (a, b, c) -> DecOps.logical(a, b, '&', c));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject logical_or(PyObject other, PyObject context) {
        return binary(other, context, (a, b, c) -> DecOps.logical(a, b, '|', c));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject logical_xor(PyObject other, PyObject context) {
        return binary(other, context, (a, b, c) -> DecOps.logical(a, b, '^', c));
    }

    @PyMethod("($self, /, rounding=None, context=None)")
    PyObject to_integral(PyObject rounding, PyObject context) {
        PyDecContext ctx = Convert.context(context);
        Rounding r = rounding(rounding, ctx);
        return ctx.unary(num, (a, c) -> DecOps.toIntegral(a, r, false, c));
    }

    @PyMethod("($self, /, rounding=None, context=None)")
    PyObject to_integral_value(PyObject rounding, PyObject context) {
        PyDecContext ctx = Convert.context(context);
        Rounding r = rounding(rounding, ctx);
        return ctx.unary(num, (a, c) -> DecOps.toIntegral(a, r, false, c));
    }

    @PyMethod("($self, /, rounding=None, context=None)")
    PyObject to_integral_exact(PyObject rounding, PyObject context) {
        PyDecContext ctx = Convert.context(context);
        Rounding r = rounding(rounding, ctx);
        return ctx.unary(num, (a, c) -> DecOps.toIntegral(a, r, true, c));
    }

    @PyMethod("($self, /, exp, rounding=None, context=None)")
    PyObject quantize(PyObject exp, PyObject rounding, PyObject context) {
        PyDecContext ctx = Convert.context(context);
        Rounding r = rounding(rounding, ctx);
        return ctx.binary(num, Convert.operand(exp), (a, b, c) -> DecOps.quantize(a, b, r, c));
    }

    @PyMethod("($self, /, other, third, context=None)")
    PyObject fma(PyObject other, PyObject third, PyObject context) {
        DecNum b = Convert.operand(other);
        DecNum t = Convert.operand(third);
        return Convert.context(context).binary(num, b, (x, y, c) -> DecOps.fma(x, y, t, c));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject compare_total(PyObject other, PyObject context) {
        return PyDecimal.of(DecNum.of(DecOps.compareTotal(num, Convert.operand(other))));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject compare_total_mag(PyObject other, PyObject context) {
        return PyDecimal.of(DecNum.of(DecOps.compareTotalMagnitude(num, Convert.operand(other))));
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject copy_sign(PyObject other, PyObject context) {
        return PyDecimal.of(num.withSign(Convert.operand(other).neg));
    }

    @PyMethod("($self, /)")
    PyObject copy_abs() {
        return PyDecimal.of(num.withSign(false));
    }

    @PyMethod("($self, /)")
    PyObject copy_negate() {
        return PyDecimal.of(num.negate());
    }

    @PyMethod("($self, /, other, context=None)")
    PyObject same_quantum(PyObject other, PyObject context) {
        return PyBool.of(PyDecimal.sameQuantum(num, Convert.operand(other)));
    }

    @PyMethod("($self, /, context=None)")
    PyObject number_class(PyObject context) {
        return PyStr.of(DecOps.numberClass(num, Convert.context(context).op()));
    }

    @PyMethod("($self, /, context=None)")
    PyObject is_normal(PyObject context) {
        return PyBool.of(PyDecimal.isNormal(num, Convert.context(context).op()));
    }

    @PyMethod("($self, /, context=None)")
    PyObject is_subnormal(PyObject context) {
        return PyBool.of(PyDecimal.isSubnormal(num, Convert.context(context).op()));
    }

    @PyMethod("($self, /, context=None)")
    PyObject to_eng_string(PyObject context) {
        return PyStr.of(DecText.toEng(num, Convert.context(context).capitals == 1));
    }

    @PyMethod("($self, /)")
    PyObject is_canonical() {
        java.util.function.Predicate<DecNum> p = a -> true;
        return PyBool.of(p.test(num));
    }

    @PyMethod("($self, /)")
    PyObject is_finite() {
        java.util.function.Predicate<DecNum> p = DecNum::isFinite;
        return PyBool.of(p.test(num));
    }

    @PyMethod("($self, /)")
    PyObject is_infinite() {
        java.util.function.Predicate<DecNum> p = DecNum::isInfinite;
        return PyBool.of(p.test(num));
    }

    @PyMethod("($self, /)")
    PyObject is_nan() {
        java.util.function.Predicate<DecNum> p = DecNum::isNaN;
        return PyBool.of(p.test(num));
    }

    @PyMethod("($self, /)")
    PyObject is_qnan() {
        java.util.function.Predicate<DecNum> p = a -> a.kind == DecNum.NAN;
        return PyBool.of(p.test(num));
    }

    @PyMethod("($self, /)")
    PyObject is_snan() {
        java.util.function.Predicate<DecNum> p = DecNum::isSNaN;
        return PyBool.of(p.test(num));
    }

    @PyMethod("($self, /)")
    PyObject is_signed() {
        java.util.function.Predicate<DecNum> p = a -> a.neg;
        return PyBool.of(p.test(num));
    }

    @PyMethod("($self, /)")
    PyObject is_zero() {
        java.util.function.Predicate<DecNum> p = DecNum::isZero;
        return PyBool.of(p.test(num));
    }
}
