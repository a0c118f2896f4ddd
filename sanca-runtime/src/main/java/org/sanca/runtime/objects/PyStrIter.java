package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The iterator of a str ({@code Objects/unicodeobject.c}): one code point at a time. CPython
 * names it {@code str_ascii_iterator} for an all-ASCII string and {@code str_iterator} otherwise.
 */
public final class PyStrIter extends PyObject {
    public static final PyType TYPE = make("str_ascii_iterator");
    public static final PyType UNICODE_TYPE = make("str_iterator");

    private final String value;
    private final boolean ascii;
    private int offset;

    PyStrIter(PyStr s) {
        this.value = s.value();
        this.ascii = value.chars().allMatch(c -> c < 0x80);
    }

    private static PyType make(String name) {
        return PyType.builtin(name, PyStrIter.class, PyType.OBJECT, 0, t -> {
            t.tp_iter = self -> self;
            t.tp_iternext = self -> ((PyStrIter) self).next();
        });
    }

    @Override
    public PyType type() {
        return ascii ? TYPE : UNICODE_TYPE;
    }

    private synchronized PyObject next() {
        if (offset >= value.length()) {
            return null;
        }
        int cp = value.codePointAt(offset);
        offset += Character.charCount(cp);
        return PyStr.ofCodePoint(cp);
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized long __length_hint__() {
        return value.codePointCount(offset, value.length());
    }
}
