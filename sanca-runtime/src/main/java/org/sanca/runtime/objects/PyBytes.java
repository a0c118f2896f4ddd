package org.sanca.runtime.objects;

import java.nio.charset.StandardCharsets;

import org.sanca.runtime.objects.codecs.Codecs;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code bytes}: CPython's {@code Objects/bytesobject.c}, an immutable byte array. The text-like
 * methods work on the bytes read as Latin-1 characters, which maps each byte to the code point
 * of the same value, so the {@code str} algorithms serve both.
 */
public class PyBytes extends PyObject {
    public static final PyType TYPE = PyType.builtin("bytes", PyBytes.class, PyType.OBJECT, PyType.BASETYPE, BytesSlots::fill);

    final byte[] value;

    public PyBytes(byte[] value) {
        this.value = value;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The bytes; read them, never write them. */
    @PyMethod(value = "($self, /)", name = "__getnewargs__", textSignature = false)
    PyObject getnewargs() {
        return PyTuple.of(new PyBytes(value));
    }

    public byte[] value() {
        return value;
    }

    /** The bytes of a bytes-like object (bytes, bytearray), or null when {@code o} is not one. */
    public static byte[] bufferOrNull(PyObject o) {
        if (o instanceof PyBytes b) {
            return b.value;
        }
        if (o instanceof PyByteArray a) {
            return a.toArray();
        }
        if (o instanceof PyMemoryView m) {
            return m.toArray();
        }
        if (o instanceof BufferExporter e) {
            return e.exportBytes();
        }
        PyMemoryView exported = BufferProtocol.acquire(o, 0);
        if (exported == null) {
            return null;
        }
        try {
            return exported.toArray();
        } finally {
            BufferProtocol.release(o, exported);
        }
    }

    /** The bytes of a bytes-like argument, or TypeError "a bytes-like object is required, not 'X'". */
    static byte[] buffer(PyObject o) {
        byte[] b = bufferOrNull(o);
        if (b == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", PyErr.typeName(o));
        }
        return b;
    }

    /** The bytes as a Latin-1 Java string: char i is byte i. */
    String latin1() {
        return new String(value, StandardCharsets.ISO_8859_1);
    }

    static PyBytes ofLatin1(String s) {
        return new PyBytes(s.getBytes(StandardCharsets.ISO_8859_1));
    }

    /** A bytes-like argument (or tuple of them) as Latin-1 str for the shared text algorithms. */
    static PyObject asText(PyObject o) {
        if (o instanceof PyTuple t) {
            PyObject[] items = new PyObject[t.size()];
            for (int i = 0; i < items.length; i++) {
                items[i] = asText(t.get(i));
            }
            return PyTuple.of(items);
        }
        if (o == null || o == PyNone.NONE || o instanceof PyInt) {
            return o;
        }
        return PyStr.of(new String(buffer(o), StandardCharsets.ISO_8859_1));
    }

    /** A sub-sequence argument of find/count/index: bytes-like, or an int naming one byte. */
    static PyObject subText(PyObject o) {
        if (o instanceof PyInt || o.type().nb_index != null && bufferOrNull(o) == null) {
            return PyStr.ofCodePoint(BytesSlots.byteValue(o));
        }
        if (bufferOrNull(o) == null) {
            throw PyErr.typeError("argument should be integer or bytes-like object, not '%s'", PyErr.typeName(o));
        }
        return asText(o);
    }

    private PyStr text() {
        return PyStr.of(latin1());
    }

    private static PyObject back(PyObject r) {
        return mapLeaves(r, x -> x instanceof PyStr s ? ofLatin1(s.value()) : x);
    }

    /** {@code r} with {@code f} applied to each item of a list or tuple result (or to r itself otherwise). */
    static PyObject mapLeaves(PyObject r, java.util.function.UnaryOperator<PyObject> f) {
        if (r instanceof PyList l) {
            PyObject[] items = l.toArray();
            for (int i = 0; i < items.length; i++) {
                items[i] = f.apply(items[i]);
            }
            return new PyList(items);
        }
        if (r instanceof PyTuple t) {
            PyObject[] items = t.items().clone();
            for (int i = 0; i < items.length; i++) {
                items[i] = f.apply(items[i]);
            }
            return PyTuple.of(items);
        }
        return f.apply(r);
    }

    @PyMethod(value = "($self, /, encoding='utf-8', errors='strict')", doc = "Decode the bytes using the codec registered for encoding.")
    public PyStr decode(PyObject encoding, PyObject errors) {
        return Codecs.decode(value, 0, value.length, encoding, errors);
    }

    @PyMethod(value = "($self, /, sep=<unrepresentable>, bytes_per_sep=1)", doc = "Create a string of hexadecimal numbers from a bytes object.")
    public PyStr hex(PyObject sep, PyObject bytesPerSep) {
        return PyStr.of(BytesHex.hex(value, sep, bytesPerSep));
    }

    @PyMethod(value = "($type, string, /)", kind = PyMethod.Kind.CLASS, doc = "Create a bytes object from a string of hexadecimal numbers.")
    static PyObject fromhex(PyObject type, PyObject string) {
        byte[] b = BytesHex.fromhex(string);
        return type == TYPE ? new PyBytes(b) : Abstract.call(type, new PyBytes(b));
    }

    @PyMethod(value = "($self, iterable_of_bytes, /)", doc = "Concatenate any number of bytes objects.")
    public PyObject join(PyObject iterable) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        if (iterable.type().tp_iter == null && iterable.type().sq_item == null) {
            throw PyErr.typeError("can only join an iterable");
        }
        PyObject it = Abstract.getIter(iterable);
        int i = 0;
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it), i++) {
            byte[] b = bufferOrNull(x);
            if (b == null) {
                throw PyErr.typeError("sequence item %d: expected a bytes-like object, %s found", i, PyErr.typeName(x));
            }
            if (i > 0) {
                out.writeBytes(value);
            }
            out.writeBytes(b);
        }
        return new PyBytes(out.toByteArray());
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)", textSignature = false)
    public int find(PyObject sub, PyObject start, PyObject end) {
        return text().find(subText(sub), start, end);
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)", textSignature = false)
    public int rfind(PyObject sub, PyObject start, PyObject end) {
        return text().rfind(subText(sub), start, end);
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)", textSignature = false)
    public int index(PyObject sub, PyObject start, PyObject end) {
        return found(text().find(subText(sub), start, end));
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)", textSignature = false)
    public int rindex(PyObject sub, PyObject start, PyObject end) {
        return found(text().rfind(subText(sub), start, end));
    }

    private static int found(int i) {
        if (i < 0) {
            throw PyErr.valueError("subsection not found");
        }
        return i;
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)", textSignature = false)
    public int count(PyObject sub, PyObject start, PyObject end) {
        return text().count(subText(sub), start, end);
    }

    @PyMethod(getargs = true, value = "($self, prefix, start=None, end=None, /)", textSignature = false)
    public boolean startswith(PyObject prefix, PyObject start, PyObject end) {
        if (prefix instanceof PyTuple t) {
            for (PyObject p : t.items()) {
                if (text().startswith(asText(p), start, end)) {
                    return true;
                }
            }
            return false;
        }
        return text().startswith(affix(prefix, "startswith"), start, end);
    }

    @PyMethod(getargs = true, value = "($self, suffix, start=None, end=None, /)", textSignature = false)
    public boolean endswith(PyObject suffix, PyObject start, PyObject end) {
        if (suffix instanceof PyTuple t) {
            for (PyObject s : t.items()) {
                if (text().endswith(asText(s), start, end)) {
                    return true;
                }
            }
            return false;
        }
        return text().endswith(affix(suffix, "endswith"), start, end);
    }

    private static PyObject affix(PyObject o, String name) {
        if (!(o instanceof PyTuple) && bufferOrNull(o) == null) {
            throw PyErr.typeError("%s first arg must be bytes or a tuple of bytes, not %s", name, PyErr.typeName(o));
        }
        return asText(o);
    }

    @PyMethod(value = "($self, old, new, count=-1, /)")
    public PyObject replace(PyObject old, PyObject replacement, PyObject count) {
        return back(text().replace(asText(old), asText(replacement), count));
    }

    @PyMethod(value = "($self, /, sep=None, maxsplit=-1)")
    public PyObject split(PyObject sep, PyObject maxsplit) {
        return back(text().split(separator(sep), maxsplit, PyBytes::isSpace));
    }

    @PyMethod(value = "($self, /, sep=None, maxsplit=-1)")
    public PyObject rsplit(PyObject sep, PyObject maxsplit) {
        return back(text().rsplit(separator(sep), maxsplit, PyBytes::isSpace));
    }

    @PyMethod(value = "($self, /, keepends=False)")
    public PyObject splitlines(PyObject keepends) {
        boolean keep = Abstract.isTrue(keepends);
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        int n = value.length;
        int i = 0;
        while (i < n) {
            int j = i;
            while (j < n && value[j] != '\n' && value[j] != '\r') {
                j++;
            }
            int eol = j < n ? (value[j] == '\r' && j + 1 < n && value[j + 1] == '\n' ? j + 2 : j + 1) : j;
            out.add(new PyBytes(java.util.Arrays.copyOfRange(value, i, keep ? eol : j)));
            i = eol;
        }
        return new PyList(out.toArray(new PyObject[0]));
    }

    @PyMethod(value = "($self, sep, /)")
    public PyObject partition(PyObject sep) {
        return keepSeparator(back(text().partition(asText(sep))), sep);
    }

    @PyMethod(value = "($self, sep, /)")
    public PyObject rpartition(PyObject sep) {
        return keepSeparator(back(text().rpartition(asText(sep))), sep);
    }

    /** A found separator is the argument object itself, as CPython returns it. */
    private static PyObject keepSeparator(PyObject parts, PyObject sep) {
        PyObject[] items = ((PyTuple) parts).items().clone();
        if (((PyBytes) items[1]).value.length > 0) {
            items[1] = sep;
        }
        return PyTuple.of(items);
    }

    private static PyObject separator(PyObject sep) {
        if (sep != PyNone.NONE && bufferOrNull(sep) == null) {
            throw PyErr.typeError("a bytes-like object is required, not '%s'", PyErr.typeName(sep));
        }
        return asText(sep);
    }

    /** The ASCII whitespace of {@code bytes.isspace}: space, \t \n \v \f \r. */
    static boolean isSpace(int c) {
        return c == ' ' || c >= 9 && c <= 13;
    }

    private static PyObject stripSet(PyObject chars) {
        return chars == null || chars == PyNone.NONE ? PyStr.of(" \t\n\013\f\r") : asText(chars);
    }

    @PyMethod(value = "($self, bytes=None, /)")
    public PyObject strip(PyObject chars) {
        return back(text().strip(stripSet(chars)));
    }

    @PyMethod(value = "($self, bytes=None, /)")
    public PyObject lstrip(PyObject chars) {
        return back(text().lstrip(stripSet(chars)));
    }

    @PyMethod(value = "($self, bytes=None, /)")
    public PyObject rstrip(PyObject chars) {
        return back(text().rstrip(stripSet(chars)));
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public PyObject upper() {
        return ofLatin1(BytesCase.map(latin1(), true));
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public PyObject lower() {
        return ofLatin1(BytesCase.map(latin1(), false));
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public PyObject swapcase() {
        return ofLatin1(BytesCase.swapcase(latin1()));
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public PyObject title() {
        return ofLatin1(BytesCase.title(latin1()));
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public PyObject capitalize() {
        return ofLatin1(BytesCase.capitalize(latin1()));
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public boolean islower() {
        return BytesCase.cased(value, true);
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public boolean isupper() {
        return BytesCase.cased(value, false);
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public boolean istitle() {
        return BytesCase.istitle(value);
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public boolean isalnum() {
        return BytesCase.all(value, c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9');
    }

    @PyMethod(value = "($self, width, fillchar=b' ', /)")
    public PyObject center(PyObject width, PyObject fillchar) {
        return back(text().center(width, fill(fillchar, "center")));
    }

    @PyMethod(value = "($self, width, fillchar=b' ', /)")
    public PyObject ljust(PyObject width, PyObject fillchar) {
        return back(text().ljust(width, fill(fillchar, "ljust")));
    }

    @PyMethod(value = "($self, width, fillchar=b' ', /)")
    public PyObject rjust(PyObject width, PyObject fillchar) {
        return back(text().rjust(width, fill(fillchar, "rjust")));
    }

    private static PyObject fill(PyObject fillchar, String method) {
        if (fillchar == null) {
            return PyStr.of(" ");
        }
        byte[] b = bufferOrNull(fillchar);
        if (b == null || b.length != 1) {
            throw PyErr.typeError("%s() argument 2 must be a byte string of length 1, not %s", method,
                    PyErr.typeName(fillchar));
        }
        return asText(fillchar);
    }

    @PyMethod(value = "($self, width, /)")
    public PyObject zfill(PyObject width) {
        return back(text().zfill(width));
    }

    @PyMethod(value = "($self, /, tabsize=8)")
    public PyObject expandtabs(PyObject tabsize) {
        return back(text().expandtabs(tabsize));
    }

    @PyMethod(value = "($self, prefix, /)")
    public PyObject removeprefix(PyObject prefix) {
        return back(text().removeprefix(asText(prefix)));
    }

    @PyMethod(value = "($self, suffix, /)")
    public PyObject removesuffix(PyObject suffix) {
        return back(text().removesuffix(asText(suffix)));
    }

    @PyMethod(value = "($self, table, /, delete=b'')")
    public PyObject translate(PyObject table, PyObject delete) {
        return new PyBytes(BytesCase.translate(value, table, delete == null ? new PyBytes(new byte[0]) : delete));
    }

    @PyMethod(value = "(frm, to, /)", kind = PyMethod.Kind.STATIC, doc = "Return a translation table usable for the bytes or bytearray translate method.")
    static PyObject maketrans(PyObject unbound, PyObject frm, PyObject to) {
        return new PyBytes(BytesCase.maketrans(frm, to));
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public boolean isdigit() {
        return BytesCase.all(value, c -> c >= '0' && c <= '9');
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public boolean isalpha() {
        return BytesCase.all(value, c -> c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z');
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public boolean isspace() {
        return BytesCase.all(value, PyBytes::isSpace);
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    public boolean isascii() {
        for (byte b : value) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return BytesSlots.repr(value);
    }
}
