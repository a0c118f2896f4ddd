package org.sanca.runtime.interp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyType;

/**
 * Formats an exception with its traceback, chained exceptions, exception-group members and
 * notes exactly as CPython 3.12's default {@code sys.excepthook} prints them
 * ({@code Python/pythonrun.c}, {@code Python/traceback.c}, {@code Lib/traceback.py}).
 */
public final class TracebackPrinter {
    private static final String CAUSE = "\nThe above exception was the direct cause of the following exception:\n\n";
    private static final String CONTEXT = "\nDuring handling of the above exception, another exception occurred:\n\n";
    private static final int RECURSIVE_CUTOFF = 3;
    private static final int MAX_GROUP_WIDTH = 15;
    private static final int MAX_GROUP_DEPTH = 10;

    private final Path cwd;
    private final StringBuilder out = new StringBuilder();
    private final Set<PyBaseException> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    private int groupDepth;
    private boolean needClose;
    /**
     * Whether this serves the traceback module, whose SyntaxError lines differ from the
     * interpreter's own display in one point: it keeps a tab that starts the source line.
     */
    private final boolean forModule;

    private TracebackPrinter(Path cwd, boolean forModule) {
        this.cwd = cwd;
        this.forModule = forModule;
    }

    private TracebackPrinter(Path cwd) {
        this(cwd, true);
    }

    /** The text the default excepthook prints for {@code e} (CPython's {@code PyErr_Display}). */
    public static String format(PyBaseException e, Path cwd) {
        TracebackPrinter p = new TracebackPrinter(cwd, false);
        p.formatChain(e);
        return p.out.toString();
    }

    /** The text of {@code traceback.format_exception} for {@code e}. */
    public static String formatForModule(PyBaseException e, Path cwd) {
        TracebackPrinter p = new TracebackPrinter(cwd, true);
        p.formatChain(e);
        return p.out.toString();
    }

    /** The frame lines of a traceback chain as the interpreter prints them (the traceback module's format_tb). */
    public static String formatStack(PyTraceback tb, Path cwd) {
        return new TracebackPrinter(cwd).stack(tb);
    }

    /** The last lines of an exception's display (the traceback module's format_exception_only). */
    public static String formatExceptionOnly(PyBaseException e, Path cwd) {
        return new TracebackPrinter(cwd).exceptionOnly(e);
    }

    private void formatChain(PyBaseException exc) {
        List<Object[]> chain = new ArrayList<>();
        PyBaseException e = exc;
        while (e != null && seen.add(e)) {
            String msg = null;
            PyBaseException next = null;
            if (e.cause() instanceof PyBaseException c) {
                msg = CAUSE;
                next = c;
            } else if (!e.suppressContext() && e.context() instanceof PyBaseException c) {
                msg = CONTEXT;
                next = c;
            }
            if (next != null && seen.contains(next)) {
                msg = null;
                next = null;
            }
            chain.add(new Object[] {msg, e});
            e = next;
        }
        for (int i = chain.size() - 1; i >= 0; i--) {
            String msg = (String) chain.get(i)[0];
            PyBaseException x = (PyBaseException) chain.get(i)[1];
            if (msg != null) {
                emit(msg, null);
            }
            formatOne(x);
        }
    }

