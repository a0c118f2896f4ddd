package org.sanca.runtime.objects;

import java.util.Arrays;

import org.sanca.runtime.objects.codecs.Codecs;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code bytearray}: CPython's {@code Objects/bytearrayobject.c}, a mutable byte sequence. Each
 * operation holds the object's lock; the text-like methods work on a snapshot, as those of
 * {@link PyBytes} do, and give bytearrays.
 */
public class PyByteArray extends PyObject implements BufferExporter {
    public static final PyType TYPE = PyType.builtin("bytearray", PyByteArray.class, PyType.OBJECT, PyType.BASETYPE,
            ByteArraySlots::fill);

    private byte[] data;
    private int size;
    /** The memoryviews holding this bytearray's memory; null until the first is made. */
    private BufferExports exports;

    public PyByteArray(byte[] value) {
        this.data = value;
        this.size = value.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** A copy of the contents. */
    public synchronized byte[] toArray() {
        return Arrays.copyOf(data, size);
    }

    public synchronized int size() {
        return size;
    }

    synchronized int get(int i) {
        return data[i] & 0xff;
    }

    synchronized void set(int i, int v) {
        data[i] = (byte) v;
    }

    /** Replaces bytes [lo, hi) with {@code repl}. */
    synchronized void replaceRange(int lo, int hi, byte[] repl) {
        int n = size - (hi - lo) + repl.length;
        checkResize(n);
        byte[] out = n <= data.length ? data : Arrays.copyOf(data, Math.max(n, data.length * 2));
        System.arraycopy(data, hi, out, lo + repl.length, size - hi);
        System.arraycopy(repl, 0, out, lo, repl.length);
        data = out;
        size = n;
    }

    synchronized void setAll(byte[] value) {
        checkResize(value.length);
        data = value;
        size = value.length;
    }

    /** BufferError when a memoryview holds this bytearray and {@code newSize} would change its size. */
    private void checkResize(int newSize) {
        if (newSize != size) {
            BufferExports.checkResizable(exports, "Existing exports of data: object cannot be re-sized");
        }
    }

    @Override
    public byte[] exportBytes() {
        return toArray();
    }

    @Override
    public int exportLength() {
        return size();
    }

    @Override
    public int exportByte(int i) {
        return get(i);
    }

    @Override
    public synchronized void exportRange(int pos, byte[] dst, int off, int len) {
        System.arraycopy(data, pos, dst, off, len);
    }

    @Override
    public void importByte(int i, int v) {
        set(i, v);
    }

    @Override
    public synchronized void importBytes(int pos, byte[] src) {
        System.arraycopy(src, 0, data, pos, src.length);
    }

    @Override
    public char exportFormat() {
        return 'B';
    }

    @Override
    public synchronized BufferExports exports() {
        if (exports == null) {
            exports = new BufferExports(null);
        }
        return exports;
    }

    private PyBytes snapshot() {
        return new PyBytes(toArray());
    }

    private static PyObject asByteArray(PyObject r) {
        return PyBytes.mapLeaves(r, x -> x instanceof PyBytes b ? new PyByteArray(b.value().clone()) : x);
    }

    @PyMethod(value = "($self, item, /)", doc = "Append a single item to the end of the bytearray.")
    void append(PyObject item) {
        int v = BytesSlots.byteValue(item);
        synchronized (this) {
            replaceRange(size, size, new byte[] {(byte) v});
        }
    }

    @PyMethod(value = "($self, iterable_of_ints, /)", doc = "Append all the items from the iterator or sequence to the end of the bytearray.")
    void extend(PyObject iterable) {
        byte[] b = PyBytes.bufferOrNull(iterable);
        if (b == null) {
            if (iterable.type().tp_iter == null && iterable.type().sq_item == null) {
                throw PyErr.typeError("can't extend bytearray with %s", PyErr.typeName(iterable));
            }
            java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
            PyObject it = Abstract.getIter(iterable);
            for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
                out.write(BytesSlots.byteValue(x));
            }
            b = out.toByteArray();
        }
        synchronized (this) {
            replaceRange(size, size, b);
        }
    }

    @PyMethod(value = "($self, index, item, /)", doc = "Insert a single item into the bytearray before the given index.")
    synchronized void insert(PyObject index, PyObject item) {
        long i = Abstract.indexValue(index);
        int v = BytesSlots.byteValue(item);
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        i = Math.min(i, size);
        replaceRange((int) i, (int) i, new byte[] {(byte) v});
    }

