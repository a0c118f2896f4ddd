package org.sanca.runtime.objects;

import java.util.Arrays;

import org.sanca.runtime.types.PyType;

/**
 * Construction and str of the exceptions whose arguments fill named members
 * ({@code Objects/exceptions.c}): SyntaxError, ImportError, AttributeError, NameError and the
 * Unicode errors.
 */
final class ExceptionFields {
    static final String[] SYNTAX_ERROR = {"msg", "filename", "lineno", "offset", "text", "end_lineno", "end_offset",
        "print_file_and_line"};
    static final String[] IMPORT_ERROR = {"msg", "name", "path"};
    static final String[] UNICODE_ERROR = {"encoding", "object", "start", "end", "reason"};

    private ExceptionFields() {
    }

    static void fillSyntaxError(PyType t) {
        t.tp_init = (self, args, kw) -> {
            ExceptionSlots.noKeywords(self, kw);
            PyBaseException e = (PyBaseException) self;
            e.setArgs(PyTuple.of(args.clone()));
            if (args.length >= 1) {
                e.setMember(0, args[0]);
            }
            if (args.length == 2) {
                PyObject[] info = Sequences.toArray(args[1]);
                if (info.length < 4 || info.length > 6) {
                    throw PyErr.typeError("function takes %s %d arguments (%d given)", info.length < 4 ? "at least" : "at most",
                            info.length < 4 ? 4 : 6, info.length);
                }
                for (int i = 0; i < info.length; i++) {
                    e.setMember(i + 1, info[i]);
                }
            }
            return PyNone.NONE;
        };
        t.tp_str = self -> syntaxErrorStr((PyBaseException) self);
    }

    private static PyObject syntaxErrorStr(PyBaseException e) {
        PyObject msg = e.member(0);
        PyObject filename = e.member(1);
        PyObject lineno = e.member(2);
        String file = filename instanceof PyStr s ? s.value().substring(s.value().lastIndexOf('/') + 1) : null;
        boolean hasLine = lineno.type() == PyInt.TYPE;
        String m = Abstract.str(msg).value();
        if (file != null && hasLine) {
            return PyStr.of(m + " (" + file + ", line " + Abstract.str(lineno).value() + ")");
        }
        if (file != null) {
            return PyStr.of(m + " (" + file + ")");
        }
        if (hasLine) {
            return PyStr.of(m + " (line " + Abstract.str(lineno).value() + ")");
        }
        return PyStr.of(m);
    }

    static void fillImportError(PyType t) {
        t.tp_init = (self, args, kw) -> {
            PyBaseException e = (PyBaseException) self;
            int npos = keywords(e, args, kw, 1, "name", "path");
            PyObject[] pos = Arrays.copyOf(args, npos);
            e.setArgs(PyTuple.of(pos));
            e.setMember(0, pos.length == 1 ? pos[0] : PyNone.NONE);
            return PyNone.NONE;
        };
        t.tp_str = self -> {
            PyBaseException e = (PyBaseException) self;
            PyObject msg = e.member(0);
            return msg != PyNone.NONE ? Abstract.str(msg) : ExceptionSlots.str(e);
        };
    }

    static void fillNameError(String name, PyType t) {
        t.tp_init = (self, args, kw) -> {
            PyBaseException e = (PyBaseException) self;
            int npos = name.equals("NameError") ? keywords(e, args, kw, 0, "name") : keywords(e, args, kw, 0, "name", "obj");
            e.setArgs(PyTuple.of(Arrays.copyOf(args, npos)));
            return PyNone.NONE;
        };
    }

    /**
     * Stores the keyword arguments named {@code allowed} into the members from {@code offset}
     * on, in that order, and returns the count of positional arguments.
     */
    private static int keywords(PyBaseException e, PyObject[] args, String[] kw, int offset, String... allowed) {
        int nkw = kw == null ? 0 : kw.length;
        int npos = args.length - nkw;
        if (nkw > allowed.length) {
            throw PyErr.typeError("%s() takes at most %d keyword argument%s (%d given)", e.type().getName(), allowed.length,
                    allowed.length == 1 ? "" : "s", nkw);
        }
        for (int k = 0; k < nkw; k++) {
            int ix = Arrays.asList(allowed).indexOf(kw[k]);
            if (ix < 0) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", kw[k], e.type().getName());
            }
            e.setMember(ix + offset, args[npos + k]);
        }
        return npos;
    }

    static void fillUnicodeError(String name, PyType t) {
        boolean translate = name.equals("UnicodeTranslateError");
        t.tp_init = (self, args, kw) -> {
            ExceptionSlots.noKeywords(self, kw);
            PyBaseException e = (PyBaseException) self;
            int n = translate ? 4 : 5;
            if (args.length != n) {
                throw PyErr.typeError("function takes exactly %d arguments (%d given)", n, args.length);
            }
            e.setArgs(PyTuple.of(args.clone()));
            int a = 0;
            e.setMember(0, translate ? PyNone.NONE : requireStr(args[a++], 1));
            PyObject object = args[a++];
            if (name.equals("UnicodeDecodeError")) {
                byte[] b = PyBytes.bufferOrNull(object);
                if (b == null) {
                    throw PyErr.typeError("a bytes-like object is required, not '%s'", PyErr.typeName(object));
                }
                object = object.type() == PyBytes.TYPE ? object : new PyBytes(b.clone());
            } else {
                requireStr(object, a);
            }
            e.setMember(1, object);
            e.setMember(2, Abstract.index(args[a++]));
            e.setMember(3, Abstract.index(args[a++]));
            e.setMember(4, requireStr(args[a], a + 1));
            return PyNone.NONE;
        };
        t.tp_str = self -> PyStr.of(unicodeErrorStr(name, (PyBaseException) self));
    }

    private static PyObject requireStr(PyObject o, int position) {
        if (!(o instanceof PyStr)) {
            throw PyErr.typeError("argument %d must be str, not %s", position, PyErr.typeName(o));
        }
        return o;
    }

    private static String unicodeErrorStr(String name, PyBaseException e) {
        if (e.memberOrNull(1) == null) {
            return ExceptionSlots.str(e).value();
        }
        String encoding = Abstract.str(e.member(0)).value();
        PyObject object = e.member(1);
        long start = Abstract.indexValue(e.member(2));
        long end = Abstract.indexValue(e.member(3));
        String reason = Abstract.str(e.member(4)).value();
        int len = Abstract.len(object);
        boolean single = start >= 0 && start < len && end == start + 1;
        String range = "in position " + start + (single ? "" : "-" + (end - 1)) + ": " + reason;
        if (name.equals("UnicodeDecodeError")) {
            if (single) {
                int b = PyBytes.bufferOrNull(object)[(int) start] & 0xff;
                return String.format("'%s' codec can't decode byte 0x%02x %s", encoding, b, range);
            }
            return "'" + encoding + "' codec can't decode bytes " + range;
        }
        String what = single ? "character '" + escape(((PyStr) object).value(), (int) start) + "' " : "characters ";
        if (name.equals("UnicodeEncodeError")) {
            return "'" + encoding + "' codec can't encode " + what + range;
        }
        return "can't translate " + what + range;
    }

    private static String escape(String s, int index) {
        int cp = s.codePointAt(s.offsetByCodePoints(0, index));
        if (cp <= 0xff) {
            return String.format("\\x%02x", cp);
        }
        return cp <= 0xffff ? String.format("\\u%04x", cp) : String.format("\\U%08x", cp);
    }
}