    private void formatOne(PyBaseException e) {
        List<PyObject> members = groupMembers(e);
        if (members == null) {
            if (e.traceback() instanceof PyTraceback tb) {
                emit("Traceback (most recent call last):\n", null);
                emit(stack(tb), null);
            }
            emit(exceptionOnly(e), null);
            return;
        }
        if (groupDepth > MAX_GROUP_DEPTH) {
            emit("... (max_group_depth is " + MAX_GROUP_DEPTH + ")\n", null);
            return;
        }
        boolean toplevel = groupDepth == 0;
        if (toplevel) {
            groupDepth++;
        }
        if (e.traceback() instanceof PyTraceback tb) {
            emit("Exception Group Traceback (most recent call last):\n", toplevel ? "+" : null);
            emit(stack(tb), null);
        }
        emit(exceptionOnly(e), null);
        int num = members.size();
        int n = num <= MAX_GROUP_WIDTH ? num : MAX_GROUP_WIDTH + 1;
        needClose = false;
        for (int i = 0; i < n; i++) {
            boolean last = i == n - 1;
            if (last) {
                needClose = true;
            }
            boolean truncated = i >= MAX_GROUP_WIDTH;
            String title = truncated ? "..." : Integer.toString(i + 1);
            out.append(indent()).append(i == 0 ? "+-" : "  ").append("+---------------- ").append(title)
                    .append(" ----------------\n");
            groupDepth++;
            if (!truncated) {
                if (members.get(i) instanceof PyBaseException m) {
                    formatChain(m);
                }
            } else {
                int remaining = num - MAX_GROUP_WIDTH;
                emit("and " + remaining + " more exception" + (remaining > 1 ? "s" : "") + "\n", null);
            }
            if (last && needClose) {
                out.append(indent()).append("+------------------------------------\n");
                needClose = false;
            }
            groupDepth--;
        }
        if (toplevel) {
            groupDepth = 0;
        }
    }

    private static List<PyObject> groupMembers(PyBaseException e) {
        if (!e.type().isSubtype(PyExc.BaseExceptionGroup)) {
            return null;
        }
        PyObject ex = Abstract.lookupAttr(e, PyStr.of("exceptions"));
        if (ex instanceof PyTuple t) {
            return List.of(t.items());
        }
        if (ex instanceof PyList l) {
            return List.of(l.toArray());
        }
        return null;
    }

    private String indent() {
        return " ".repeat(2 * groupDepth);
    }

    private void emit(String text, String margin) {
        String prefix = indent();
        if (groupDepth > 0) {
            prefix += (margin == null ? "|" : margin) + " ";
        }
        if (prefix.isEmpty()) {
            out.append(text);
            return;
        }
        for (String line : text.split("(?<=\n)")) {
            out.append(prefix).append(line);
        }
    }

    private String stack(PyTraceback tb) {
        StringBuilder b = new StringBuilder();
        String lastFile = null;
        int lastLine = -2;
        String lastName = null;
        int count = 0;
        for (PyObject t = tb; t instanceof PyTraceback e; t = e.next) {
            PyCode code = e.frame.code;
            String file = code.unit.filename;
            String name = code.unit.name;
            int line = e.lineno;
            if (!file.equals(lastFile) || line != lastLine || !name.equals(lastName)) {
                if (count > RECURSIVE_CUTOFF) {
                    repeated(b, count - RECURSIVE_CUTOFF);
                }
                lastFile = file;
                lastLine = line;
                lastName = name;
                count = 0;
            }
            count++;
            if (count > RECURSIVE_CUTOFF) {
                continue;
            }
            frameLines(b, e, file, name, line);
        }
        if (count > RECURSIVE_CUTOFF) {
            repeated(b, count - RECURSIVE_CUTOFF);
        }
        return b.toString();
    }

    private static void repeated(StringBuilder b, int n) {
        b.append("  [Previous line repeated ").append(n).append(" more time").append(n > 1 ? "s" : "").append("]\n");
    }

    private void frameLines(StringBuilder b, PyTraceback e, String file, String name, int line) {
        b.append("  File \"").append(file).append("\", line ").append(line < 0 ? "None" : Integer.toString(line))
                .append(", in ").append(name).append('\n');
        String src = line < 0 ? null : sourceLine(file, line);
        if (src == null || src.isBlank()) {
            return;
        }
        b.append("    ").append(src.strip()).append('\n');
        int[] pos = e.frame.code.positions(e.lasti);
        if (pos[0] < 0 || pos[1] < 0 || pos[2] < 0 || pos[3] < 0) {
            return;
        }
        String marks = Carets.markers(src, pos[2], pos[3], pos[0] == pos[1]);
        if (marks != null) {
            b.append(marks).append('\n');
        }
    }

