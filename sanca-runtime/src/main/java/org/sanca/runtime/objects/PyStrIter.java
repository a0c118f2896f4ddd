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

    private final PyStr str;
    private final String value;
    private final boolean ascii;
    /** The UTF-16 offset of the next code point; -1 once a call of next has found none. */
    private int offset;

    PyStrIter(PyStr s) {
        this.str = s;
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
        if (offset < 0 || offset >= value.length()) {
            offset = -1;
            return null;
        }
        int cp = value.codePointAt(offset);
        offset += Character.charCount(cp);
        return PyStr.ofCodePoint(cp);
    }

    @PyMethod(value = "($self, /)", doc = "Private method returning an estimate of len(list(it)).")
    synchronized long __length_hint__() {
        return offset < 0 ? 0 : value.codePointCount(offset, value.length());
    }

    @PyMethod(value = "($self, /)", doc = IterReduce.REDUCE_DOC)
    synchronized PyObject __reduce__() {
        return IterReduce.iter(offset < 0 ? null : str, offset < 0 ? 0 : value.codePointCount(0, offset), PyStr.of(""));
    }

    @PyMethod(value = "($self, state, /)", doc = IterReduce.SETSTATE_DOC)
    synchronized void __setstate__(PyObject state) {
        long i = IterReduce.index(state);
        if (offset >= 0) {
            offset = value.offsetByCodePoints(0, (int) IterReduce.clamp(i, 0, value.codePointCount(0, value.length())));
        }
    }
}
