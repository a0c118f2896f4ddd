package org.sanca.compiler;

import java.math.BigInteger;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.parser.AstDump;

/**
 * Expressions back to source text, as CPython's Python/ast_unparse.c writes them for
 * {@code from __future__ import annotations}.
 */
final class Unparser {
    private static final int PR_TUPLE = 0;
    private static final int PR_TEST = 1;
    private static final int PR_OR = 2;
    private static final int PR_AND = 3;
    private static final int PR_NOT = 4;
    private static final int PR_CMP = 5;
    private static final int PR_EXPR = 6;
    private static final int PR_BOR = PR_EXPR;
    private static final int PR_BXOR = 7;
    private static final int PR_BAND = 8;
    private static final int PR_SHIFT = 9;
    private static final int PR_ARITH = 10;
    private static final int PR_TERM = 11;
    private static final int PR_FACTOR = 12;
    private static final int PR_POWER = 13;
    private static final int PR_AWAIT = 14;
    private static final int PR_ATOM = 15;

    private final StringBuilder sb = new StringBuilder();

    private Unparser() {
    }

    static String unparse(Expr e) {
        Unparser u = new Unparser();
        u.expr(e, PR_TEST);
        return u.sb.toString();
    }

    private void open(boolean cond) {
        if (cond) {
            sb.append('(');
        }
    }

    private void close(boolean cond) {
        if (cond) {
            sb.append(')');
        }
    }

