package org.sanca.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.Bytes;
import org.sanca.ast.Operator;

/**
 * The binary-operator folding of CPython's Python/ast_opt.c ({@code fold_binop} with its
 * {@code safe_*} limits), for the operands whose Python result Java computes exactly: ints,
 * floats under +, -, * and /, string, bytes and tuple concatenation and repetition. Anything
 * else, or anything that would raise, is left to run time.
 */
final class BinaryFolding {
    private static final int MAX_INT_SIZE = 128;
    private static final int MAX_COLLECTION_SIZE = 256;
    private static final int MAX_STR_SIZE = 4096;
    private static final long EXACT_DOUBLE = 1L << 53;

    private BinaryFolding() {
    }

    static Object fold(Operator op, Object left, Object right) {
        if (left instanceof Boolean a && right instanceof Boolean b
            && (op == Operator.BitAnd || op == Operator.BitOr || op == Operator.BitXor)) {
            return op == Operator.BitAnd ? a & b : op == Operator.BitOr ? a | b : a ^ b;
        }
        left = left instanceof Boolean b ? (Object) (b ? 1L : 0L) : left;
        right = right instanceof Boolean b ? (Object) (b ? 1L : 0L) : right;
        if (isInt(left) && isInt(right)) {
            return ints(op, big(left), big(right));
        }
        if (isReal(left) && isReal(right) && (left instanceof Double || right instanceof Double)) {
            return op == Operator.Pow ? floatPower(toDouble(left), toDouble(right))
                : floats(op, toDouble(left), toDouble(right));
        }
        if (op == Operator.Add) {
            return concat(left, right);
        }
        if (op == Operator.Mult) {
            return isInt(right) ? repeat(left, big(right)) : isInt(left) ? repeat(right, big(left)) : null;
        }
        return null;
    }

    private static boolean isInt(Object v) {
        return v instanceof Long || v instanceof BigInteger;
    }

    private static boolean isReal(Object v) {
        return isInt(v) || v instanceof Double;
    }

    private static BigInteger big(Object v) {
        return v instanceof Long l ? BigInteger.valueOf(l) : (BigInteger) v;
    }

    private static Object toInt(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    /** Python's float(int): correctly rounded, null where it would overflow. */
    private static Double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        double d = big(v).doubleValue();
        return Double.isInfinite(d) ? null : d;
    }

    private static boolean exactDouble(BigInteger b) {
        return b.abs().compareTo(BigInteger.valueOf(EXACT_DOUBLE)) <= 0;
    }

    private static Object ints(Operator op, BigInteger a, BigInteger b) {
        return switch (op) {
            case Add -> toInt(a.add(b));
            case Sub -> toInt(a.subtract(b));
            case Mult -> a.signum() != 0 && b.signum() != 0 && a.bitLength() + b.bitLength() > MAX_INT_SIZE
                ? null : toInt(a.multiply(b));
            case FloorDiv -> b.signum() == 0 ? null : toInt(floorDiv(a, b));
            case Mod -> b.signum() == 0 ? null : toInt(a.subtract(floorDiv(a, b).multiply(b)));
            case Pow -> power(a, b);
            case LShift -> b.signum() < 0 || b.compareTo(BigInteger.valueOf(MAX_INT_SIZE)) > 0
                || a.signum() != 0 && a.bitLength() > MAX_INT_SIZE - b.intValue() ? null : toInt(a.shiftLeft(b.intValue()));
            case RShift -> b.signum() < 0 ? null
                : toInt(a.shiftRight(b.bitLength() > 31 ? Integer.MAX_VALUE : b.intValue()));
            case BitAnd -> toInt(a.and(b));
            case BitOr -> toInt(a.or(b));
            case BitXor -> toInt(a.xor(b));
            case Div -> !exactDouble(a) || !exactDouble(b) || b.signum() == 0 ? null : a.doubleValue() / b.doubleValue();
            case MatMult -> null;
        };
    }

    private static BigInteger floorDiv(BigInteger a, BigInteger b) {
        BigInteger[] qr = a.divideAndRemainder(b);
        if (qr[1].signum() != 0 && qr[1].signum() != b.signum()) {
            return qr[0].subtract(BigInteger.ONE);
        }
        return qr[0];
    }

    private static Object power(BigInteger a, BigInteger b) {
        if (b.signum() < 0) {
            return exactNegativePower(a, b);
        }
        if (a.signum() != 0 && b.signum() > 0
            && (b.bitLength() > 31 || (long) a.bitLength() * b.intValue() > MAX_INT_SIZE)) {
            return null;
        }
        return toInt(a.pow(b.intValue()));
    }

