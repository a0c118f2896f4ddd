package org.sanca.runtime.modules._json;

import java.util.IdentityHashMap;

import org.sanca.runtime.interp.ThreadState;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.FloatRepr;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyType;

/**
 * {@code _json.Encoder} ({@code json.encoder.c_make_encoder}): CPython's {@code PyEncoderType}.
 * Made from a JSONEncoder's options; calling it with an object and an indent level returns a
 * one-element tuple holding the whole JSON text. Unlike CPython 3.12's it also indents, so every
 * {@code JSONEncoder.encode} runs here.
 */
public final class JsonEncoder extends PyObject {
    public static final PyType TYPE = PyType.builtin("_json.Encoder", JsonEncoder.class, PyType.OBJECT, 0, t -> {
        t.tp_new = JsonEncoder::make;
        t.tp_call = JsonEncoder::call;
    });

    private static final String[] PARAMS = {"markers", "default", "encoder", "indent", "key_separator", "item_separator",
        "sort_keys", "skipkeys", "allow_nan"};

    private final boolean checkCircular;
    private final PyObject defaultFn;
    private final PyObject encoder;
    /** 0: call {@link #encoder}; 1: JSON with only ASCII; 2: JSON keeping non-ASCII. */
    private final int quoting;
    private final String indent;
    private final String keySeparator;
    private final String itemSeparator;
    private final boolean sortKeys;
    private final boolean skipKeys;
    private final boolean allowNan;

    private JsonEncoder(PyObject[] a) {
        checkCircular = a[0] != PyNone.NONE;
        defaultFn = a[1];
        encoder = a[2];
        quoting = encoder instanceof PyBuiltinFunction f && f.def.name.equals("encode_basestring_ascii") ? 1
                : encoder instanceof PyBuiltinFunction f2 && f2.def.name.equals("encode_basestring") ? 2 : 0;
        indent = a[3] == PyNone.NONE ? null : Abstract.str(a[3]).value();
        keySeparator = PyStr.arg(a[4], "make_encoder() argument 5");
        itemSeparator = PyStr.arg(a[5], "make_encoder() argument 6");
        sortKeys = Abstract.isTrue(a[6]);
        skipKeys = Abstract.isTrue(a[7]);
        allowNan = Abstract.isTrue(a[8]);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject make(PyObject type, PyObject[] args, String[] kwnames) {
        if ((kwnames != null && kwnames.length > 0) || args.length != PARAMS.length) {
            throw PyErr.typeError("Encoder() takes exactly %d positional arguments (%d given)", PARAMS.length, args.length);
        }
        return new JsonEncoder(args);
    }

    private static PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
        if ((kwnames != null && kwnames.length > 0) || args.length != 2) {
            throw PyErr.typeError("Encoder() expected 2 arguments, got %d", args.length);
        }
        JsonEncoder e = (JsonEncoder) self;
        Run run = e.new Run();
        run.value(args[0], Abstract.index(args[1]).intValue());
        return PyTuple.of(PyStr.of(run.out.toString()));
    }

    /** One encoding: the text so far and the containers being encoded. */
    private final class Run {
        final StringBuilder out = new StringBuilder();
        final IdentityHashMap<PyObject, Boolean> markers = checkCircular ? new IdentityHashMap<>() : null;
        final ThreadState ts = ThreadState.current();

        void value(PyObject o, int level) {
            if (o == PyNone.NONE) {
                out.append("null");
            } else if (o == PyBool.TRUE) {
                out.append("true");
            } else if (o == PyBool.FALSE) {
                out.append("false");
            } else if (o instanceof PyStr s) {
                string(s);
            } else if (o instanceof PyInt i) {
                out.append(intText(i));
            } else if (o instanceof PyFloat f) {
                out.append(floatText(f));
            } else if (o instanceof PyList || o instanceof PyTuple) {
                array(o, level);
            } else if (o instanceof PyDict d) {
                object(d, level);
            } else {
                enter(o);
                try {
                    value(Abstract.call(defaultFn, o), level);
                } finally {
                    leave(o);
                }
            }
        }

        private void enter(PyObject o) {
            if (markers != null && markers.put(o, Boolean.TRUE) != null) {
                throw PyErr.valueError("Circular reference detected");
            }
            if (++ts.depth > ts.interp.recursionLimit()) {
                ts.depth--;
                if (markers != null) {
                    markers.remove(o);
                }
                throw PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded while encoding a JSON object");
            }
        }

