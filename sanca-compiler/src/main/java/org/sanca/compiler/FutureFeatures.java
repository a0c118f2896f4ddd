package org.sanca.compiler;

import java.util.List;
import org.sanca.ast.Alias;
import org.sanca.ast.Constant;
import org.sanca.ast.ExprStmt;
import org.sanca.ast.ImportFrom;
import org.sanca.ast.Interactive;
import org.sanca.ast.Mod;
import org.sanca.ast.Module;
import org.sanca.ast.Stmt;
import org.sanca.compiler.symtable.SyntaxErrors;

/** The {@code from __future__} imports at the head of a module: CPython's Python/future.c. */
final class FutureFeatures {
    boolean annotations;
    boolean barryAsBdfl;
    /** Line and column of the last leading future import; -1 when there is none. */
    int lastLine = -1;
    int lastCol = -1;

    /** The features of {@code mod}, plus those its compiler inherits ({@code CO_FUTURE_*} bits). */
    static FutureFeatures of(Mod mod, SyntaxErrors errors, int inherited) {
        FutureFeatures ff = new FutureFeatures();
        ff.annotations = (inherited & CodeUnit.CO_FUTURE_ANNOTATIONS) != 0;
        ff.barryAsBdfl = (inherited & CodeUnit.CO_FUTURE_BARRY_AS_BDFL) != 0;
        List<Stmt> body = switch (mod) {
            case Module m -> m.body();
            case Interactive i -> i.body();
            default -> List.of();
        };
        int i = docString(body) != null ? 1 : 0;
        for (; i < body.size(); i++) {
            if (!(body.get(i) instanceof ImportFrom f) || !"__future__".equals(f.module())) {
                break;
            }
            ff.check(f, errors);
            ff.lastLine = f.lineno();
            ff.lastCol = f.col_offset();
        }
        return ff;
    }

    private void check(ImportFrom s, SyntaxErrors errors) {
        for (Alias a : s.names()) {
            switch (a.name()) {
                case "nested_scopes", "generators", "division", "absolute_import", "with_statement",
                     "print_function", "unicode_literals", "generator_stop" -> {
                }
                case "barry_as_FLUFL" -> barryAsBdfl = true;
                case "annotations" -> annotations = true;
                case "braces" -> throw errors.at("not a chance", s.lineno(), s.col_offset(), s.lineno(), -2);
                default -> throw errors.at("future feature " + a.name() + " is not defined", s.lineno(),
                    s.col_offset(), s.lineno(), -2);
            }
        }
    }

    /** The {@code CO_FUTURE_*} bits every code object of the module carries in its flags. */
    int codeFlags() {
        return (annotations ? CodeUnit.CO_FUTURE_ANNOTATIONS : 0) | (barryAsBdfl ? CodeUnit.CO_FUTURE_BARRY_AS_BDFL : 0);
    }

    /** Whether a future import at {@code s} comes after the leading ones. */
    boolean isAfterLeading(ImportFrom s) {
        return s.lineno() > lastLine || (s.lineno() == lastLine && s.col_offset() > lastCol);
    }

    /** CPython's {@code _PyAST_GetDocString}: the string constant opening a body, or null. */
    static String docString(List<Stmt> body) {
        if (!body.isEmpty() && body.get(0) instanceof ExprStmt e && e.value() instanceof Constant c
            && c.value() instanceof String s) {
            return s;
        }
        return null;
    }
}