    private void expr(Expr e, int level) {
        switch (e) {
            case BoolOp b -> {
                int pr = b.op() == BoolOperator.And ? PR_AND : PR_OR;
                open(level > pr);
                for (int i = 0; i < b.values().size(); i++) {
                    if (i > 0) {
                        sb.append(b.op() == BoolOperator.And ? " and " : " or ");
                    }
                    expr(b.values().get(i), pr + 1);
                }
                close(level > pr);
            }
            case BinOp b -> binOp(b, level);
            case UnaryOp un -> {
                int pr = un.op() == UnaryOperator.Not ? PR_NOT : PR_FACTOR;
                open(level > pr);
                sb.append(switch (un.op()) {
                    case Invert -> "~";
                    case Not -> "not ";
                    case UAdd -> "+";
                    case USub -> "-";
                });
                expr(un.operand(), pr);
                close(level > pr);
            }
            case Lambda l -> {
                open(level > PR_TEST);
                sb.append("lambda");
                StringBuilder saved = new StringBuilder();
                int mark = sb.length();
                arguments(l.args());
                if (sb.length() > mark) {
                    saved.append(sb, mark, sb.length());
                    sb.setLength(mark);
                    sb.append(' ').append(saved);
                }
                sb.append(": ");
                expr(l.body(), PR_TEST);
                close(level > PR_TEST);
            }
            case IfExp i -> {
                open(level > PR_TEST);
                expr(i.body(), PR_TEST + 1);
                sb.append(" if ");
                expr(i.test(), PR_TEST + 1);
                sb.append(" else ");
                expr(i.orelse(), PR_TEST);
                close(level > PR_TEST);
            }
            case Dict d -> {
                sb.append('{');
                for (int i = 0; i < d.values().size(); i++) {
                    if (i > 0) {
                        sb.append(", ");
                    }
                    if (d.keys().get(i) == null) {
                        sb.append("**");
                        expr(d.values().get(i), PR_EXPR);
                    } else {
                        expr(d.keys().get(i), PR_TEST);
                        sb.append(": ");
                        expr(d.values().get(i), PR_TEST);
                    }
                }
                sb.append('}');
            }
            case org.sanca.ast.Set s -> {
                if (s.elts().isEmpty()) {
                    sb.append("{*()}");
                } else {
                    sb.append('{');
                    seq(s.elts(), PR_TEST);
                    sb.append('}');
                }
            }
            case GeneratorExp g -> {
                sb.append('(');
                expr(g.elt(), PR_TEST);
                comprehensions(g.generators());
                sb.append(')');
            }
            case ListComp l -> {
                sb.append('[');
                expr(l.elt(), PR_TEST);
                comprehensions(l.generators());
                sb.append(']');
            }
            case SetComp s -> {
                sb.append('{');
                expr(s.elt(), PR_TEST);
                comprehensions(s.generators());
                sb.append('}');
            }
            case DictComp d -> {
                sb.append('{');
                expr(d.key(), PR_TEST);
                sb.append(": ");
                expr(d.value(), PR_TEST);
                comprehensions(d.generators());
                sb.append('}');
            }
            case Yield y -> {
                if (y.value() == null) {
                    sb.append("(yield)");
                } else {
                    sb.append("(yield ");
                    expr(y.value(), PR_TEST);
                    sb.append(')');
                }
            }
            case YieldFrom y -> {
                sb.append("(yield from ");
                expr(y.value(), PR_TEST);
                sb.append(')');
            }
            case Await a -> {
                open(level > PR_AWAIT);
                sb.append("await ");
                expr(a.value(), PR_ATOM);
                close(level > PR_AWAIT);
            }
            case Compare c -> {
                open(level > PR_CMP);
                expr(c.left(), PR_CMP + 1);
                for (int i = 0; i < c.ops().size(); i++) {
                    sb.append(switch (c.ops().get(i)) {
                        case Eq -> " == ";
                        case NotEq -> " != ";
                        case Lt -> " < ";
                        case LtE -> " <= ";
                        case Gt -> " > ";
                        case GtE -> " >= ";
                        case Is -> " is ";
                        case IsNot -> " is not ";
                        case In -> " in ";
                        case NotIn -> " not in ";
                    });
                    expr(c.comparators().get(i), PR_CMP + 1);
                }
                close(level > PR_CMP);
            }
            case Call c -> call(c);
            case Constant c -> sb.append(constant(c.value()));
            case JoinedStr j -> sb.append('f').append(constantRepr(fstringBody(j.values(), false)));
            case FormattedValue f -> sb.append('f').append(constantRepr(fstringBody(List.of(f), false)));
            case Attribute a -> {
                expr(a.value(), PR_ATOM);
                boolean intConst = a.value() instanceof Constant c
                    && (c.value() instanceof Long || c.value() instanceof BigInteger);
                sb.append(intConst ? " ." : ".").append(a.attr());
            }
            case Subscript s -> {
                expr(s.value(), PR_ATOM);
                sb.append('[');
                if (s.slice() instanceof Tuple t && !t.elts().isEmpty()) {
                    seq(t.elts(), PR_TEST);
                    if (t.elts().size() == 1) {
                        sb.append(',');
                    }
                } else {
                    expr(s.slice(), PR_TUPLE);
                }
                sb.append(']');
            }
            case Starred s -> {
                sb.append('*');
                expr(s.value(), PR_EXPR);
            }
            case Name n -> sb.append(n.id());
            case org.sanca.ast.List l -> {
                sb.append('[');
                seq(l.elts(), PR_TEST);
                sb.append(']');
            }
            case Tuple t -> {
                if (t.elts().isEmpty()) {
                    sb.append("()");
                    return;
                }
                open(level > PR_TUPLE);
                seq(t.elts(), PR_TEST);
                if (t.elts().size() == 1) {
                    sb.append(',');
                }
                close(level > PR_TUPLE);
            }
            case Slice s -> {
                if (s.lower() != null) {
                    expr(s.lower(), PR_TEST);
                }
                sb.append(':');
                if (s.upper() != null) {
                    expr(s.upper(), PR_TEST);
                }
                if (s.step() != null) {
                    sb.append(':');
                    expr(s.step(), PR_TEST);
                }
            }
            case NamedExpr n -> {
                open(level > PR_TUPLE);
                expr(n.target(), PR_ATOM);
                sb.append(" := ");
                expr(n.value(), PR_ATOM);
                close(level > PR_TUPLE);
            }
        }
    }

    private void seq(List<Expr> elts, int level) {
        for (int i = 0; i < elts.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            expr(elts.get(i), level);
        }
    }

    private void binOp(BinOp b, int level) {
        int pr;
        String op;
        switch (b.op()) {
            case Add -> { op = " + "; pr = PR_ARITH; }
            case Sub -> { op = " - "; pr = PR_ARITH; }
            case Mult -> { op = " * "; pr = PR_TERM; }
            case MatMult -> { op = " @ "; pr = PR_TERM; }
            case Div -> { op = " / "; pr = PR_TERM; }
            case Mod -> { op = " % "; pr = PR_TERM; }
            case LShift -> { op = " << "; pr = PR_SHIFT; }
            case RShift -> { op = " >> "; pr = PR_SHIFT; }
            case BitOr -> { op = " | "; pr = PR_BOR; }
            case BitXor -> { op = " ^ "; pr = PR_BXOR; }
            case BitAnd -> { op = " & "; pr = PR_BAND; }
            case FloorDiv -> { op = " // "; pr = PR_TERM; }
            default -> { op = " ** "; pr = PR_POWER; }
        }
        boolean rassoc = b.op() == Operator.Pow;
        open(level > pr);
        expr(b.left(), pr + (rassoc ? 1 : 0));
        sb.append(op);
        expr(b.right(), pr + (rassoc ? 0 : 1));
        close(level > pr);
    }

