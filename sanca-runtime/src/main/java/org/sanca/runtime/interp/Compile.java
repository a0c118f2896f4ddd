package org.sanca.runtime.interp;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;

import org.sanca.ast.Mod;
import org.sanca.compiler.CompileMode;
import org.sanca.compiler.CompileRecursionError;
import org.sanca.compiler.Compiler;
import org.sanca.parser.Mode;
import org.sanca.parser.Parser;
import org.sanca.parser.PySyntaxError;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyType;

/**
 * Source to code object: parse, compile, wrap ({@code Py_CompileStringObject} in
 * {@code Python/pythonrun.c}), with the parser's and compiler's syntax errors turned into
 * Python {@code SyntaxError} instances.
 */
public final class Compile {
    private Compile() {
    }

    /**
     * Parses {@code source} to the parser's tree, for {@code ast.parse}; {@code mode} is "exec",
     * "eval", "single" or "func_type".
     */
    public static Mod parse(String source, String filename, String mode) {
        Mode pm = switch (mode) {
            case "eval" -> Mode.EVAL;
            case "single" -> Mode.SINGLE;
            case "func_type" -> Mode.FUNC_TYPE;
            default -> Mode.EXEC;
        };
        try {
            return Parser.parse(source, filename, pm, new CompileWarnings(filename, source));
        } catch (PySyntaxError e) {
            throw syntaxError(lineAsShown(e, pm, filename));
        }
    }

    /** Compiles a tree that did not come from source text ({@code compile(ast_object, ...)}). */
    public static PyCode compileTree(Mod mod, String filename, String mode, int optimize) {
        CompileMode cm = switch (mode) {
            case "eval" -> CompileMode.EVAL;
            case "single" -> CompileMode.SINGLE;
            default -> CompileMode.EXEC;
        };
        try {
            return new PyCode(Compiler.compile(mod, filename, cm, optimize, null, new CompileWarnings(filename, null)));
        } catch (PySyntaxError e) {
            throw syntaxError(e);
        } catch (CompileRecursionError e) {
            throw PyErr.format(PyExc.RecursionError, "%s", e.getMessage());
        }
    }

    /** Compiles {@code source}; {@code mode} is "exec", "eval" or "single". */
    public static PyCode compile(String source, String filename, String mode, int optimize) {
        Mode pm = switch (mode) {
            case "eval" -> Mode.EVAL;
            case "single" -> Mode.SINGLE;
            default -> Mode.EXEC;
        };
        CompileMode cm = switch (mode) {
            case "eval" -> CompileMode.EVAL;
            case "single" -> CompileMode.SINGLE;
            default -> CompileMode.EXEC;
        };
        CompileWarnings warnings = new CompileWarnings(filename, source);
        Mod mod;
        try {
            mod = Parser.parse(source, filename, pm, warnings);
        } catch (PySyntaxError e) {
            throw syntaxError(lineAsShown(e, pm, filename));
        }
        try {
            return new PyCode(Compiler.compile(mod, filename, cm, optimize, source, warnings));
        } catch (PySyntaxError e) {
            throw syntaxError(namesAFile(filename) ? e : withText(e, null, e.endOffset()));
        } catch (CompileRecursionError e) {
            throw PyErr.format(PyExc.RecursionError, "%s", e.getMessage());
        }
    }

    /**
     * Whether {@code filename} names a file. CPython reads the line of an error found after parsing
     * back from that file ({@code PyErr_ProgramTextObject}), so code compiled from a string under a
     * name such as "<string>" shows none.
     */
    private static boolean namesAFile(String filename) {
        try {
            return Files.isRegularFile(InterpreterState.current().cwd().resolve(filename));
        } catch (InvalidPathException e) {
            return false;
        }
    }

    /**
     * A parser error's line as CPython shows it: one before the line the tokenizer was reading it
     * reads back from the file for "exec" input of a file, else from the source string, without
     * the newline. The end offset of an error spanning lines is measured against that line too,
     * so it stops one past its end.
     */
    private static PySyntaxError lineAsShown(PySyntaxError e, Mode mode, String filename) {
        String text = e.text();
        if (e.lineBeforeReading() && text.endsWith("\n") && !(mode == Mode.EXEC && namesAFile(filename))) {
            text = text.substring(0, text.length() - 1);
        }
        int endOffset = e.endOffset();
        if (text != null && e.endLineno() > e.lineno()) {
            endOffset = Math.min(endOffset, text.codePointCount(0, text.length()) + 1);
        }
        if (text == e.text() && endOffset == e.endOffset()) {
            return e;
        }
        return withText(e, text, endOffset);
    }

    private static PySyntaxError withText(PySyntaxError e, String text, int endOffset) {
        return new PySyntaxError(e.kind(), e.msg(), e.filename(), e.lineno(), e.offset(), text, e.endLineno(),
                endOffset, e.incompleteInput());
    }

    /** The Python SyntaxError (or IndentationError, TabError) for a parser's error. */
    public static PyException syntaxError(PySyntaxError e) {
        PyType type = switch (e.kind()) {
            case "IndentationError" -> PyExc.IndentationError;
            case "TabError" -> PyExc.TabError;
            default -> PyExc.SyntaxError;
        };
        PyObject text = e.text() == null ? PyNone.NONE : PyStr.of(e.text());
        PyObject filename = e.filename() == null ? PyNone.NONE : PyStr.of(e.filename());
        PyTuple details = PyTuple.of(filename, PyInt.of(e.lineno()), PyInt.of(e.offset()), text,
                PyInt.of(e.endLineno()), PyInt.of(e.endOffset()));
        PyObject exc = org.sanca.runtime.objects.Abstract.call(type, PyStr.of(e.msg()), details);
        return ((PyBaseException) exc).toJava();
    }
}
