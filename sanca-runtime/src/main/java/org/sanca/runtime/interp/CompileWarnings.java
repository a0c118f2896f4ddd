package org.sanca.runtime.interp;

import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.sanca.parser.WarningSink;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyType;

/**
 * The warnings the parser and compiler issue (SyntaxWarning, DeprecationWarning), reported as
 * CPython's {@code PyErr_WarnExplicitObject} does: through {@code warnings.warn_explicit} once
 * the {@code warnings} module is loaded, else printed to {@code sys.stderr} as
 * {@code file:line: Category: message} with the source line when the file exists. A warning
 * the filters turn into an error becomes a SyntaxError at that place, as in CPython's compiler.
 */
final class CompileWarnings implements WarningSink {
    private final String filename;
    private final String source;

    CompileWarnings(String filename, String source) {
        this.filename = filename;
        this.source = source;
    }

    @Override
    public void warn(String category, String message, int lineno, int offset) {
        InterpreterState st = InterpreterState.current();
        if (st == null) {
            return;
        }
        PyType cat = "DeprecationWarning".equals(category) ? PyExc.DeprecationWarning : PyExc.SyntaxWarning;
        PyObject warnings = st.modules().getItem(PyStr.of("warnings"));
        if (warnings != null && warnings != PyNone.NONE) {
            try {
                Abstract.callMethod(warnings, "warn_explicit", PyStr.of(message), cat, PyStr.of(filename),
                        PyInt.of(lineno));
            } catch (PyException e) {
                if (e.matches(cat)) {
                    throw PyErr.format(PyExc.SyntaxError, "%s", message);
                }
                throw e;
            }
            return;
        }
        StringBuilder text = new StringBuilder();
        text.append(filename).append(':').append(lineno).append(": ").append(category).append(": ")
                .append(message).append('\n');
        String line = sourceLine(st, lineno);
        if (line != null) {
            text.append("  ").append(line).append('\n');
        }
        PyObject err = Abstract.lookupAttr(st.sys(), PyStr.of("stderr"));
        if (err != null && err != PyNone.NONE) {
            Abstract.callMethod(err, "write", PyStr.of(text.toString()));
        }
    }

    private String sourceLine(InterpreterState st, int lineno) {
        try {
            if (!Files.isRegularFile(st.cwd().resolve(Path.of(filename)))) {
                return null;
            }
        } catch (InvalidPathException e) {
            return null;
        }
        String[] lines = source.split("\r\n|\r|\n", -1);
        return lineno >= 1 && lineno <= lines.length ? lines[lineno - 1].stripLeading() : null;
    }
}
