package org.sanca.runtime.modules.array;

import java.util.Arrays;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.BufferExporter;
import org.sanca.runtime.objects.BufferExports;
import org.sanca.runtime.objects.Buffers;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.Sequences;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code array.array}: CPython's {@code arrayobject} in {@code Modules/arraymodule.c}. A
 * growable run of machine values of one {@link TypeCode}, kept as little-endian bytes so the
 * buffer protocol hands them out as they are. Every operation holds the array's lock.
 */
public class PyArray extends PyObject implements BufferExporter {
    public static final PyType TYPE = PyType.builtin("array.array", PyArray.class, PyType.OBJECT, PyType.BASETYPE, ArraySlots::fill);

    final TypeCode tc;
    private byte[] data;
    private int n;
    /** The memoryviews holding this array's memory; null until the first is made. */
    private BufferExports exports;

    PyArray(TypeCode tc, byte[] data, int n) {
        this.tc = tc;
        this.data = data;
        this.n = n;
    }

    PyArray(TypeCode tc) {
        this(tc, new byte[0], 0);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    synchronized int size() {
        return n;
    }

    synchronized PyObject get(int i) {
        return tc.get(data, i);
    }

    synchronized PyObject[] items() {
        PyObject[] out = new PyObject[n];
        for (int i = 0; i < n; i++) {
            out[i] = tc.get(data, i);
        }
        return out;
    }

    /** A copy of items {@code from} (inclusive) to {@code to} (exclusive). */
    synchronized PyArray slice(int from, int to) {
        int k = Math.max(0, to - from);
        return new PyArray(tc, Arrays.copyOfRange(data, from * tc.size, (from + k) * tc.size), k);
    }

    synchronized byte[] bytes() {
        return Arrays.copyOf(data, n * tc.size);
    }

    private void ensure(int items) {
        int need = items * tc.size;
        if (need > data.length) {
            data = Arrays.copyOf(data, Math.max(need, data.length * 2 + 16));
        }
    }

    synchronized void set(int i, PyObject v) {
        tc.set(data, i, v);
    }

    /** Items converted before anything is stored, so a bad item changes nothing. */
    private byte[] convert(PyObject[] values) {
        byte[] tmp = new byte[values.length * tc.size];
        for (int i = 0; i < values.length; i++) {
            tc.set(tmp, i, values[i]);
        }
        return tmp;
    }

    synchronized void appendBytes(byte[] raw) {
        int k = raw.length / tc.size;
        checkResize(n + k);
        ensure(n + k);
        System.arraycopy(raw, 0, data, n * tc.size, raw.length);
        n += k;
    }

    /** Replaces items {@code lo} to {@code hi} with the items in {@code raw}. */
    synchronized void replace(int lo, int hi, byte[] raw) {
        int k = raw.length / tc.size;
        int newN = n - (hi - lo) + k;
        checkResize(newN);
        byte[] out = new byte[Math.max(newN * tc.size, 16)];
        System.arraycopy(data, 0, out, 0, lo * tc.size);
        System.arraycopy(raw, 0, out, lo * tc.size, raw.length);
        System.arraycopy(data, hi * tc.size, out, (lo + k) * tc.size, (n - hi) * tc.size);
        data = out;
        n = newN;
    }

    /** Deletes the items at positions lo, lo+step, ... (count of them). */
    synchronized void deleteStep(int lo, int step, int count) {
        checkResize(n - count);
        boolean[] gone = new boolean[n];
        for (int k = 0; k < count; k++) {
            gone[lo + k * step] = true;
        }
        int w = 0;
        for (int r = 0; r < n; r++) {
            if (!gone[r]) {
                System.arraycopy(data, r * tc.size, data, w * tc.size, tc.size);
                w++;
            }
        }
        n = w;
    }

    synchronized void repeatInPlace(long times) {
        checkResize(times <= 0 ? 0 : n * times);
        if (times <= 0) {
            n = 0;
            return;
        }
        byte[] one = bytes();
        long total = (long) n * times;
        if (total * tc.size > Integer.MAX_VALUE - 16) {
            throw PyErr.newException(PyExc.MemoryError).toJava();
        }
        ensure((int) total);
        for (long k = 1; k < times; k++) {
            System.arraycopy(one, 0, data, (int) (k * one.length), one.length);
        }
        n = (int) total;
    }

    /** BufferError when a memoryview holds this array and {@code newN} would change its size. */
    private void checkResize(long newN) {
        if (newN != n) {
            checkUnexported();
        }
    }

    /** BufferError when a memoryview holds this array. */
    synchronized void checkUnexported() {
        BufferExports.checkResizable(exports, "cannot resize an array that is exporting buffers");
    }

    String reprText() {
        String name = type().getName();
        name = name.substring(name.lastIndexOf('.') + 1);
        PyObject[] items;
        synchronized (this) {
            if (n == 0) {
                return name + "('" + tc.code + "')";
            }
            if (tc == TypeCode.u) {
                return name + "('u', " + Abstract.repr(tounicode()).value() + ")";
            }
            items = items();
        }
        StringBuilder sb = new StringBuilder(name).append("('").append(tc.code).append("', [");
        for (int i = 0; i < items.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(Abstract.repr(items[i]).value());
        }
        return sb.append("])").toString();
    }

    static PyArray of(PyObject o) {
        return (PyArray) o;
    }

    // Buffer export

    @Override
    public byte[] exportBytes() {
        return bytes();
    }

    @Override
    public synchronized int exportLength() {
        return n * tc.size;
    }

    @Override
    public synchronized void exportRange(int pos, byte[] dst, int off, int len) {
        System.arraycopy(data, pos, dst, off, len);
    }

    @Override
    public synchronized int exportByte(int i) {
        return data[i] & 0xff;
    }

    @Override
    public synchronized void importByte(int i, int v) {
        data[i] = (byte) v;
    }

    @Override
    public synchronized void importBytes(int pos, byte[] src) {
        System.arraycopy(src, 0, data, pos, src.length);
    }

    @Override
    public char exportFormat() {
        return tc == TypeCode.u ? 'w' : tc.code;
    }

    @Override
    public int exportItemsize() {
        return tc.size;
    }

    @Override
    public synchronized BufferExports exports() {
        if (exports == null) {
            exports = new BufferExports(null);
        }
        return exports;
    }

    // Methods

    @PyGetter("typecode")
    PyObject typecode() {
        return PyStr.of(String.valueOf(tc.code));
    }

    @PyGetter("itemsize")
    PyObject itemsize() {
        return PyInt.of(tc.size);
    }

    @PyMethod("($self, v, /)")
    void append(PyObject v) {
        byte[] one = new byte[tc.size];
        tc.set(one, 0, v);
        appendBytes(one);
    }

    @PyMethod("($self, bb, /)")
    void extend(PyObject bb) {
        if (bb instanceof PyArray other) {
            if (other.tc != tc) {
                throw PyErr.typeError("can only extend with array of same kind");
            }
            appendBytes(other.bytes());
            return;
        }
        PyObject it = Abstract.getIter(bb);
        PyObject v;
        while ((v = Abstract.next(it)) != null) {
            append(v);
        }
    }

    @PyMethod("($self, i, v, /)")
    void insert(PyObject i, PyObject v) {
        long at = Sequences.ssize(i);
        byte[] one = new byte[tc.size];
        tc.set(one, 0, v);
        synchronized (this) {
            if (at < 0) {
                at = Math.max(0, at + n);
            }
            at = Math.min(at, n);
            replace((int) at, (int) at, one);
        }
    }

    @PyMethod("($self, i=-1, /)")
    synchronized PyObject pop(PyObject i) {
        long at = Sequences.ssize(i);
        if (n == 0) {
            throw PyErr.format(PyExc.IndexError, "pop from empty array");
        }
        if (at < 0) {
            at += n;
        }
        if (at < 0 || at >= n) {
            throw PyErr.format(PyExc.IndexError, "pop index out of range");
        }
        PyObject v = tc.get(data, (int) at);
        replace((int) at, (int) at + 1, new byte[0]);
        return v;
    }

    private int find(PyObject v, int from, int to) {
        for (int k = from; k < Math.min(to, size()); k++) {
            if (Abstract.richCompareBool(get(k), v, CompareOp.EQ)) {
                return k;
            }
        }
        return -1;
    }

    @PyMethod("($self, v, start=0, stop=<unrepresentable>, /)")
    int index(PyObject v, PyObject start, PyObject stop) {
        int len = size();
        long lo = Sequences.sliceIndex(start, len);
        long hi = stop == null ? len : Sequences.sliceIndex(stop, len);
        int k = find(v, (int) Math.min(lo, len), (int) Math.min(hi, len));
        if (k < 0) {
            throw PyErr.valueError("array.index(x): x not in array");
        }
        return k;
    }

    @PyMethod("($self, v, /)")
    int count(PyObject v) {
        int c = 0;
        for (PyObject x : items()) {
            if (Abstract.richCompareBool(x, v, CompareOp.EQ)) {
                c++;
            }
        }
        return c;
    }

    @PyMethod("($self, v, /)")
    void remove(PyObject v) {
        int k = find(v, 0, Integer.MAX_VALUE);
        if (k < 0) {
            throw PyErr.valueError("array.remove(x): x not in array");
        }
        synchronized (this) {
            replace(k, k + 1, new byte[0]);
        }
    }

    @PyMethod("($self, /)")
    synchronized void reverse() {
        int s = tc.size;
        byte[] tmp = new byte[s];
        for (int lo = 0, hi = n - 1; lo < hi; lo++, hi--) {
            System.arraycopy(data, lo * s, tmp, 0, s);
            System.arraycopy(data, hi * s, data, lo * s, s);
            System.arraycopy(tmp, 0, data, hi * s, s);
        }
    }

    @PyMethod("($self, /)")
    synchronized void byteswap() {
        int s = tc.size;
        for (int k = 0; k < n; k++) {
            for (int lo = k * s, hi = lo + s - 1; lo < hi; lo++, hi--) {
                byte t = data[lo];
                data[lo] = data[hi];
                data[hi] = t;
            }
        }
    }

    @PyMethod("($self, /)")
    PyObject buffer_info() {
        return PyTuple.of(PyInt.of(System.identityHashCode(this)), PyInt.of(size()));
    }

    @PyMethod("($self, /)")
    PyObject tobytes() {
        return new PyBytes(bytes());
    }

    @PyMethod("($self, buffer, /)")
    void frombytes(PyObject buffer) {
        if (buffer instanceof BufferExporter e && e.exportItemsize() != 1 || Buffers.itemsize(buffer) > 1) {
            throw PyErr.typeError("a bytes-like object is required");
        }
        byte[] b = Buffers.read(buffer);
        if (b.length % tc.size != 0) {
            throw PyErr.valueError("bytes length not a multiple of item size");
        }
        appendBytes(b);
    }

    @PyMethod("($self, /)")
    PyObject tolist() {
        return new PyList(items());
    }

    @PyMethod("($self, list, /)")
    void fromlist(PyObject list) {
        if (!(list instanceof PyList l)) {
            throw PyErr.typeError("arg must be list");
        }
        appendBytes(convert(l.toArray()));
    }

    @PyMethod("($self, /)")
    PyObject tounicode() {
        if (tc != TypeCode.u) {
            throw PyErr.valueError("tounicode() may only be called on unicode type arrays");
        }
        StringBuilder sb = new StringBuilder();
        for (PyObject c : items()) {
            sb.append(((PyStr) c).value());
        }
        return PyStr.of(sb.toString());
    }

    @PyMethod("($self, ustr, /)")
    void fromunicode(PyObject ustr) {
        if (!(ustr instanceof PyStr s)) {
            throw PyErr.typeError("fromunicode() argument must be str, not %s", PyErr.typeName(ustr));
        }
        if (tc != TypeCode.u) {
            throw PyErr.valueError("fromunicode() may only be called on unicode type arrays");
        }
        int[] cps = s.value().codePoints().toArray();
        byte[] raw = new byte[cps.length * 4];
        for (int k = 0; k < cps.length; k++) {
            for (int j = 0; j < 4; j++) {
                raw[4 * k + j] = (byte) (cps[k] >>> (8 * j));
            }
        }
        appendBytes(raw);
    }

    @PyMethod("($self, f, n, /)")
    void fromfile(PyObject f, PyObject count) {
        long want = Sequences.ssize(count);
        if (want < 0) {
            throw PyErr.valueError("negative count");
        }
        PyObject got = Abstract.callMethod(f, "read", PyInt.of(want * tc.size));
        if (!(got instanceof PyBytes b)) {
            throw PyErr.typeError("read() didn't return bytes");
        }
        frombytes(b);
        if (b.value().length != want * tc.size) {
            throw PyErr.format(PyExc.EOFError, "read() didn't return enough bytes");
        }
    }

    @PyMethod("($self, f, /)")
    void tofile(PyObject f) {
        byte[] all = bytes();
        int block = 64 * 1024;
        for (int off = 0; off < all.length; off += block) {
            Abstract.callMethod(f, "write", new PyBytes(Arrays.copyOfRange(all, off, Math.min(all.length, off + block))));
        }
    }

    @PyMethod("($self, /)")
    PyObject __copy__() {
        return slice(0, size());
    }

    @PyMethod("($self, unused, /)")
    PyObject __deepcopy__(PyObject unused) {
        return slice(0, size());
    }

    @PyMethod("($self, protocol, /)")
    PyObject __reduce_ex__(PyObject protocol) {
        PyObject dict = Abstract.lookupAttr(this, PyStr.of("__dict__"));
        return PyTuple.of(type(), PyTuple.of(typecode(), tolist()), dict == null ? PyNone.NONE : dict);
    }

    @PyMethod("($self, /)")
    int __sizeof__() {
        return 64 + exportLength();
    }
}
