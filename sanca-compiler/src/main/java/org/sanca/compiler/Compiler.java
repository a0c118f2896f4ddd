package org.sanca.compiler;

import org.sanca.ast.Expression;
import org.sanca.ast.Interactive;
import org.sanca.ast.Mod;
import org.sanca.compiler.symtable.SymbolTable;
import org.sanca.compiler.symtable.SyntaxErrors;
import org.sanca.parser.WarningSink;

/**
 * The compiler's entry point: AST to {@link CodeUnit}, as CPython's {@code _PyAST_Compile}
 * (Python/compile.c). It reads the future imports, builds the symbol table and generates the
 * code of the module and, nested in its constants, of every function, class body, lambda and
 * comprehension.
 */
public final class Compiler {
    private Compiler() {
    }

    /**
     * Compiles {@code module}.
     *
     * @param module   what the parser produced; {@link Expression} for {@link CompileMode#EVAL},
     *                 {@link Interactive} for {@link CompileMode#SINGLE}, a Module otherwise
     * @param filename the name tracebacks show ({@code co_filename})
     * @param mode     which of compile()'s modes
     * @param optimize the -O level: 0 keeps asserts and {@code __debug__} true, 1 drops asserts,
     *                 2 also drops docstrings
     * @param source   the source text, for the line a SyntaxError shows; null when there is none
     *                 to show (CPython shows it only for real files)
     * @throws org.sanca.parser.PySyntaxError for the errors CPython finds after parsing
     * @throws CompileRecursionError when the tree nests too deep to compile
     */
    public static CodeUnit compile(Mod module, String filename, CompileMode mode, int optimize, String source) {
        return compile(module, filename, mode, optimize, source, WarningSink.IGNORE);
    }

    /**
     * Compiles {@code module}, reporting the SyntaxWarnings CPython's compiler issues ({@code is}
     * with a literal, an always-true assert, calling or indexing a literal that cannot take it)
     * to {@code warnings}, with the category "SyntaxWarning".
     */
    public static CodeUnit compile(Mod module, String filename, CompileMode mode, int optimize, String source,
                                   WarningSink warnings) {
        return compile(module, filename, mode, optimize, source, warnings, 0);
    }

    /**
     * Compiles {@code module} as {@code compile()} does when it inherits future features:
     * {@code futureFlags} holds the {@code CodeUnit.CO_FUTURE_*} bits of the caller's code (or
     * of compile()'s {@code flags} argument); they apply as if the module imported them, and
     * every code unit's flags carry them on.
     */
    public static CodeUnit compile(Mod module, String filename, CompileMode mode, int optimize, String source,
                                   WarningSink warnings, int futureFlags) {
        SyntaxErrors errors = new SyntaxErrors(filename, source);
        try {
            FutureFeatures future = FutureFeatures.of(module, errors, futureFlags);
            SymbolTable st = SymbolTable.build(module, errors, future.annotations);
            StmtGen gen = new StmtGen(st, filename, errors, optimize, mode == CompileMode.SINGLE, future);
            gen.warnings = warnings;
            return gen.compileModule(module);
        } catch (StackOverflowError e) {
            throw new CompileRecursionError();
        }
    }

    /** Compiles with no optimization and no source line for errors. */
    public static CodeUnit compile(Mod module, String filename, CompileMode mode) {
        return compile(module, filename, mode, 0, null);
    }
}