    @PyMethod(value = "($self, index=-1, /)", doc = "Remove and return a single item from B.")
    synchronized int pop(PyObject index) {
        if (size == 0) {
            throw PyErr.format(PyExc.IndexError, "pop from empty bytearray");
        }
        int i = Sequences.checkIndex(index, size, "pop index out of range");
        int v = data[i] & 0xff;
        replaceRange(i, i + 1, new byte[0]);
        return v;
    }

    @PyMethod(value = "($self, value, /)", doc = "Remove the first occurrence of a value in the bytearray.")
    synchronized void remove(PyObject value) {
        int v = BytesSlots.byteValue(value);
        for (int i = 0; i < size; i++) {
            if ((data[i] & 0xff) == v) {
                replaceRange(i, i + 1, new byte[0]);
                return;
            }
        }
        throw PyErr.valueError("value not found in bytearray");
    }

    @PyMethod(value = "($self, /)", doc = "Reverse the order of the values in B in place.")
    synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            byte t = data[i];
            data[i] = data[j];
            data[j] = t;
        }
    }

    @PyMethod(value = "($self, /)", doc = "Return state information for pickling.")
    PyObject __reduce__() {
        return reduceFor(0);
    }

    @PyMethod(value = "($self, proto=0, /)", doc = "Return state information for pickling.")
    PyObject __reduce_ex__(PyObject proto) {
        return reduceFor(Abstract.indexValue(proto));
    }

    /** {@code _common_reduce}: a latin-1 str below protocol 3 (as Python 2 read it), bytes from 3 on. */
    private PyObject reduceFor(long proto) {
        PyObject dict = this instanceof WithDict wd && wd.getDict().size() > 0 ? wd.getDict() : PyNone.NONE;
        byte[] content = toArray();
        PyObject args;
        if (proto < 3) {
            args = PyTuple.of(PyStr.of(new String(content, java.nio.charset.StandardCharsets.ISO_8859_1)), PyStr.of("latin-1"));
        } else {
            args = content.length == 0 ? PyTuple.EMPTY : PyTuple.of(new PyBytes(content));
        }
        return PyTuple.of(type(), args, dict);
    }

    @PyMethod(value = "($self, /)", doc = "Return a copy of B.")
    PyByteArray copy() {
        return new PyByteArray(toArray());
    }

    @PyMethod(value = "($self, /)", doc = "Remove all items from the bytearray.")
    synchronized void clear() {
        checkResize(0);
        data = new byte[0];
        size = 0;
    }

    @PyMethod(value = "($self, /, encoding='utf-8', errors='strict')", doc = "Decode the bytearray using the codec registered for encoding.")
    PyStr decode(PyObject encoding, PyObject errors) {
        byte[] b = toArray();
        return Codecs.decode(b, 0, b.length, encoding, errors);
    }

    @PyMethod(value = "($self, /, sep=<unrepresentable>, bytes_per_sep=1)", doc = "Create a string of hexadecimal numbers from a bytearray object.")
    PyStr hex(PyObject sep, PyObject bytesPerSep) {
        return PyStr.of(BytesHex.hex(toArray(), sep, bytesPerSep));
    }

    @PyMethod(value = "($type, string, /)", kind = PyMethod.Kind.CLASS, doc = "Create a bytearray object from a string of hexadecimal numbers.")
    static PyObject fromhex(PyObject type, PyObject string) {
        PyByteArray b = new PyByteArray(BytesHex.fromhex(string));
        return type == TYPE ? b : Abstract.call(type, b);
    }

    @PyMethod(value = "($self, iterable_of_bytes, /)")
    PyObject join(PyObject iterable) {
        return asByteArray(snapshot().join(iterable));
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)", textSignature = false)
    int find(PyObject sub, PyObject start, PyObject end) {
        return snapshot().find(sub, start, end);
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)", textSignature = false)
    int rfind(PyObject sub, PyObject start, PyObject end) {
        return snapshot().rfind(sub, start, end);
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)", textSignature = false)
    int index(PyObject sub, PyObject start, PyObject end) {
        return snapshot().index(sub, start, end);
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)", textSignature = false)
    int count(PyObject sub, PyObject start, PyObject end) {
        return snapshot().count(sub, start, end);
    }

    @PyMethod(getargs = true, value = "($self, prefix, start=None, end=None, /)", textSignature = false)
    boolean startswith(PyObject prefix, PyObject start, PyObject end) {
        return snapshot().startswith(prefix, start, end);
    }

    @PyMethod(getargs = true, value = "($self, suffix, start=None, end=None, /)", textSignature = false)
    boolean endswith(PyObject suffix, PyObject start, PyObject end) {
        return snapshot().endswith(suffix, start, end);
    }

    @PyMethod(value = "($self, old, new, count=-1, /)")
    PyObject replace(PyObject old, PyObject replacement, PyObject count) {
        return asByteArray(snapshot().replace(old, replacement, count));
    }

    @PyMethod(value = "($self, /, sep=None, maxsplit=-1)")
    PyObject split(PyObject sep, PyObject maxsplit) {
        return asByteArray(snapshot().split(sep, maxsplit));
    }

    @PyMethod(value = "($self, sep, /)")
    PyObject partition(PyObject sep) {
        return asByteArray(snapshot().partition(sep));
    }

    @PyMethod(value = "($self, bytes=None, /)")
    PyObject strip(PyObject chars) {
        return asByteArray(snapshot().strip(chars));
    }

    @PyMethod(value = "($self, bytes=None, /)")
    PyObject lstrip(PyObject chars) {
        return asByteArray(snapshot().lstrip(chars));
    }

    @PyMethod(value = "($self, bytes=None, /)")
    PyObject rstrip(PyObject chars) {
        return asByteArray(snapshot().rstrip(chars));
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    PyObject upper() {
        return asByteArray(snapshot().upper());
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    PyObject lower() {
        return asByteArray(snapshot().lower());
    }

    @PyMethod(getargs = true, value = "($self, sub, start=None, end=None, /)", textSignature = false)
    int rindex(PyObject sub, PyObject start, PyObject end) {
        return snapshot().rindex(sub, start, end);
    }

    @PyMethod(value = "($self, /, sep=None, maxsplit=-1)")
    PyObject rsplit(PyObject sep, PyObject maxsplit) {
        return asByteArray(snapshot().rsplit(sep, maxsplit));
    }

    @PyMethod(value = "($self, /, keepends=False)")
    PyObject splitlines(PyObject keepends) {
        return asByteArray(snapshot().splitlines(keepends));
    }

    @PyMethod(value = "($self, sep, /)")
    PyObject rpartition(PyObject sep) {
        return asByteArray(snapshot().rpartition(sep));
    }

    @PyMethod(value = "($self, width, fillchar=b' ', /)")
    PyObject center(PyObject width, PyObject fillchar) {
        return asByteArray(snapshot().center(width, fillchar));
    }

    @PyMethod(value = "($self, width, fillchar=b' ', /)")
    PyObject ljust(PyObject width, PyObject fillchar) {
        return asByteArray(snapshot().ljust(width, fillchar));
    }

    @PyMethod(value = "($self, width, fillchar=b' ', /)")
    PyObject rjust(PyObject width, PyObject fillchar) {
        return asByteArray(snapshot().rjust(width, fillchar));
    }

    @PyMethod(value = "($self, width, /)")
    PyObject zfill(PyObject width) {
        return asByteArray(snapshot().zfill(width));
    }

    @PyMethod(value = "($self, /, tabsize=8)")
    PyObject expandtabs(PyObject tabsize) {
        return asByteArray(snapshot().expandtabs(tabsize));
    }

    @PyMethod(value = "($self, prefix, /)")
    PyObject removeprefix(PyObject prefix) {
        return asByteArray(snapshot().removeprefix(prefix));
    }

    @PyMethod(value = "($self, suffix, /)")
    PyObject removesuffix(PyObject suffix) {
        return asByteArray(snapshot().removesuffix(suffix));
    }

    @PyMethod(value = "($self, table, /, delete=b'')")
    PyObject translate(PyObject table, PyObject delete) {
        return asByteArray(snapshot().translate(table, delete));
    }

    @PyMethod(value = "(frm, to, /)", kind = PyMethod.Kind.STATIC, doc = "Return a translation table usable for the bytes or bytearray translate method.")
    static PyObject maketrans(PyObject unbound, PyObject frm, PyObject to) {
        return PyBytes.maketrans(unbound, frm, to);
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    PyObject swapcase() {
        return asByteArray(snapshot().swapcase());
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    PyObject title() {
        return asByteArray(snapshot().title());
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    PyObject capitalize() {
        return asByteArray(snapshot().capitalize());
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    boolean islower() {
        return snapshot().islower();
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    boolean isupper() {
        return snapshot().isupper();
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    boolean istitle() {
        return snapshot().istitle();
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    boolean isalnum() {
        return snapshot().isalnum();
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    boolean isalpha() {
        return snapshot().isalpha();
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    boolean isdigit() {
        return snapshot().isdigit();
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    boolean isspace() {
        return snapshot().isspace();
    }

    @PyMethod(value = "($self, /)", textSignature = false)
    boolean isascii() {
        return snapshot().isascii();
    }

    @Override
    public String toString() {
        return "bytearray(" + BytesSlots.repr(toArray(), true) + ")";
    }
}
