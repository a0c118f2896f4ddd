package org.sanca.runtime.modules._ast;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.sanca.ast.Expr;
import org.sanca.ast.ExprContext;
import org.sanca.runtime.objects.PyErr;

/**
 * The context check of CPython's AST validator ({@code validate_expr} in {@code Python/ast.c})
 * for trees handed to compile(): a name, attribute, subscript, starred or display must say
 * Store where it is assigned to, Del where deleted and Load everywhere else. The parser always
 * gets this right; a tree built by hand may not, and the compiler relies on it.
 */
final class ContextCheck {
    /** Fields whose expression is a target: (node class, field) to the context it needs. */
    private static final Map<String, ExprContext> TARGETS = Map.of("Assign.targets", ExprContext.Store,
            "AugAssign.target", ExprContext.Store, "AnnAssign.target", ExprContext.Store, "For.target",
            ExprContext.Store, "AsyncFor.target", ExprContext.Store, "comprehension.target", ExprContext.Store,
            "withitem.optional_vars", ExprContext.Store, "NamedExpr.target", ExprContext.Store, "Delete.targets",
            ExprContext.Del);
    /** Displays and starred expressions pass their own context on to their items. */
    private static final Set<String> PASS_ON = Set.of("List.elts", "Tuple.elts", "Starred.value");

    private ContextCheck() {
    }

    static void check(Object node) {
        walk(node, ExprContext.Load);
    }

    private static void walk(Object node, ExprContext wanted) {
        if (node instanceof List<?> items) {
            for (Object item : items) {
                walk(item, wanted);
            }
            return;
        }
        JavaNodes.Shape shape = node == null ? null : JavaNodes.BY_CLASS.get(node.getClass());
        if (shape == null) {
            return;
        }
        ExprContext own = null;
        for (int i = 0; i < shape.components().length; i++) {
            if (shape.components()[i].getType() == ExprContext.class) {
                own = (ExprContext) shape.get(node, i);
            }
        }
        if (own != null && own != wanted) {
            throw PyErr.valueError("expression must have %s context but has %s instead", wanted.name(), own.name());
        }
        for (int i = 0; i < shape.components().length; i++) {
            Object child = shape.get(node, i);
            String key = shape.pyName() + "." + shape.components()[i].getName();
            ExprContext next = TARGETS.get(key);
            if (next == null) {
                next = PASS_ON.contains(key) && own != null ? own : ExprContext.Load;
            }
            if (child instanceof Expr || child instanceof List<?> || JavaNodes.BY_CLASS.containsKey(
                    child == null ? Void.class : child.getClass())) {
                walk(child, next);
            }
        }
    }
}