    /** Line {@code n} of {@code file} without its line end, as linecache reads it; null when unavailable. */
    private String sourceLine(String file, int n) {
        if (file.startsWith("<") && file.endsWith(">")) {
            return null;
        }
        try {
            String text;
            if (file.startsWith("jar:") || file.startsWith("file:")) {
                try (java.io.InputStream in = java.net.URI.create(file).toURL().openStream()) {
                    text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
                }
            } else {
                text = Files.readString(cwd.resolve(file), StandardCharsets.UTF_8);
            }
            List<String> lines = text.lines().toList();
            return n >= 1 && n <= lines.size() ? lines.get(n - 1) : null;
        } catch (IOException | RuntimeException ex) {
            return null;
        }
    }

    /** The last lines: {@code TypeName: message}, a SyntaxError's source display, and the notes. */
    private String exceptionOnly(PyBaseException e) {
        StringBuilder b = new StringBuilder();
        PyType t = e.type();
        String stype = t.getQualname();
        PyObject mod = t.isHeapType() ? t.dict().getItem(PyStr.of("__module__")) : null;
        if (mod != null) {
            String m = mod instanceof PyStr s ? s.value() : "<unknown>";
            if (!m.equals("__main__") && !m.equals("builtins")) {
                stype = m + "." + stype;
            }
        }
        if (t.isSubtype(PyExc.SyntaxError)) {
            syntaxError(b, e, stype);
        } else {
            String msg = safeStr(e, "exception") + suggestion(e);
            b.append(stype);
            if (!msg.isEmpty()) {
                b.append(": ").append(msg);
            }
            b.append('\n');
        }
        notes(b, e);
        return b.toString();
    }

    /**
     * The "Did you mean" (and "did you forget to import") text 3.12 adds to NameError,
     * AttributeError and ImportError messages ({@code TracebackException} in {@code traceback.py}).
     */
    private static String suggestion(PyBaseException e) {
        try {
            PyType t = e.type();
            if (t.isSubtype(PyExc.NameError) || t.isSubtype(PyExc.AttributeError)) {
                if (!(Abstract.lookupAttr(e, PyStr.of("name")) instanceof PyStr name)) {
                    return "";
                }
                String found;
                if (t.isSubtype(PyExc.NameError)) {
                    PyFrame f = innermostFrame(e);
                    found = f == null ? null
                            : org.sanca.runtime.types.Suggestions.forName(name.value(), f.localsDict(), f.globals, f.builtins);
                } else {
                    PyObject obj = Abstract.lookupAttr(e, PyStr.of("obj"));
                    found = obj == null ? null : org.sanca.runtime.types.Suggestions.forAttribute(obj, name.value());
                }
                StringBuilder out = new StringBuilder();
                if (found != null) {
                    out.append(". Did you mean: '").append(found).append("'?");
                }
                if (t.isSubtype(PyExc.NameError) && org.sanca.runtime.types.Suggestions.isStdlibModule(name.value())) {
                    out.append(found != null ? " Or did you forget to import '" : ". Did you forget to import '")
                            .append(name.value()).append("'?");
                }
                return out.toString();
            }
            if (t.isSubtype(PyExc.ImportError) && Abstract.lookupAttr(e, PyStr.of("name_from")) instanceof PyStr from
                    && Abstract.lookupAttr(e, PyStr.of("name")) instanceof PyStr mod) {
                PyObject m = InterpreterState.current().modules().getItem(mod);
                String found = m == null ? null : org.sanca.runtime.types.Suggestions.forAttribute(m, from.value());
                return found == null ? "" : ". Did you mean: '" + found + "'?";
            }
        } catch (PyException ex) {
            return "";
        }
        return "";
    }

    private static PyFrame innermostFrame(PyBaseException e) {
        PyFrame f = null;
        for (PyObject t = e.traceback(); t instanceof PyTraceback tb; t = tb.next) {
            f = tb.frame;
        }
        return f;
    }