        private void leave(PyObject o) {
            ts.depth--;
            if (markers != null) {
                markers.remove(o);
            }
        }

        private void string(PyStr s) {
            if (quoting == 0) {
                PyObject q = Abstract.call(encoder, s);
                if (!(q instanceof PyStr qs)) {
                    throw PyErr.typeError("encoder() must return a string, not %.80s", PyErr.typeName(q));
                }
                out.append(qs.value());
            } else {
                JsonQuote.appendQuoted(out, s.value(), quoting == 1);
            }
        }

        private String intText(PyInt i) {
            return i.type() == PyInt.TYPE && i.big == null ? Long.toString(i.value) : ((PyStr) PyInt.TYPE.tp_repr.call(i)).value();
        }

        private String floatText(PyFloat f) {
            double v = f.value;
            if (Double.isFinite(v)) {
                return FloatRepr.repr(v);
            }
            if (!allowNan) {
                throw PyErr.valueError("Out of range float values are not JSON compliant: %s", FloatRepr.repr(v));
            }
            return Double.isNaN(v) ? "NaN" : v > 0 ? "Infinity" : "-Infinity";
        }

        private String newline(int level) {
            return "\n" + indent.repeat(level);
        }

        /**
         * Writes a container's opening bracket and, when indenting, the line break before its
         * first item at depth {@code inner}; returns what goes between its items.
         */
        private String open(char bracket, int inner) {
            out.append(bracket);
            if (indent == null) {
                return itemSeparator;
            }
            String nl = newline(inner);
            out.append(nl);
            return itemSeparator + nl;
        }

        /** Writes a container's closing bracket, on its own line back at depth {@code outer} when indenting. */
        private void close(char bracket, int outer) {
            if (indent != null) {
                out.append(newline(outer));
            }
            out.append(bracket);
        }

        private void array(PyObject seq, int level) {
            PyObject[] items = seq instanceof PyList l ? l.toArray() : ((PyTuple) seq).items();
            if (items.length == 0) {
                out.append("[]");
                return;
            }
            enter(seq);
            try {
                String sep = open('[', level + 1);
                for (int k = 0; k < items.length; k++) {
                    if (k > 0) {
                        out.append(sep);
                    }
                    value(items[k], level + 1);
                }
                close(']', level);
            } finally {
                leave(seq);
            }
        }

        private void object(PyDict d, int level) {
            if (d.size() == 0) {
                out.append("{}");
                return;
            }
            enter(d);
            try {
                String sep = open('{', level + 1);
                boolean first = true;
                PyObject[] keys;
                PyObject[] values;
                if (d.type() == PyDict.TYPE && !sortKeys) {
                    synchronized (d) {
                        keys = d.keysArray();
                        values = d.valuesArray();
                    }
                } else {
                    PyObject[] items = items(d);
                    keys = new PyObject[items.length];
                    values = new PyObject[items.length];
                    for (int k = 0; k < items.length; k++) {
                        PyObject[] kv = ((PyTuple) items[k]).items();
                        keys[k] = kv[0];
                        values[k] = kv[1];
                    }
                }
                for (int k = 0; k < keys.length; k++) {
                    String key = keyText(keys[k]);
                    if (key == null) {
                        continue;
                    }
                    if (!first) {
                        out.append(sep);
                    }
                    first = false;
                    if (quoting == 0) {
                        string(PyStr.of(key));
                    } else {
                        JsonQuote.appendQuoted(out, key, quoting == 1);
                    }
                    out.append(keySeparator);
                    value(values[k], level + 1);
                }
                close('}', level);
            } finally {
                leave(d);
            }
        }

        private PyObject[] items(PyDict d) {
            PyObject list = Abstract.callMethod(d, "items");
            PyList l = list instanceof PyList pl ? pl : PyList.fromIterable(list);
            if (sortKeys) {
                l.sort(null, false);
            }
            return l.toArray();
        }

        /** The key as JSON object keys spell it, or null to skip it. */
        private String keyText(PyObject k) {
            if (k instanceof PyStr s) {
                return s.value();
            }
            if (k instanceof PyFloat f) {
                return floatText(f);
            }
            if (k == PyBool.TRUE) {
                return "true";
            }
            if (k == PyBool.FALSE) {
                return "false";
            }
            if (k == PyNone.NONE) {
                return "null";
            }
            if (k instanceof PyInt i) {
                return intText(i);
            }
            if (skipKeys) {
                return null;
            }
            throw PyErr.typeError("keys must be str, int, float, bool or None, not %.100s", PyErr.typeName(k));
        }
    }
}
