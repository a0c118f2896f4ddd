package org.sanca.runtime.modules._sre;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMappingProxy;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code re.Pattern}, a compiled regular expression ({@code PatternObject} in
 * {@code Modules/_sre/sre.c}), running on {@link java.util.regex.Pattern} after
 * {@link PatternTranslator} rewrote the source. Immutable, so safe to share between threads.
 */
public final class PyPattern extends PyObject {
    public static final PyType TYPE = PyType.builtin("re.Pattern", PyPattern.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = p -> PyStr.of(((PyPattern) p).repr());
        t.tp_hash = p -> ((PyPattern) p).hash();
        t.tp_richcompare = (a, b, op) -> ((PyPattern) a).compare(b, op);
        t.tp_new = null;
    });

    private static final String[] FLAG_NAMES = {"re.TEMPLATE", "re.IGNORECASE", "re.LOCALE", "re.MULTILINE",
        "re.DOTALL", "re.UNICODE", "re.VERBOSE", "re.DEBUG", "re.ASCII"};

    final PyObject source;
    final int flags;
    final int groups;
    final Map<String, Integer> groupNames;
    final Pattern engine;
    final boolean bytes;

    PyPattern(PyObject source, int flags, PatternTranslator.Translation t, Pattern engine, boolean bytes) {
        this.source = source;
        this.flags = flags;
        this.groups = t.groups();
        this.groupNames = t.groupNames();
        this.engine = engine;
        this.bytes = bytes;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A matcher over {@code subject} between Python positions pos and endpos, or null when empty. */
    Matcher matcher(Subject subject, PyObject pos, PyObject endpos) {
        int n = subject.length();
        long p = Math.max(0, Math.min(n, Abstract.indexValue(pos)));
        long e = Math.max(0, Math.min(n, Abstract.indexValue(endpos)));
        if (p > e) {
            return null;
        }
        // Cutting the text at endpos makes '$' match there, as in CPython; lookbehind may still
        // see the text before pos.
        String text = subject.text.substring(0, subject.toJava((int) e));
        Matcher m = engine.matcher(text);
        m.region(subject.toJava((int) p), text.length());
        m.useTransparentBounds(true);
        m.useAnchoringBounds(false);
        return m;
    }

    private PyObject run(PyObject string, PyObject pos, PyObject endpos, int mode) {
        Subject subject = Subject.of(string, bytes);
        Matcher m = matcher(subject, pos, endpos);
        if (m == null) {
            return PyNone.NONE;
        }
        boolean found = switch (mode) {
            case 0 -> m.lookingAt();
            case 1 -> m.find();
            default -> m.matches();
        };
        return found ? new PyMatch(this, subject, m, (int) clampedPos(subject, pos), subject.toPython(m.regionEnd()))
                : PyNone.NONE;
    }

    private static long clampedPos(Subject subject, PyObject pos) {
        return Math.max(0, Math.min(subject.length(), Abstract.indexValue(pos)));
    }

    @PyMethod("($self, /, string, pos=0, endpos=9223372036854775807)")
    PyObject match(PyObject string, PyObject pos, PyObject endpos) {
        return run(string, pos, endpos, 0);
    }

    @PyMethod("($self, /, string, pos=0, endpos=9223372036854775807)")
    PyObject search(PyObject string, PyObject pos, PyObject endpos) {
        return run(string, pos, endpos, 1);
    }

    @PyMethod("($self, /, string, pos=0, endpos=9223372036854775807)")
    PyObject fullmatch(PyObject string, PyObject pos, PyObject endpos) {
        return run(string, pos, endpos, 2);
    }

    @PyMethod("($self, /, string, pos=0, endpos=9223372036854775807)")
    PyObject findall(PyObject string, PyObject pos, PyObject endpos) {
        Subject subject = Subject.of(string, bytes);
        PyList result = new PyList();
        Matcher m = matcher(subject, pos, endpos);
        while (m != null && m.find()) {
            result.append(findallItem(subject, m));
        }
        return result;
    }

    private PyObject findallItem(Subject subject, Matcher m) {
        if (groups == 0) {
            return subject.slice(m.start(), m.end());
        }
        if (groups == 1) {
            return groupOrEmpty(subject, m, 1);
        }
        PyObject[] items = new PyObject[groups];
        for (int g = 1; g <= groups; g++) {
            items[g - 1] = groupOrEmpty(subject, m, g);
        }
        return PyTuple.of(items);
    }

    private static PyObject groupOrEmpty(Subject subject, Matcher m, int g) {
        int s = m.start(g);
        return s < 0 ? Subject.wrap("", subject.bytes) : subject.slice(s, m.end(g));
    }

    @PyMethod("($self, /, string, pos=0, endpos=9223372036854775807)")
    PyObject finditer(PyObject string, PyObject pos, PyObject endpos) {
        Subject subject = Subject.of(string, bytes);
        return new PyMatchIterator(this, subject, matcher(subject, pos, endpos), (int) clampedPos(subject, pos));
    }

    @PyMethod("($self, /, string, maxsplit=0)")
    PyObject split(PyObject string, PyObject maxsplit) {
        Subject subject = Subject.of(string, bytes);
        long max = Abstract.indexValue(maxsplit);
        PyList result = new PyList();
        if (max < 0) {
            result.append(subject.slice(0, subject.text.length()));
            return result;
        }
        Matcher m = matcher(subject, PyInt.of(0), PyInt.of(Long.MAX_VALUE));
        int last = 0;
        long done = 0;
        while ((max == 0 || done < max) && m.find()) {
            result.append(subject.slice(last, m.start()));
            for (int g = 1; g <= groups; g++) {
                int s = m.start(g);
                result.append(s < 0 ? PyNone.NONE : subject.slice(s, m.end(g)));
            }
            last = m.end();
            done++;
        }
        result.append(subject.slice(last, subject.text.length()));
        return result;
    }

    @PyMethod("($self, /, repl, string, count=0)")
    PyObject sub(PyObject repl, PyObject string, PyObject count) {
        return substitute(repl, string, count, false);
    }

    @PyMethod("($self, /, repl, string, count=0)")
    PyObject subn(PyObject repl, PyObject string, PyObject count) {
        return substitute(repl, string, count, true);
    }

    private PyObject substitute(PyObject repl, PyObject string, PyObject count, boolean withCount) {
        Subject subject = Subject.of(string, bytes);
        long max = Abstract.indexValue(count);
        Template template = null;
        PyObject function = null;
        if (repl instanceof PyStr || repl instanceof PyBytes || repl instanceof org.sanca.runtime.objects.PyByteArray) {
            if ((repl instanceof PyStr) == bytes) {
                throw joinError(0, repl);
            }
            template = SreModule.template(this, Subject.of(repl, bytes).text);
        } else if (Abstract.isCallable(repl)) {
            function = repl;
        } else {
            throw PyErr.typeError("decoding to str: need a bytes-like object, %s found", PyErr.typeName(repl));
        }
        StringBuilder out = new StringBuilder();
        Matcher m = matcher(subject, PyInt.of(0), PyInt.of(Long.MAX_VALUE));
        int last = 0;
        long n = 0;
        int pieces = 0;
        while ((max <= 0 || n < max) && m.find()) {
            if (m.start() > last) {
                pieces++;
            }
            out.append(subject.text, last, m.start());
            if (template != null) {
                expand(template, subject, m, out);
            } else {
                PyObject piece = Abstract.call(function, new PyMatch(this, subject, m, 0, subject.length()));
                if (piece != PyNone.NONE) {
                    if ((piece instanceof PyStr) == bytes || !(piece instanceof PyStr || piece instanceof PyBytes
                            || piece instanceof org.sanca.runtime.objects.PyByteArray)) {
                        throw joinError(pieces, piece);
                    }
                    out.append(Subject.of(piece, bytes).text);
                }
            }
            pieces++;
            last = m.end();
            n++;
        }
        out.append(subject.text, last, subject.text.length());
        PyObject result = Subject.wrap(out.toString(), bytes);
        return withCount ? PyTuple.of(result, PyInt.of(n)) : result;
    }

    /** The TypeError CPython's join of the pieces raises for a piece of the wrong kind. */
    private PyException joinError(int index, PyObject piece) {
        return PyErr.typeError("sequence item %d: expected %s, %s found", index,
                bytes ? "a bytes-like object" : "str instance", PyErr.typeName(piece));
    }

    static void expand(Template template, Subject subject, java.util.regex.MatchResult m, StringBuilder out) {
        for (Object part : template.parts) {
            if (part instanceof String s) {
                out.append(s);
            } else {
                int g = (Integer) part;
                int s = m.start(g);
                if (s >= 0) {
                    out.append(subject.text, s, m.end(g));
                }
            }
        }
    }

    @PyGetter
    PyObject pattern() {
        return source;
    }

    @PyGetter("flags")
    PyObject flagsValue() {
        return PyInt.of(flags);
    }

    @PyGetter("groups")
    PyObject groupCount() {
        return PyInt.of(groups);
    }

    @PyGetter
    PyObject groupindex() {
        PyDict d = new PyDict();
        for (Map.Entry<String, Integer> e : groupNames.entrySet()) {
            d.setItem(PyStr.of(e.getKey()), PyInt.of(e.getValue()));
        }
        return new PyMappingProxy(d);
    }

    @PyMethod("($self, /)")
    PyObject __copy__() {
        return this;
    }

    @PyMethod("($self, memo, /)")
    PyObject __deepcopy__(PyObject memo) {
        return this;
    }

    private String repr() {
        String p = Abstract.repr(source).value();
        if (p.codePointCount(0, p.length()) > 200) {
            p = p.substring(0, p.offsetByCodePoints(0, 200));
        }
        StringBuilder sb = new StringBuilder("re.compile(").append(p);
        int shown = flags;
        if (!bytes && (shown & (PatternTranslator.LOCALE | PatternTranslator.UNICODE | PatternTranslator.ASCII))
                == PatternTranslator.UNICODE) {
            shown &= ~PatternTranslator.UNICODE;
        }
        if (shown != 0) {
            sb.append(", ");
            String sep = "";
            for (int i = 0; i < FLAG_NAMES.length; i++) {
                if ((shown & (1 << i)) != 0) {
                    sb.append(sep).append(FLAG_NAMES[i]);
                    sep = "|";
                    shown &= ~(1 << i);
                }
            }
            if (shown != 0) {
                sb.append(sep).append("0x").append(Integer.toHexString(shown));
            }
        }
        return sb.append(')').toString();
    }

    private long hash() {
        long h = Abstract.hash(source);
        h = h * 1000003L ^ flags;
        return h == -1 ? -2 : h;
    }

    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyPattern o) || op != CompareOp.EQ && op != CompareOp.NE) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq = this == o || flags == o.flags && bytes == o.bytes
                && Abstract.richCompareBool(source, o.source, CompareOp.EQ);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }
}
