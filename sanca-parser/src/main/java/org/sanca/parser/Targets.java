package org.sanca.parser;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;

/**
 * Expression contexts and target checks, after CPython's _PyPegen_set_expr_context,
 * _PyPegen_get_invalid_target and _PyPegen_get_expr_name (Parser/action_helpers.c, pegen.c).
 */
final class Targets {
    enum Kind { STAR_TARGETS, DEL_TARGETS, FOR_TARGETS }

    private Targets() {
    }

    static Expr setContext(Expr e, ExprContext ctx) {
        return switch (e) {
            case Name n -> new Name(n.id(), ctx, n.lineno(), n.col_offset(), n.end_lineno(), n.end_col_offset());
            case Attribute a -> new Attribute(a.value(), a.attr(), ctx, a.lineno(), a.col_offset(), a.end_lineno(),
                a.end_col_offset());
            case Subscript s -> new Subscript(s.value(), s.slice(), ctx, s.lineno(), s.col_offset(), s.end_lineno(),
                s.end_col_offset());
            case Starred s -> new Starred(setContext(s.value(), ctx), ctx, s.lineno(), s.col_offset(), s.end_lineno(),
                s.end_col_offset());
            case org.sanca.ast.List l -> new org.sanca.ast.List(all(l.elts(), ctx), ctx, l.lineno(), l.col_offset(),
                l.end_lineno(), l.end_col_offset());
            case Tuple t -> new Tuple(all(t.elts(), ctx), ctx, t.lineno(), t.col_offset(), t.end_lineno(),
                t.end_col_offset());
            default -> e;
        };
    }

    private static List<Expr> all(List<Expr> elts, ExprContext ctx) {
        List<Expr> out = new ArrayList<>(elts.size());
        for (Expr x : elts) {
            out.add(setContext(x, ctx));
        }
        return out;
    }

    /** Whether {@code e} may be assigned to (or deleted) as a whole. */
    static boolean valid(Expr e, Kind kind) {
        return invalid(e, kind) == null;
    }

    /** The first sub-expression that cannot be a target, or null when all of {@code e} can. */
    static Expr invalid(Expr e, Kind kind) {
        switch (e) {
            case Name n -> {
                return null;
            }
            case Attribute a -> {
                return null;
            }
            case Subscript s -> {
                return null;
            }
            case Starred s -> {
                return kind == Kind.DEL_TARGETS ? e : invalid(s.value(), kind);
            }
            case org.sanca.ast.List l -> {
                return firstInvalid(l.elts(), kind);
            }
            case Tuple t -> {
                return firstInvalid(t.elts(), kind);
            }
            case Compare c -> {
                if (kind == Kind.FOR_TARGETS) {
                    return c.ops().get(0) == CmpOp.In ? invalid(c.left(), kind) : null;
                }
                return e;
            }
            default -> {
                return e;
            }
        }
    }

    private static Expr firstInvalid(List<Expr> elts, Kind kind) {
        for (Expr x : elts) {
            Expr bad = invalid(x, kind);
            if (bad != null) {
                return bad;
            }
        }
        return null;
    }

    /** How error messages name an expression, as _PyPegen_get_expr_name does. */
    static String exprName(Expr e) {
        return switch (e) {
            case Attribute a -> "attribute";
            case Subscript s -> "subscript";
            case Starred s -> "starred";
            case Name n -> "name";
            case org.sanca.ast.List l -> "list";
            case Tuple t -> "tuple";
            case Lambda l -> "lambda";
            case Call c -> "function call";
            case BoolOp b -> "expression";
            case BinOp b -> "expression";
            case UnaryOp u -> "expression";
            case GeneratorExp g -> "generator expression";
            case Yield y -> "yield expression";
            case YieldFrom y -> "yield expression";
            case Await a -> "await expression";
            case ListComp l -> "list comprehension";
            case SetComp s -> "set comprehension";
            case DictComp d -> "dict comprehension";
            case Dict d -> "dict literal";
            case org.sanca.ast.Set s -> "set display";
            case JoinedStr j -> "f-string expression";
            case FormattedValue f -> "f-string expression";
            case Constant c -> constantName(c.value());
            case Compare c -> "comparison";
            case IfExp i -> "conditional expression";
            case NamedExpr n -> "named expression";
            case Slice s -> "slice";
        };
    }

    private static String constantName(Object v) {
        if (v == Singleton.NONE) {
            return "None";
        }
        if (v == Singleton.ELLIPSIS) {
            return "ellipsis";
        }
        if (v instanceof Boolean b) {
            return b ? "True" : "False";
        }
        return "literal";
    }
}
