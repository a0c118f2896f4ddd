package org.sanca.runtime.objects;

/** Searching, replacing and joining for {@code str} ({@code Objects/stringlib/} in CPython). */
final class StrSearch {
    private StrSearch() {
    }

    /** A slice-style bound: None means {@code dflt}; otherwise an index, saturated to the long range ({@code _PyEval_SliceIndex}). */
    static long sliceIndex(PyObject o, long dflt) {
        if (o == null || o == PyNone.NONE) {
            return dflt;
        }
        if (o.type().nb_index == null) {
            throw PyErr.typeError("slice indices must be integers or None or have an __index__ method");
        }
        PyInt i = Abstract.index(o);
        if (i.big != null) {
            return i.big.signum() < 0 ? Long.MIN_VALUE / 2 : Long.MAX_VALUE / 2;
        }
        return i.value;
    }

    static String replace(String s, String old, String rep, long max) {
        if (max == 0) {
            return s;
        }
        if (old.isEmpty()) {
            StringBuilder b = new StringBuilder();
            int i = 0;
            long n = 0;
            while (n < max) {
                b.append(rep);
                n++;
                if (i >= s.length()) {
                    break;
                }
                int cp = s.codePointAt(i);
                b.appendCodePoint(cp);
                i += Character.charCount(cp);
            }
            return b.append(s, i, s.length()).toString();
        }
        int at = s.indexOf(old);
        if (at < 0) {
            return s;
        }
        StringBuilder b = new StringBuilder(s.length());
        int i = 0;
        long n = 0;
        while (at >= 0 && n < max) {
            b.append(s, i, at).append(rep);
            i = at + old.length();
            n++;
            at = s.indexOf(old, i);
        }
        return b.append(s, i, s.length()).toString();
    }

    /** {@code sep.join(iterable)}: lists and tuples are read directly, other iterables through the iterator protocol. */
    static PyStr join(PyStr sep, PyObject iterable) {
        PyObject[] items;
        if (iterable instanceof PyList l) {
            items = l.toArray();
        } else if (iterable instanceof PyTuple t) {
            items = t.items();
        } else {
            PyObject it;
            try {
                it = Abstract.getIter(iterable);
            } catch (PyException e) {
                if (e.matches(PyExc.TypeError) && iterable.type().tp_iter == null && iterable.type().sq_item == null) {
                    throw PyErr.typeError("can only join an iterable");
                }
                throw e;
            }
            java.util.ArrayList<PyObject> list = new java.util.ArrayList<>();
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                list.add(x);
            }
            items = list.toArray(new PyObject[0]);
        }
        if (items.length == 1 && items[0].type() == PyStr.TYPE) {
            return (PyStr) items[0];
        }
        String s = sep.value();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < items.length; i++) {
            if (!(items[i] instanceof PyStr x)) {
                throw PyErr.typeError("sequence item %d: expected str instance, %s found", i, PyErr.typeName(items[i]));
            }
            if (i > 0) {
                b.append(s);
            }
            b.append(x.value());
        }
        return PyStr.of(b.toString());
    }
}