    private void call(Call c) {
        expr(c.func(), PR_ATOM);
        if (c.args().size() == 1 && c.keywords().isEmpty() && c.args().get(0) instanceof GeneratorExp g) {
            expr(g, PR_TEST);
            return;
        }
        sb.append('(');
        boolean first = true;
        for (Expr a : c.args()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            expr(a, PR_TEST);
        }
        for (Keyword k : c.keywords()) {
            if (!first) {
                sb.append(", ");
            }
            first = false;
            if (k.arg() == null) {
                sb.append("**");
            } else {
                sb.append(k.arg()).append('=');
            }
            expr(k.value(), PR_TEST);
        }
        sb.append(')');
    }

    private void comprehensions(List<Comprehension> gens) {
        for (Comprehension g : gens) {
            sb.append(g.is_async() != 0 ? " async for " : " for ");
            expr(g.target(), PR_TUPLE);
            sb.append(" in ");
            expr(g.iter(), PR_TEST + 1);
            for (Expr cond : g.ifs()) {
                sb.append(" if ");
                expr(cond, PR_TEST + 1);
            }
        }
    }

    private void arguments(Arguments a) {
        boolean first = true;
        int npos = a.posonlyargs().size() + a.args().size();
        int firstDefault = npos - a.defaults().size();
        for (int i = 0; i < npos; i++) {
            Arg arg = i < a.posonlyargs().size() ? a.posonlyargs().get(i) : a.args().get(i - a.posonlyargs().size());
            sb.append(first ? "" : ", ").append(arg.arg());
            first = false;
            if (i >= firstDefault) {
                sb.append('=');
                expr(a.defaults().get(i - firstDefault), PR_TEST);
            }
            if (i + 1 == a.posonlyargs().size()) {
                sb.append(", /");
            }
        }
        if (a.vararg() != null || !a.kwonlyargs().isEmpty()) {
            sb.append(first ? "" : ", ").append('*');
            first = false;
            if (a.vararg() != null) {
                sb.append(a.vararg().arg());
            }
        }
        for (int i = 0; i < a.kwonlyargs().size(); i++) {
            sb.append(", ").append(a.kwonlyargs().get(i).arg());
            Expr d = a.kw_defaults().get(i);
            if (d != null) {
                sb.append('=');
                expr(d, PR_TEST);
            }
        }
        if (a.kwarg() != null) {
            sb.append(first ? "" : ", ").append("**").append(a.kwarg().arg());
        }
    }

    private String fstringBody(List<Expr> values, boolean spec) {
        StringBuilder body = new StringBuilder();
        for (Expr v : values) {
            if (v instanceof Constant c && c.value() instanceof String s) {
                body.append(s.replace("{", "{{").replace("}", "}}"));
            } else if (v instanceof FormattedValue f) {
                Unparser inner = new Unparser();
                inner.expr(f.value(), PR_TEST + 1);
                String text = inner.sb.toString();
                body.append(text.startsWith("{") ? "{ " : "{").append(text);
                if (f.conversion() > 0) {
                    body.append('!').append((char) f.conversion());
                }
                if (f.format_spec() != null) {
                    body.append(':');
                    if (f.format_spec() instanceof JoinedStr js) {
                        body.append(fstringBody(js.values(), true));
                    }
                }
                body.append('}');
            } else if (v instanceof JoinedStr js) {
                body.append(fstringBody(js.values(), spec));
            }
        }
        return body.toString();
    }

    private static String constant(Object v) {
        if (v instanceof Double d && Double.isInfinite(d)) {
            return d > 0 ? "1e309" : "-1e309";
        }
        if (v instanceof Imaginary i && Double.isInfinite(i.imag())) {
            return "1e309j";
        }
        if (v == Singleton.ELLIPSIS) {
            return "...";
        }
        return constantRepr(v);
    }

    /** Python's repr() of a constant. */
    static String constantRepr(Object v) {
        if (v instanceof ConstTuple t) {
            StringBuilder sb = new StringBuilder("(");
            for (int i = 0; i < t.items().size(); i++) {
                sb.append(i > 0 ? ", " : "").append(constantRepr(t.items().get(i)));
            }
            return sb.append(t.items().size() == 1 ? ",)" : ")").toString();
        }
        return AstDump.dump(v, false);
    }
}
