package org.sanca.runtime.modules._sre;

import java.util.regex.Matcher;

import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyType;

/** What {@code Pattern.finditer} returns: the matches, found one at a time. */
public final class PyMatchIterator extends PyObject {
    public static final PyType TYPE = PyType.builtin("callable_iterator", PyMatchIterator.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = it -> it;
        t.tp_iternext = it -> ((PyMatchIterator) it).next();
        t.tp_new = null;
    });

    private final PyPattern pattern;
    private final Subject subject;
    private final Matcher matcher;
    private final int pos;

    PyMatchIterator(PyPattern pattern, Subject subject, Matcher matcher, int pos) {
        this.pattern = pattern;
        this.subject = subject;
        this.matcher = matcher;
        this.pos = pos;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject next() {
        if (matcher == null || !matcher.find()) {
            return null;
        }
        return new PyMatch(pattern, subject, matcher, pos, subject.toPython(matcher.regionEnd()));
    }
}
