package org.sanca.compiler;

import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.sanca.ast.Bytes;
import org.sanca.ast.CmpOp;
import org.sanca.ast.Compare;
import org.sanca.ast.Subscript;
import org.sanca.ast.Constant;
import org.sanca.ast.Expr;
import org.sanca.ast.BinOp;
import org.sanca.ast.ExprContext;
import org.sanca.ast.Imaginary;
import org.sanca.ast.Name;
import org.sanca.ast.Singleton;
import org.sanca.ast.Tuple;
import org.sanca.ast.UnaryOp;
import org.sanca.ast.UnaryOperator;

/**
 * The constant folding of CPython's Python/ast_opt.c that decides what code looks like:
 * {@code __debug__}, negative number literals and tuples of constants.
 */
final class Folding {
    private static final BigInteger LONG_MIN = BigInteger.valueOf(Long.MIN_VALUE);

    private Folding() {
    }

    /**
     * The constant {@code e} folds to, or null when it does not fold (a plain Constant included);
     * {@code values} gives the folded value of a child node, or null.
     */
    static Object constant(Expr e, int optimize, Function<Expr, Object> values) {
        switch (e) {
            case Name n when n.ctx() == ExprContext.Load && n.id().equals("__debug__") -> {
                return optimize == 0;
            }
            case UnaryOp un -> {
                Object v = values.apply(un.operand());
                if (v == null) {
                    return null;
                }
                return switch (un.op()) {
                    case USub -> negate(v);
                    case Not -> !truth(v);
                    case UAdd -> v instanceof Boolean b ? (Object) (b ? 1L : 0L) : positive(v);
                    case Invert -> v instanceof Long l ? (Object) ~l
                        : v instanceof BigInteger b ? normalize(b.not()) : null;
                };
            }
            case BinOp b -> {
                Object left = values.apply(b.left());
                Object right = left == null ? null : values.apply(b.right());
                return right == null ? null : BinaryFolding.fold(b.op(), left, right);
            }
            case Subscript sub when sub.ctx() == ExprContext.Load -> {
                Object container = values.apply(sub.value());
                Object index = container == null ? null : values.apply(sub.slice());
                return index instanceof Long i ? item(container, i) : null;
            }
            case Tuple t when t.ctx() == ExprContext.Load -> {
                List<Object> items = new ArrayList<>();
                for (Expr elt : t.elts()) {
                    Object v = values.apply(elt);
                    if (v == null) {
                        return null;
                    }
                    items.add(v);
                }
                return new ConstTuple(items);
            }
            default -> {
                return null;
            }
        }
    }

    /** Whether {@code e} is of a kind {@link #constant} may fold at all. */
    static boolean mayFold(Expr e) {
        return e instanceof Name || e instanceof UnaryOp || e instanceof BinOp || e instanceof Subscript
            || e instanceof Tuple;
    }

    private static Object item(Object container, long i) {
        switch (container) {
            case String s -> {
                int n = s.codePointCount(0, s.length());
                long k = i < 0 ? i + n : i;
                if (k < 0 || k >= n) {
                    return null;
                }
                int at = s.offsetByCodePoints(0, (int) k);
                return new String(Character.toChars(s.codePointAt(at)));
            }
            case Bytes b -> {
                long k = i < 0 ? i + b.value().length : i;
                return k < 0 || k >= b.value().length ? null : (Object) (long) (b.value()[(int) k] & 0xff);
            }
            case ConstTuple t -> {
                long k = i < 0 ? i + t.items().size() : i;
                return k < 0 || k >= t.items().size() ? null : t.items().get((int) k);
            }
            default -> {
                return null;
            }
        }
    }

    /** CPython's {@code fold_iter}: a list display that is only iterated over becomes a tuple. */
    static Expr iterable(Expr e) {
        if (e instanceof org.sanca.ast.List l && !CodeGen.hasStarred(l.elts())) {
            return new Tuple(l.elts(), l.ctx(), l.lineno(), l.col_offset(), l.end_lineno(), l.end_col_offset());
        }
        return e;
    }

    /** The same fold for the container of a trailing {@code in} or {@code not in} test. */
    static Compare containerInTest(Compare c) {
        int last = c.ops().size() - 1;
        CmpOp op = c.ops().get(last);
        Expr container = c.comparators().get(last);
        Expr folded = op == CmpOp.In || op == CmpOp.NotIn ? iterable(container) : container;
        if (folded == container) {
            return c;
        }
        List<Expr> comparators = new ArrayList<>(c.comparators());
        comparators.set(last, folded);
        return new Compare(c.left(), c.ops(), comparators, c.lineno(), c.col_offset(), c.end_lineno(),
            c.end_col_offset());
    }

    /** CPython's ast_opt turns {@code not (a is b)} into {@code a is not b}, and likewise for in. */
    static CmpOp invert(CmpOp op) {
        return switch (op) {
            case Is -> CmpOp.IsNot;
            case IsNot -> CmpOp.Is;
            case In -> CmpOp.NotIn;
            case NotIn -> CmpOp.In;
            default -> null;
        };
    }

    private static Object positive(Object v) {
        return v instanceof Long || v instanceof BigInteger || v instanceof Double || v instanceof Imaginary
            || v instanceof ComplexConst ? v : null;
    }

    private static Object normalize(BigInteger b) {
        return b.bitLength() < 64 ? (Object) b.longValue() : b;
    }

    private static Object negate(Object v) {
        return switch (v) {
            case Boolean b -> b ? -1L : 0L;
            case Long l when l != Long.MIN_VALUE -> -l;
            case Long l -> BigInteger.valueOf(l).negate();
            case BigInteger b -> {
                BigInteger n = b.negate();
                yield n.equals(LONG_MIN) ? (Object) Long.MIN_VALUE : n;
            }
            case Double d -> -d;
            case Imaginary i -> new ComplexConst(-0.0, -i.imag());
            case ComplexConst c -> new ComplexConst(-c.real(), -c.imag());
            default -> null;
        };
    }

    /** The truth value of a constant, as {@code bool()} gives it. */
    static boolean truth(Object v) {
        return switch (v) {
            case Boolean b -> b;
            case Long l -> l != 0;
            case BigInteger b -> b.signum() != 0;
            case Double d -> d != 0.0;
            case Imaginary i -> i.imag() != 0.0;
            case ComplexConst c -> c.real() != 0.0 || c.imag() != 0.0;
            case String s -> !s.isEmpty();
            case Bytes b -> b.value().length != 0;
            case ConstTuple t -> !t.items().isEmpty();
            case Singleton s -> s == Singleton.ELLIPSIS;
            default -> true;
        };
    }
}
