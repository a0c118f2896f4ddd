package org.sanca.runtime.modules._sre;

import java.util.Map;
import java.util.regex.MatchResult;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code re.Match}, one successful match ({@code MatchObject} in {@code Modules/_sre/sre.c}):
 * a snapshot of the group spans, so it stays valid while the matcher moves on.
 */
public final class PyMatch extends PyObject {
    public static final PyType TYPE = PyType.builtin("re.Match", PyMatch.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = m -> PyStr.of(((PyMatch) m).repr());
        t.mp_subscript = (m, g) -> ((PyMatch) m).group(g);
        t.tp_new = null;
    });

    private final PyPattern pattern;
    private final Subject subject;
    private final MatchResult result;
    private final int pos;
    private final int endpos;

    PyMatch(PyPattern pattern, Subject subject, java.util.regex.Matcher m, int pos, int endpos) {
        this.pattern = pattern;
        this.subject = subject;
        this.result = m.toMatchResult();
        this.pos = pos;
        this.endpos = endpos;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The group number {@code g} names (an index or a group name), IndexError if none. */
    private int groupIndex(PyObject g) {
        if (g instanceof PyInt || g.type().nb_index != null && !(g instanceof PyStr)) {
            long i = Abstract.indexValue(g);
            if (i >= 0 && i <= pattern.groups) {
                return (int) i;
            }
        } else if (g instanceof PyStr s) {
            Integer i = pattern.groupNames.get(s.value());
            if (i != null) {
                return i;
            }
        }
        throw PyErr.format(PyExc.IndexError, "no such group");
    }

    private PyObject groupValue(int g, PyObject dflt) {
        int s = result.start(g);
        return s < 0 ? dflt : subject.slice(s, result.end(g));
    }

    private PyObject group(PyObject g) {
        return groupValue(groupIndex(g), PyNone.NONE);
    }

    @PyMethod("($self, *args)")
    PyObject group(PyTuple args) {
        if (args.size() == 0) {
            return groupValue(0, PyNone.NONE);
        }
        if (args.size() == 1) {
            return group(args.get(0));
        }
        PyObject[] items = new PyObject[args.size()];
        for (int i = 0; i < items.length; i++) {
            items[i] = group(args.get(i));
        }
        return PyTuple.of(items);
    }

    @PyMethod("($self, /, default=None)")
    PyObject groups(PyObject dflt) {
        PyObject[] items = new PyObject[pattern.groups];
        for (int g = 1; g <= pattern.groups; g++) {
            items[g - 1] = groupValue(g, dflt);
        }
        return PyTuple.of(items);
    }

    @PyMethod("($self, /, default=None)")
    PyObject groupdict(PyObject dflt) {
        PyDict d = new PyDict();
        for (Map.Entry<String, Integer> e : pattern.groupNames.entrySet()) {
            d.setItem(PyStr.of(e.getKey()), groupValue(e.getValue(), dflt));
        }
        return d;
    }

    private int startOf(int g) {
        int s = result.start(g);
        return s < 0 ? -1 : subject.toPython(s);
    }

    private int endOf(int g) {
        int e = result.end(g);
        return e < 0 ? -1 : subject.toPython(e);
    }

    @PyMethod("($self, group=0, /)")
    PyObject start(PyObject group) {
        return PyInt.of(startOf(groupIndex(group)));
    }

    @PyMethod("($self, group=0, /)")
    PyObject end(PyObject group) {
        return PyInt.of(endOf(groupIndex(group)));
    }

    @PyMethod("($self, group=0, /)")
    PyObject span(PyObject group) {
        int g = groupIndex(group);
        return PyTuple.of(PyInt.of(startOf(g)), PyInt.of(endOf(g)));
    }

    @PyMethod("($self, /, template)")
    PyObject expand(PyObject template) {
        Template t = SreModule.template(pattern, Subject.of(template, pattern.bytes).text);
        StringBuilder out = new StringBuilder();
        PyPattern.expand(t, subject, result, out);
        return Subject.wrap(out.toString(), pattern.bytes);
    }

    @PyMethod("($self, /)")
    PyObject __copy__() {
        return this;
    }

    @PyMethod("($self, memo, /)")
    PyObject __deepcopy__(PyObject memo) {
        return this;
    }

    @PyGetter("pos")
    PyObject posValue() {
        return PyInt.of(pos);
    }

    @PyGetter("endpos")
    PyObject endposValue() {
        return PyInt.of(endpos);
    }

    @PyGetter
    PyObject string() {
        return subject.original;
    }

    @PyGetter
    PyObject re() {
        return pattern;
    }

    /** The number of the last group that matched: the one whose match ended last, outermost first. */
    private int lastIndex() {
        int best = -1;
        int bestEnd = -1;
        for (int g = 1; g <= pattern.groups; g++) {
            int e = result.end(g);
            if (e >= 0 && e > bestEnd) {
                best = g;
                bestEnd = e;
            }
        }
        return best;
    }

    @PyGetter
    PyObject lastindex() {
        int g = lastIndex();
        return g < 0 ? PyNone.NONE : PyInt.of(g);
    }

    @PyGetter
    PyObject lastgroup() {
        int g = lastIndex();
        for (Map.Entry<String, Integer> e : pattern.groupNames.entrySet()) {
            if (e.getValue() == g) {
                return PyStr.of(e.getKey());
            }
        }
        return PyNone.NONE;
    }

    @PyGetter
    PyObject regs() {
        PyObject[] spans = new PyObject[pattern.groups + 1];
        for (int g = 0; g <= pattern.groups; g++) {
            spans[g] = PyTuple.of(PyInt.of(startOf(g)), PyInt.of(endOf(g)));
        }
        return PyTuple.of(spans);
    }

    private String repr() {
        return "<re.Match object; span=(" + startOf(0) + ", " + endOf(0) + "), match="
                + Abstract.repr(groupValue(0, PyNone.NONE)).value() + ">";
    }
}
