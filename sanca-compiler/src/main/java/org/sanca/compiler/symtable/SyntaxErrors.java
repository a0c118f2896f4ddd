package org.sanca.compiler.symtable;

import org.sanca.ast.Located;
import org.sanca.parser.PySyntaxError;
import org.sanca.parser.tokenizer.SourceText;

/**
 * Makes the {@link PySyntaxError}s the symbol table and the code generator raise, positioned as
 * CPython's {@code compiler_error} and {@code PyErr_RangedSyntaxLocationObject} position them:
 * offsets are the node's UTF-8 column plus one. CPython reads the offending line back from the
 * file ({@code PyErr_ProgramTextObject}), so the text is there only when the caller gave the
 * source of a real file.
 */
public final class SyntaxErrors {
    private final String filename;
    private final SourceText source;

    /** @param source the source text, or null when the error should carry no line text */
    public SyntaxErrors(String filename, String source) {
        this.filename = filename;
        this.source = source == null ? null : new SourceText(source, filename);
    }

    public String filename() {
        return filename;
    }

    public PySyntaxError at(String msg, Located node) {
        return at(msg, node.lineno(), node.col_offset(), node.end_lineno(), node.end_col_offset());
    }

    public PySyntaxError at(String msg, int lineno, int colOffset, int endLineno, int endColOffset) {
        String text = source == null ? null : source.lineText(lineno);
        return new PySyntaxError("SyntaxError", msg, filename, lineno, colOffset + 1, text, endLineno,
            endColOffset + 1, false);
    }
}