    /** A negative power of a power of two is an exact float; others are left to run time. */
    private static Object exactNegativePower(BigInteger a, BigInteger b) {
        return floatPower(toDouble(a), toDouble(b));
    }

    /**
     * float ** float for the cases whose correctly rounded result Java computes: an integral
     * exponent (exactly, then rounded once) and the square root; the rest is left to run time.
     */
    private static Object floatPower(Double base, Double exp) {
        if (base == null || exp == null || Double.isNaN(base) || Double.isInfinite(base) || Double.isNaN(exp)
            || Double.isInfinite(exp)) {
            return null;
        }
        double result;
        if (exp == 0.5 && base > 0) {
            result = Math.sqrt(base);
        } else if (exp == Math.rint(exp) && Math.abs(exp) <= 1000) {
            int n = (int) Math.abs(exp);
            if (base == 0.0) {
                if (exp < 0) {
                    return null;
                }
                result = n == 0 ? 1.0 : (n % 2 == 1 ? base : 0.0);
            } else {
                java.math.BigDecimal power = new java.math.BigDecimal(base).pow(n);
                result = exp >= 0 ? power.doubleValue()
                    : java.math.BigDecimal.ONE.divide(power, new java.math.MathContext(80)).doubleValue();
            }
        } else {
            return null;
        }
        return Double.isInfinite(result) ? null : result;
    }

    private static Object floats(Operator op, Double a, Double b) {
        if (a == null || b == null) {
            return null;
        }
        return switch (op) {
            case Add -> a + b;
            case Sub -> a - b;
            case Mult -> a * b;
            case Div -> b == 0.0 ? null : a / b;
            case FloorDiv -> b == 0.0 ? null : floatDivmod(a, b)[0];
            case Mod -> b == 0.0 ? null : floatDivmod(a, b)[1];
            default -> null;
        };
    }

    /** CPython's {@code _float_div_mod} (Objects/floatobject.c): floor quotient and remainder. */
    private static double[] floatDivmod(double vx, double wx) {
        double mod = vx % wx;
        double div = (vx - mod) / wx;
        if (mod != 0) {
            if ((wx < 0) != (mod < 0)) {
                mod += wx;
                div -= 1.0;
            }
        } else {
            mod = Math.copySign(0.0, wx);
        }
        double floordiv;
        if (div != 0) {
            floordiv = Math.floor(div);
            if (div - floordiv > 0.5) {
                floordiv += 1.0;
            }
        } else {
            floordiv = Math.copySign(0.0, vx / wx);
        }
        return new double[] {floordiv, mod};
    }

    private static Object concat(Object left, Object right) {
        if (left instanceof String a && right instanceof String b) {
            return a + b;
        }
        if (left instanceof Bytes a && right instanceof Bytes b) {
            byte[] out = new byte[a.value().length + b.value().length];
            System.arraycopy(a.value(), 0, out, 0, a.value().length);
            System.arraycopy(b.value(), 0, out, a.value().length, b.value().length);
            return new Bytes(out);
        }
        if (left instanceof ConstTuple a && right instanceof ConstTuple b) {
            List<Object> items = new ArrayList<>(a.items());
            items.addAll(b.items());
            return new ConstTuple(items);
        }
        return null;
    }

    private static Object repeat(Object seq, BigInteger count) {
        boolean empty = seq instanceof String s ? s.isEmpty() : seq instanceof Bytes b ? b.value().length == 0
            : seq instanceof ConstTuple t && t.items().isEmpty();
        if (count.signum() < 0 && !empty) {
            return null;
        }
        long n = count.signum() < 0 ? 0 : count.bitLength() > 31 ? Long.MAX_VALUE : count.longValue();
        if (seq instanceof String s) {
            long size = (long) s.codePointCount(0, s.length()) * n;
            return size > MAX_STR_SIZE ? null : s.repeat((int) n);
        }
        if (seq instanceof Bytes b) {
            long size = (long) b.value().length * n;
            if (size > MAX_STR_SIZE) {
                return null;
            }
            byte[] out = new byte[(int) size];
            for (int i = 0; i < n; i++) {
                System.arraycopy(b.value(), 0, out, i * b.value().length, b.value().length);
            }
            return new Bytes(out);
        }
        if (seq instanceof ConstTuple t) {
            long size = (long) t.items().size() * n;
            if (size > MAX_COLLECTION_SIZE) {
                return null;
            }
            List<Object> items = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                items.addAll(t.items());
            }
            return new ConstTuple(items);
        }
        return null;
    }
}
