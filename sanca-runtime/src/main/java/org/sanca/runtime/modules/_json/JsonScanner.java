package org.sanca.runtime.modules._json;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyType;

/**
 * {@code _json.Scanner} ({@code json.scanner.make_scanner}): CPython's {@code PyScannerType}.
 * Made from a decoder, whose options it reads once; calling it with a string and a position
 * returns the value there and the position after it, or raises StopIteration(position).
 */
public final class JsonScanner extends PyObject {
    public static final PyType TYPE = PyType.builtin("_json.Scanner", JsonScanner.class, PyType.OBJECT, 0, t -> {
        t.tp_new = JsonScanner::make;
        t.tp_call = JsonScanner::call;
    });

    final boolean strict;
    final PyObject objectHook;
    final PyObject pairsHook;
    final PyObject parseFloat;
    final PyObject parseInt;
    final PyObject parseConstant;

    private JsonScanner(PyObject ctx) {
        strict = Abstract.isTrue(attr(ctx, "strict"));
        objectHook = attr(ctx, "object_hook");
        pairsHook = attr(ctx, "object_pairs_hook");
        parseFloat = attr(ctx, "parse_float");
        parseInt = attr(ctx, "parse_int");
        parseConstant = attr(ctx, "parse_constant");
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private static PyObject attr(PyObject o, String name) {
        return Abstract.getAttr(o, PyStr.of(name));
    }

    private static PyObject make(PyObject type, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0 && !kwnames[0].equals("context")) {
            throw PyErr.typeError("'%s' is an invalid keyword argument for Scanner()", kwnames[0]);
        }
        if (args.length != 1) {
            throw PyErr.typeError("Scanner() takes exactly 1 argument (%d given)", args.length);
        }
        return new JsonScanner(args[0]);
    }

    private static PyObject call(PyObject self, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("scanner() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyErr.typeError("scanner expected 2 arguments, got %d", args.length);
        }
        if (!(args[0] instanceof PyStr s)) {
            throw PyErr.typeError("first argument must be a string, not %.80s", PyErr.typeName(args[0]));
        }
        int idx = Abstract.index(args[1]).intValue();
        if (idx < 0) {
            throw PyErr.valueError("idx cannot be negative");
        }
        if (idx >= s.length()) {
            throw ((PyBaseException) Abstract.call(PyExc.StopIteration, PyInt.of(idx))).toJava();
        }
        JsonParse p = new JsonParse(s, (JsonScanner) self);
        PyObject value = p.scan(p.charIndex(idx));
        return PyTuple.of(value, PyInt.of(p.position(p.end)));
    }
}
