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
        if (isInt(left) && isInt(right)) {
            return ints(op, big(left), big(right));
        }
        if (isReal(left) && isReal(right) && (left instanceof Double || right instanceof Double)) {
            return floats(op, toDouble(left), toDouble(right));
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

    private static Double toDouble(Object v) {
        if (v instanceof Double d) {
            return d;
        }
        BigInteger b = big(v);
        return b.abs().compareTo(BigInteger.valueOf(EXACT_DOUBLE)) <= 0 ? b.doubleValue() : null;
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
            case Div -> {
                Double x = toDouble(a);
                Double y = toDouble(b);
                yield x == null || y == null || y == 0.0 ? null : x / y;
            }
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
            return null;
        }
        if (a.signum() != 0 && b.signum() > 0
            && (b.bitLength() > 31 || (long) a.bitLength() * b.intValue() > MAX_INT_SIZE)) {
            return null;
        }
        return toInt(a.pow(b.intValue()));
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
            default -> null;
        };
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
