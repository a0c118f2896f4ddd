package org.sanca.parser;

import static org.sanca.parser.tokenizer.TokenKind.*;

import java.util.ArrayList;
import java.util.List;
import org.sanca.ast.*;
import org.sanca.parser.tokenizer.SourceText;
import org.sanca.parser.tokenizer.Token;

/**
 * The invalid_* rules of CPython's Grammar/python.gram for statements (assignments and with
 * statements), and the small rules they share with the statement parser.
 */
abstract class InvalidStatementRules extends PatternParser {

    InvalidStatementRules(SourceText source, WarningSink warnings) {
        super(source, warnings);
    }

    /** invalid_assignment: each alternative in CPython's order; throws when one matches. */
    protected final void invalidAssignment() {
        int m = p;
        Expr target = invalidAnnAssignTarget();
        if (target != null && accept(COLON) && expression() != null) {
            String what = target instanceof Tuple ? "tuple" : "list";
            throw errorAt("only single target (not " + what + ") can be annotated", target);
        }
        p = m;
        Expr a = starNamedExpression();
        if (a != null && accept(COMMA)) {
            starNamedExpressions(new ArrayList<>());
            if (accept(COLON) && expression() != null) {
                throw errorAt("only single target (not tuple) can be annotated", a);
            }
        }
        p = m;
        a = expression();
        if (a != null && accept(COLON) && expression() != null) {
            throw errorAt("illegal target for annotation", a);
        }
        p = m;
        skipTargetsAndEquals();
        a = starExpressions();
        if (a != null && at(EQUAL)) {
            Expr bad = Targets.invalid(a, Targets.Kind.STAR_TARGETS);
            if (bad != null) {
                throw errorAt("cannot assign to " + Targets.exprName(bad), bad);
            }
        }
        p = m;
        skipTargetsAndEquals();
        if (at(KW_YIELD)) {
            a = yieldExpr();
            if (a != null && at(EQUAL)) {
                throw errorAt("assignment to yield expression not possible", a);
            }
        }
        p = m;
        a = starExpressions();
        if (a != null && augOp(kind()) != null) {
            p++;
            Expr v = at(KW_YIELD) ? yieldExpr() : starExpressions();
            if (v != null) {
                throw errorAt("'" + Targets.exprName(a) + "' is an illegal expression for augmented assignment", a);
            }
        }
    }

    /** invalid_ann_assign_target: list | tuple | '(' invalid_ann_assign_target ')' */
    protected final Expr invalidAnnAssignTarget() {
        int m = p;
        if (!at(LSQB) && !at(LPAR)) {
            return null;
        }
        Token s = tok();
        Expr a = atom();
        if (a instanceof org.sanca.ast.List || (a instanceof Tuple t && t.lineno() == s.lineno && t.col_offset() == s.col)) {
            return a;
        }
        p = m;
        if (accept(LPAR)) {
            Expr inner = invalidAnnAssignTarget();
            if (inner != null && accept(RPAR)) {
                return inner;
            }
        }
        p = m;
        return null;
    }

    /** (star_targets '=')* */
    protected final void skipTargetsAndEquals() {
        while (true) {
            int k = p;
            Expr t = starTargets();
            if (t == null || !accept(EQUAL)) {
                p = k;
                return;
            }
        }
    }

    /** invalid_with_stmt: 'with' ','.(expression ['as' star_target])+ NEWLINE, parenthesized or not. */
    protected final void invalidWithStmt(int afterWith) {
        for (int paren = 0; paren < 2; paren++) {
            p = afterWith;
            if (paren == 1 && !accept(LPAR)) {
                return;
            }
            boolean ok = true;
            do {
                if ((paren == 1 ? expressions() : expression()) == null) {
                    ok = false;
                    break;
                }
                if (accept(KW_AS) && starTargetSingle() == null) {
                    ok = false;
                    break;
                }
            } while (accept(COMMA) && !(paren == 1 && at(RPAR)));
            if (ok && (paren == 0 || accept(RPAR)) && at(NEWLINE)) {
                throw syntaxError("expected ':'", furthest());
            }
        }
    }

    /** star_target: a single target in Store context. */
    protected final Expr starTargetSingle() {
        int m = p;
        Expr e = at(STAR) ? starredBitwiseOr() : bitwiseOr();
        if (e == null || !Targets.valid(e, Targets.Kind.STAR_TARGETS)) {
            p = m;
            return null;
        }
        return Targets.setContext(e, ExprContext.Store);
    }

    protected static Operator augOp(int k) {
        return switch (k) {
            case PLUSEQUAL -> Operator.Add;
            case MINEQUAL -> Operator.Sub;
            case STAREQUAL -> Operator.Mult;
            case ATEQUAL -> Operator.MatMult;
            case SLASHEQUAL -> Operator.Div;
            case PERCENTEQUAL -> Operator.Mod;
            case AMPEREQUAL -> Operator.BitAnd;
            case VBAREQUAL -> Operator.BitOr;
            case CIRCUMFLEXEQUAL -> Operator.BitXor;
            case LEFTSHIFTEQUAL -> Operator.LShift;
            case RIGHTSHIFTEQUAL -> Operator.RShift;
            case DOUBLESTAREQUAL -> Operator.Pow;
            case DOUBLESLASHEQUAL -> Operator.FloorDiv;
            default -> null;
        };
    }
}