    private static String safeStr(PyObject o, String what) {
        try {
            return Abstract.str(o).value();
        } catch (PyException ex) {
            return "<" + what + " str() failed>";
        }
    }

    private static void notes(StringBuilder b, PyBaseException e) {
        PyObject notes = Abstract.lookupAttr(e, PyStr.of("__notes__"));
        if (notes == null || notes == PyNone.NONE) {
            return;
        }
        PyObject[] items = notes instanceof PyList l ? l.toArray() : notes instanceof PyTuple t ? t.items() : null;
        if (items == null) {
            String s;
            try {
                s = Abstract.repr(notes).value();
            } catch (PyException ex) {
                s = "<__notes__ repr() failed>";
            }
            b.append(s).append('\n');
            return;
        }
        for (PyObject note : items) {
            String s = note instanceof PyStr ? ((PyStr) note).value() : safeStr(note, "note");
            for (String line : s.split("\n", -1)) {
                b.append(line).append('\n');
            }
        }
    }

    private void syntaxError(StringBuilder b, PyBaseException e, String stype) {
        PyObject filename = attr(e, "filename");
        PyObject lineno = attr(e, "lineno");
        String suffix = "";
        if (lineno instanceof PyInt ln) {
            String f = filename instanceof PyStr s ? s.value() : "<string>";
            b.append("  File \"").append(f).append("\", line ").append(ln.value).append('\n');
        } else if (filename instanceof PyStr s) {
            suffix = " (" + s.value() + ")";
        }
        PyObject textObj = attr(e, "text");
        if (textObj instanceof PyStr ts) {
            String text = ts.value();
            String rtext = stripTrailingNewlines(text);
            String ltext = stripLeading(rtext, !forModule);
            int spaces = rtext.length() - ltext.length();
            b.append("    ").append(ltext).append('\n');
            PyObject off = attr(e, "offset");
            if (off instanceof PyInt o) {
                int offset = (int) o.value;
                PyObject endObj = attr(e, "end_offset");
                int end = endObj instanceof PyInt eo && eo.value != 0 ? (int) eo.value : offset;
                PyObject endLine = attr(e, "end_lineno");
                if (endLine instanceof PyInt el && lineno instanceof PyInt ln && el.value > ln.value) {
                    end = rtext.length() + 1;
                }
                if (offset > text.length()) {
                    offset = text.length() + 1;
                }
                if (end > text.length()) {
                    end = text.length() + 1;
                }
                if (offset == end || end == -1 || e.type().isSubtype(PyExc.IndentationError)) {
                    // CPython's display gives an IndentationError one caret whatever its end.
                    end = offset + 1;
                }
                int col = offset - 1 - spaces;
                int endCol = end - 1 - spaces;
                if (col >= 0) {
                    StringBuilder caret = new StringBuilder("    ");
                    for (int i = 0; i < col && i < ltext.length(); i++) {
                        char c = ltext.charAt(i);
                        caret.append(Character.isWhitespace(c) ? c : ' ');
                    }
                    caret.append("^".repeat(Math.max(0, endCol - col)));
                    b.append(caret).append('\n');
                }
            }
        }
        PyObject msg = attr(e, "msg");
        String m = msg instanceof PyStr ms && !ms.value().isEmpty() ? ms.value() : "<no detail available>";
        b.append(stype).append(": ").append(m).append(suffix).append('\n');
    }

    private static PyObject attr(PyBaseException e, String name) {
        try {
            return Abstract.lookupAttr(e, PyStr.of(name));
        } catch (PyException ex) {
            return null;
        }
    }

    private static String stripTrailingNewlines(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '\n') {
            end--;
        }
        return s.substring(0, end);
    }

    /** The line without its indentation: the display drops tabs too, the traceback module keeps them. */
    private static String stripLeading(String s, boolean tabs) {
        int i = 0;
        while (i < s.length() && (s.charAt(i) == ' ' || s.charAt(i) == '\n' || s.charAt(i) == '\f'
                || tabs && s.charAt(i) == '\t')) {
            i++;
        }
        return s.substring(i);
    }
}
