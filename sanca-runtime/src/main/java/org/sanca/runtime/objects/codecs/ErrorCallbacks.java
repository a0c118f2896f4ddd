package org.sanca.runtime.objects.codecs;

import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.Map;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.StrRepr;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyMethod;

/**
 * The error handlers as Python callables ({@code codecs.lookup_error('replace')} and friends,
 * taking the Unicode error and returning the replacement and where to resume), and the calls
 * the builtin codecs make to handlers a program registered: CPython's {@code Python/codecs.c}.
 */
public final class ErrorCallbacks {
    private static final Map<String, PyObject> BUILTINS = new HashMap<>();

    static {
        for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(ErrorCallbacks.class, null)) {
            String name = f.def.name;
            BUILTINS.put(name.endsWith("_errors") ? name.substring(0, name.length() - "_errors".length()) : name, f);
        }
    }

    private ErrorCallbacks() {
    }

    static PyObject builtin(String name) {
        return BUILTINS.get(name);
    }

    private static int intAttr(PyObject exc, String name) {
        return (int) Abstract.index(Abstract.getAttr(exc, PyStr.of(name))).value;
    }

    private static PyObject attr(PyObject exc, String name) {
        return Abstract.getAttr(exc, PyStr.of(name));
    }

    private static boolean is(PyObject exc, PyObject type) {
        return exc.type().isSubtype((org.sanca.runtime.types.PyType) type);
    }

    private static PyException wrongType(PyObject exc) {
        return PyErr.typeError("don't know how to handle %s in error callback", PyErr.typeName(exc));
    }

    private static PyObject result(String replacement, int end) {
        return PyTuple.of(PyStr.of(replacement), PyInt.of(end));
    }

    /** The text of the str {@code object[start:end]} of an encode or translate error, by code point. */
    private static int[] codePoints(PyObject exc) {
        String s = ((PyStr) attr(exc, "object")).value();
        int start = Math.max(0, intAttr(exc, "start"));
        int end = intAttr(exc, "end");
        return s.codePoints().skip(start).limit(Math.max(0, end - start)).toArray();
    }

    @PyMethod("($module, exception, /)")
    static PyObject strict_errors(PyObject exc) {
        if (exc instanceof PyBaseException e) {
            throw e.toJava();
        }
        throw PyErr.typeError("codec must pass exception instance");
    }

    @PyMethod("($module, exception, /)")
    static PyObject ignore_errors(PyObject exc) {
        if (!is(exc, PyExc.UnicodeError)) {
            throw wrongType(exc);
        }
        return result("", intAttr(exc, "end"));
    }

    @PyMethod("($module, exception, /)")
    static PyObject replace_errors(PyObject exc) {
        if (!is(exc, PyExc.UnicodeError)) {
            throw wrongType(exc);
        }
        int end = intAttr(exc, "end");
        if (is(exc, PyExc.UnicodeDecodeError)) {
            return result("\ufffd", end);
        }
        if (!is(exc, PyExc.UnicodeEncodeError) && !is(exc, PyExc.UnicodeTranslateError)) {
            throw wrongType(exc);
        }
        String r = is(exc, PyExc.UnicodeEncodeError) ? "?" : "\ufffd";
        return result(r.repeat(codePoints(exc).length), end);
    }

    @PyMethod("($module, exception, /)")
    static PyObject backslashreplace_errors(PyObject exc) {
        if (!is(exc, PyExc.UnicodeError)) {
            throw wrongType(exc);
        }
        int end = intAttr(exc, "end");
        StringBuilder b = new StringBuilder();
        if (is(exc, PyExc.UnicodeDecodeError)) {
            byte[] data = PyBytes.bufferOrNull(attr(exc, "object"));
            for (int i = Math.max(0, intAttr(exc, "start")); i < end && i < data.length; i++) {
                b.append(String.format("\\x%02x", data[i] & 0xff));
            }
            return result(b.toString(), end);
        }
        if (!is(exc, PyExc.UnicodeEncodeError) && !is(exc, PyExc.UnicodeTranslateError)) {
            throw wrongType(exc);
        }
        for (int cp : codePoints(exc)) {
            b.append(StrRepr.escape(cp));
        }
        return result(b.toString(), end);
    }

    @PyMethod("($module, exception, /)")
    static PyObject xmlcharrefreplace_errors(PyObject exc) {
        if (!is(exc, PyExc.UnicodeEncodeError)) {
            throw wrongType(exc);
        }
        StringBuilder b = new StringBuilder();
        for (int cp : codePoints(exc)) {
            b.append("&#").append(cp).append(';');
        }
        return result(b.toString(), intAttr(exc, "end"));
    }

    @PyMethod("($module, exception, /)")
    static PyObject namereplace_errors(PyObject exc) {
        if (!is(exc, PyExc.UnicodeEncodeError)) {
            throw wrongType(exc);
        }
        StringBuilder b = new StringBuilder();
        for (int cp : codePoints(exc)) {
            b.append(ErrorHandlers.nameEscape(cp));
        }
        return result(b.toString(), intAttr(exc, "end"));
    }

    @PyMethod("($module, exception, /)")
    static PyObject surrogateescape(PyObject exc) {
        if (!is(exc, PyExc.UnicodeError)) {
            throw wrongType(exc);
        }
        int start = intAttr(exc, "start");
        int end = intAttr(exc, "end");
        if (is(exc, PyExc.UnicodeEncodeError)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int cp : codePoints(exc)) {
                if (cp < 0xdc80 || cp > 0xdcff) {
                    throw ((PyBaseException) exc).toJava();
                }
                out.write(cp - 0xdc00);
            }
            return PyTuple.of(new PyBytes(out.toByteArray()), PyInt.of(end));
        }
        if (!is(exc, PyExc.UnicodeDecodeError)) {
            throw wrongType(exc);
        }
        byte[] data = PyBytes.bufferOrNull(attr(exc, "object"));
        StringBuilder b = new StringBuilder();
        int i = start;
        for (; i < end && i < start + 4; i++) {
            int v = data[i] & 0xff;
            if (v < 128) {
                break;
            }
            b.append((char) (0xdc00 + v));
        }
        if (b.length() == 0) {
            throw ((PyBaseException) exc).toJava();
        }
        return result(b.toString(), i);
    }

    @PyMethod("($module, exception, /)")
    static PyObject surrogatepass(PyObject exc) {
        if (!is(exc, PyExc.UnicodeError)) {
            throw wrongType(exc);
        }
        String enc = Codecs.canonical(((PyStr) attr(exc, "encoding")).value());
        int start = intAttr(exc, "start");
        int end = intAttr(exc, "end");
        if (is(exc, PyExc.UnicodeEncodeError)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            for (int cp : codePoints(exc)) {
                if (cp < 0xd800 || cp > 0xdfff || enc == null || enc.equals("ascii") || enc.equals("latin-1")) {
                    throw ((PyBaseException) exc).toJava();
                }
                Codecs.put(out, cp, enc.equals("utf-16") ? "utf-16-le" : enc.equals("utf-32") ? "utf-32-le" : enc);
            }
            return PyTuple.of(new PyBytes(out.toByteArray()), PyInt.of(end));
        }
        if (!is(exc, PyExc.UnicodeDecodeError)) {
            throw wrongType(exc);
        }
        byte[] data = PyBytes.bufferOrNull(attr(exc, "object"));
        int cp = Decoder.surrogateAt(data, start, enc);
        if (cp < 0) {
            throw ((PyBaseException) exc).toJava();
        }
        int width = enc.startsWith("utf-16") ? 2 : enc.startsWith("utf-32") ? 4 : 3;
        return result(String.valueOf((char) cp), start + width);
    }

    /** Calls a program's handler for an encode error; writes its replacement, returns where to resume (code point index). */
    static int encode(PyObject handler, PyBaseException exc, ByteArrayOutputStream out, String enc, int length) {
        PyObject r = Abstract.call(handler, exc);
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr || t.get(0) instanceof PyBytes)
                || !(t.get(1) instanceof PyInt)) {
            throw PyErr.typeError("encoding error handler must return (str/bytes, int) tuple");
        }
        if (t.get(0) instanceof PyBytes b) {
            out.writeBytes(b.value());
        } else {
            String rep = ((PyStr) t.get(0)).value();
            int limit = enc.equals("ascii") ? 128 : enc.equals("latin-1") ? 256 : 0x110000;
            for (int i = 0; i < rep.length(); ) {
                int cp = rep.codePointAt(i);
                i += Character.charCount(cp);
                if (cp >= limit || Character.isSurrogate((char) cp) && cp < 0x10000) {
                    throw exc.toJava();
                }
                Codecs.put(out, cp, enc);
            }
        }
        return position(((PyInt) t.get(1)), length);
    }

    /** Calls a program's handler for a decode error; appends its replacement, returns where to resume (byte index). */
    static int decode(PyObject handler, PyBaseException exc, StringBuilder out, int length) {
        PyObject r = Abstract.call(handler, exc);
        if (!(r instanceof PyTuple t) || t.size() != 2 || !(t.get(0) instanceof PyStr) || !(t.get(1) instanceof PyInt)) {
            throw PyErr.typeError("decoding error handler must return (str, int) tuple");
        }
        out.append(((PyStr) t.get(0)).value());
        return position(((PyInt) t.get(1)), length);
    }

    private static int position(PyInt pos, int length) {
        long p = pos.big != null ? Long.MAX_VALUE : pos.value;
        if (p < 0) {
            p += length;
        }
        if (p < 0 || p > length) {
            throw PyErr.format(PyExc.IndexError, "position %s from error handler out of bounds", Abstract.str(pos).value());
        }
        return (int) p;
    }
}
