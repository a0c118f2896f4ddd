package org.sanca.runtime.modules._collections;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.Sequences;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code collections.deque}: CPython's {@code Modules/_collectionsmodule.c}, as a ring buffer.
 * Every change holds the deque's lock, so one {@code append} or {@code popleft} is atomic under
 * threads (queues and thread pools rely on that); Python code (comparisons in {@code count},
 * {@code index}, {@code remove}) runs outside the lock, and a change made meanwhile is detected
 * through {@link #state} as CPython detects it.
 */
public class PyDeque extends PyObject {
    public static final PyType TYPE = PyType.builtin("collections.deque", PyDeque.class, new PyType[] {PyType.OBJECT},
            PyType.BASETYPE | PyType.SEQUENCE, DequeSlots::fill, null, "deque([iterable[, maxlen]]) --> deque object\n\n"
                    + "A list-like sequence optimized for data accesses near its endpoints.");

    private PyObject[] ring = new PyObject[8];
    private int head;
    private int size;
    /** -1 when unbounded. */
    private int maxlen = -1;
    /** Bumped by every change, so iterators and searches notice one. */
    long state;

    @Override
    public PyType type() {
        return TYPE;
    }

    // The ring: slot of the i-th item, growth, raw ends. The caller holds the lock.

    private int slot(int i) {
        return (head + i) & (ring.length - 1);
    }

    private void grow() {
        if (size < ring.length) {
            return;
        }
        PyObject[] bigger = new PyObject[ring.length * 2];
        for (int i = 0; i < size; i++) {
            bigger[i] = ring[slot(i)];
        }
        ring = bigger;
        head = 0;
    }

    private void addLast(PyObject v) {
        grow();
        ring[slot(size)] = v;
        size++;
    }

    private void addFirst(PyObject v) {
        grow();
        head = (head - 1) & (ring.length - 1);
        ring[head] = v;
        size++;
    }

    private PyObject takeFirst() {
        PyObject v = ring[head];
        ring[head] = null;
        head = (head + 1) & (ring.length - 1);
        size--;
        return v;
    }

    private PyObject takeLast() {
        int at = slot(size - 1);
        PyObject v = ring[at];
        ring[at] = null;
        size--;
        return v;
    }

    // What other classes of this package use.

    synchronized int size() {
        return size;
    }

    int limit() {
        return maxlen;
    }

    /** The i-th item if the deque is still at {@code expected} state, else null. */
    synchronized PyObject itemIfUnchanged(int i, long expected) {
        return state == expected && i >= 0 && i < size ? ring[slot(i)] : null;
    }

    synchronized PyObject[] toArray() {
        PyObject[] out = new PyObject[size];
        for (int i = 0; i < size; i++) {
            out[i] = ring[slot(i)];
        }
        return out;
    }

    synchronized void reset(int newMaxlen) {
        maxlen = newMaxlen;
        clear();
    }

    synchronized PyObject get(int i) {
        return ring[slot(checkIndex(i))];
    }

    synchronized void set(int i, PyObject v) {
        ring[slot(checkIndex(i))] = v;
    }

    synchronized void delete(int i) {
        int at = checkIndex(i);
        rotateBy(-at);
        takeFirst();
        rotateBy(at);
        state++;
    }

    private int checkIndex(long i) {
        if (i < 0) {
            i += size;
        }
        if (i < 0 || i >= size) {
            throw PyErr.format(PyExc.IndexError, "deque index out of range");
        }
        return (int) i;
    }

    // Methods.

    @PyMethod(textSignature = false, value = "($self, x, /)", doc = "Add an element to the right side of the deque.")
    public synchronized void append(PyObject x) {
        if (maxlen == 0) {
            return;
        }
        addLast(x);
        if (maxlen >= 0 && size > maxlen) {
            takeFirst();
        }
        state++;
    }

    @PyMethod(textSignature = false, value = "($self, x, /)", doc = "Add an element to the left side of the deque.")
    public synchronized void appendleft(PyObject x) {
        if (maxlen == 0) {
            return;
        }
        addFirst(x);
        if (maxlen >= 0 && size > maxlen) {
            takeLast();
        }
        state++;
    }

    @PyMethod(textSignature = false, value = "($self, /)", doc = "Remove and return the rightmost element.")
    public synchronized PyObject pop() {
        if (size == 0) {
            throw PyErr.format(PyExc.IndexError, "pop from an empty deque");
        }
        state++;
        return takeLast();
    }

    @PyMethod(textSignature = false, value = "($self, /)", doc = "Remove and return the leftmost element.")
    public synchronized PyObject popleft() {
        if (size == 0) {
            throw PyErr.format(PyExc.IndexError, "pop from an empty deque");
        }
        state++;
        return takeFirst();
    }

    /** The items of {@code iterable}, snapshotted first when it is this deque. */
    private PyObject source(PyObject iterable) {
        return iterable == this ? PyTuple.of(toArray()) : iterable;
    }

    @PyMethod(textSignature = false, value = "($self, iterable, /)", doc = "Extend the right side of the deque with elements from the iterable")
    public void extend(PyObject iterable) {
        PyObject it = Abstract.getIter(source(iterable));
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            append(v);
        }
    }

    @PyMethod(textSignature = false, value = "($self, iterable, /)", doc = "Extend the left side of the deque with elements from the iterable")
    public void extendleft(PyObject iterable) {
        PyObject it = Abstract.getIter(source(iterable));
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            appendleft(v);
        }
    }

    @PyMethod(textSignature = false, value = "($self, /)", doc = "Remove all elements from the deque.")
    public synchronized void clear() {
        ring = new PyObject[8];
        head = 0;
        size = 0;
        state++;
    }

    @PyMethod(textSignature = false, value = "($self, /)", doc = "Return a shallow copy of a deque.")
    public PyObject copy() {
        if (type() == TYPE) {
            PyDeque d = new PyDeque();
            d.maxlen = maxlen;
            d.extend(this);
            return d;
        }
        PyObject limit = maxlen < 0 ? null : PyInt.of(maxlen);
        return limit == null ? Abstract.call(type(), this) : Abstract.call(type(), this, limit);
    }

    @PyMethod(textSignature = false, value = "($self, /)", name = "__copy__", doc = "Return a shallow copy of a deque.")
    PyObject copyDunder() {
        return copy();
    }

    /**
     * The position of the first item from {@code start} (before {@code stop}) equal to
     * {@code value}, or -1; comparisons run outside the lock.
     */
    private int find(PyObject value, int start, int stop, String mutated, PyType mutatedType) {
        long expected;
        synchronized (this) {
            expected = state;
        }
        for (int i = start; i < stop; i++) {
            PyObject item = itemIfUnchanged(i, expected);
            if (item == null) {
                throw PyErr.format(mutatedType, "%s", mutated);
            }
            if (item == value || Abstract.richCompareBool(item, value, CompareOp.EQ)) {
                if (!stateIs(expected)) {
                    throw PyErr.format(mutatedType, "%s", mutated);
                }
                return i;
            }
        }
        return -1;
    }

    private synchronized boolean stateIs(long expected) {
        return state == expected;
    }

    boolean contains(PyObject value) {
        return find(value, 0, size(), "deque mutated during iteration", PyExc.RuntimeError) >= 0;
    }

    @PyMethod(textSignature = false, value = "($self, value, /)", doc = "Return number of occurrences of value.")
    public PyObject count(PyObject value) {
        long expected;
        synchronized (this) {
            expected = state;
        }
        int found = 0;
        for (int i = 0;; i++) {
            PyObject item = itemIfUnchanged(i, expected);
            if (item == null) {
                if (!stateIs(expected)) {
                    throw PyErr.format(PyExc.RuntimeError, "deque mutated during iteration");
                }
                return PyInt.of(found);
            }
            if (item == value || Abstract.richCompareBool(item, value, CompareOp.EQ)) {
                found++;
            }
        }
    }

    @PyMethod(textSignature = false, value = "($self, value, start=<unrepresentable>, stop=<unrepresentable>, /)",
            doc = "Return first index of value.\n\nRaises ValueError if the value is not present.")
    public PyObject index(PyObject value, PyObject start, PyObject stop) {
        int n = size();
        int from = (int) Math.min(Sequences.sliceIndex(start, n), n);
        int to = stop == null ? n : (int) Math.min(Sequences.sliceIndex(stop, n), n);
        int at = find(value, from, to, "deque mutated during iteration", PyExc.RuntimeError);
        if (at < 0) {
            throw PyErr.valueError("%s is not in deque", Abstract.repr(value).value());
        }
        return PyInt.of(at);
    }

    @PyMethod(textSignature = false, value = "($self, index, value, /)", doc = "Insert value before index.")
    public synchronized void insert(PyObject index, PyObject value) {
        long i = Abstract.indexValue(index);
        if (maxlen >= 0 && size >= maxlen) {
            throw PyErr.format(PyExc.IndexError, "deque already at its maximum size");
        }
        if (i < 0) {
            i = Math.max(0, i + size);
        }
        int at = (int) Math.min(i, size);
        rotateBy(-at);
        addFirst(value);
        rotateBy(at);
        state++;
    }

    @PyMethod(textSignature = false, value = "($self, value, /)", doc = "Remove first occurrence of value.")
    public void remove(PyObject value) {
        int at = find(value, 0, size(), "deque mutated during iteration", PyExc.IndexError);
        if (at < 0) {
            throw PyErr.valueError("%s is not in deque", Abstract.repr(value).value());
        }
        delete(at);
    }

    @PyMethod(textSignature = false, value = "($self, /)", doc = "Reverse *IN PLACE*.")
    public synchronized void reverse() {
        for (int i = 0, j = size - 1; i < j; i++, j--) {
            PyObject t = ring[slot(i)];
            ring[slot(i)] = ring[slot(j)];
            ring[slot(j)] = t;
        }
        state++;
    }

    @PyMethod(textSignature = false, value = "($self, n=1, /)", doc = "Rotate the deque n steps to the right (default n=1).  "
            + "If n is negative, rotates left.")
    public synchronized void rotate(PyObject n) {
        long steps = Abstract.indexValue(n);
        if (size > 1) {
            rotateBy((int) Math.floorMod(steps, (long) size));
            state++;
        }
    }

    /** Moves the last {@code n} items to the front ({@code n} may be negative). */
    private void rotateBy(int n) {
        if (size <= 1) {
            return;
        }
        int k = Math.floorMod(n, size);
        if (k == 0) {
            return;
        }
        if (size == ring.length) {
            head = (head - k) & (ring.length - 1);
            return;
        }
        PyObject[] items = new PyObject[size];
        for (int i = 0; i < size; i++) {
            items[(i + k) % size] = ring[slot(i)];
        }
        for (int i = 0; i < size; i++) {
            ring[slot(i)] = items[i];
        }
    }

    @PyMethod(textSignature = false, value = "($self, /)", doc = "D.__reversed__() -- return a reverse iterator over the deque")
    PyObject __reversed__() {
        return new PyDequeIter(this, true);
    }

    @PyMethod(textSignature = false, value = "($self, /)", doc = "Return state information for pickling.")
    PyObject __reduce__() {
        PyObject dict = Abstract.lookupAttr(this, org.sanca.runtime.objects.PyStr.of("__dict__"));
        PyObject args = maxlen < 0 ? PyTuple.EMPTY : PyTuple.of(PyTuple.EMPTY, PyInt.of(maxlen));
        return PyTuple.of(type(), args, dict == null ? PyNone.NONE : dict, new PyDequeIter(this, false));
    }

    @PyMethod(value = "($type, item, /)", name = "__class_getitem__", kind = PyMethod.Kind.CLASS, doc = "See PEP 585", textSignature = false)
    static PyObject classGetItem(PyObject type, PyObject item) {
        return org.sanca.runtime.types.PyGenericAlias.classGetItem(type, item);
    }

    @org.sanca.runtime.types.PyGetter(doc = "maximum size of a deque or None if unbounded")
    public PyObject maxlen() {
        return maxlen < 0 ? PyNone.NONE : PyInt.of(maxlen);
    }
}
