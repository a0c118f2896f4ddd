package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** The iterator of a str ({@code str_iterator}, {@code Objects/unicodeobject.c}): one code point at a time. */
public final class PyStrIter extends PyObject {
    public static final PyType TYPE = PyType.builtin("str_ascii_iterator", PyStrIter.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = self -> self;
        t.tp_iternext = self -> ((PyStrIter) self).next();
    });

    private final String value;
    private int offset;

    PyStrIter(PyStr s) {
        this.value = s.value();
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private synchronized PyObject next() {
        if (offset >= value.length()) {
            return null;
        }
        int cp = value.codePointAt(offset);
        offset += Character.charCount(cp);
        return PyStr.ofCodePoint(cp);
    }
}
