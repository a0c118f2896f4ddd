package org.sanca.runtime.modules._heapq;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyMethod;

/**
 * {@code _heapq}: the heap operations of {@code heapq} in native code, as CPython's
 * {@code Modules/_heapqmodule.c}; {@code lib/heapq.py} keeps {@code merge}, {@code nsmallest} and
 * {@code nlargest}. The sift order is CPython's, so items land in the same places. Comparisons
 * run Python code, which may change the list: a change of its size is reported as CPython does.
 */
public final class HeapqModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public HeapqModule() {
    }

    @Override
    public String name() {
        return "_heapq";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        NativeModule.addFunctions(module, HeapqModule.class);
    }

    private static PyList list(PyObject heap, String fn, String position) {
        if (!(heap instanceof PyList l)) {
            throw PyErr.typeError("%s() %s must be list, not %s", fn, position, PyErr.typeName(heap));
        }
        return l;
    }

    private static RuntimeException sizeChanged() {
        return PyErr.format(PyExc.RuntimeError, "list changed size during iteration");
    }

    private static PyObject at(PyList heap, int i) {
        PyObject v = heap.getOrNull(i);
        if (v == null) {
            throw sizeChanged();
        }
        return v;
    }

    private static void put(PyList heap, int i, PyObject v) {
        if (i >= heap.size()) {
            throw sizeChanged();
        }
        heap.set(i, v);
    }

    /** Whether {@code a} goes above {@code b}: smaller in a min-heap, larger in a max-heap. */
    private static boolean before(PyList heap, PyObject a, PyObject b, boolean max) {
        int n = heap.size();
        boolean r = max ? Abstract.richCompareBool(b, a, CompareOp.LT) : Abstract.richCompareBool(a, b, CompareOp.LT);
        if (heap.size() != n) {
            throw sizeChanged();
        }
        return r;
    }

    /** Moves the item at {@code pos} up while it goes before its parent, never above {@code top}. */
    private static void siftUp(PyList heap, int top, int pos, boolean max) {
        PyObject item = at(heap, pos);
        while (pos > top) {
            int parent = (pos - 1) >> 1;
            PyObject above = at(heap, parent);
            if (!before(heap, item, above, max)) {
                break;
            }
            put(heap, pos, above);
            pos = parent;
        }
        put(heap, pos, item);
    }

    /** Fills the hole at {@code pos} with the better child down to a leaf, then sifts the item back up. */
    private static void siftDown(PyList heap, int pos, boolean max) {
        int end = heap.size();
        int top = pos;
        PyObject item = at(heap, pos);
        int child = 2 * pos + 1;
        while (child < end) {
            int right = child + 1;
            if (right < end && !before(heap, at(heap, child), at(heap, right), max)) {
                child = right;
            }
            put(heap, pos, at(heap, child));
            pos = child;
            child = 2 * pos + 1;
        }
        put(heap, pos, item);
        siftUp(heap, top, pos, max);
    }

    private static PyObject pop(PyList heap, boolean max) {
        int n = heap.size();
        if (n == 0) {
            throw PyErr.format(PyExc.IndexError, "index out of range");
        }
        PyObject last = heap.remove(n - 1);
        if (n == 1) {
            return last;
        }
        PyObject first = at(heap, 0);
        put(heap, 0, last);
        siftDown(heap, 0, max);
        return first;
    }

    private static PyObject replace(PyList heap, PyObject item, boolean max) {
        if (heap.size() == 0) {
            throw PyErr.format(PyExc.IndexError, "index out of range");
        }
        PyObject first = at(heap, 0);
        put(heap, 0, item);
        siftDown(heap, 0, max);
        return first;
    }

    private static void heapifyList(PyList heap, boolean max) {
        for (int pos = heap.size() / 2 - 1; pos >= 0; pos--) {
            siftDown(heap, pos, max);
        }
    }

    @PyMethod(value = "($module, heap, item, /)", doc = "Push item onto heap, maintaining the heap invariant.")
    static void heappush(PyObject heap, PyObject item) {
        PyList l = list(heap, "heappush", "argument 1");
        l.append(item);
        siftUp(l, 0, l.size() - 1, false);
    }

    @PyMethod(value = "($module, heap, /)", doc = "Pop the smallest item off the heap, maintaining the heap invariant.")
    static PyObject heappop(PyObject heap) {
        return pop(list(heap, "heappop", "argument"), false);
    }

    @PyMethod(value = "($module, heap, item, /)", doc = "Pop and return the current smallest value, and add the new item.")
    static PyObject heapreplace(PyObject heap, PyObject item) {
        return replace(list(heap, "heapreplace", "argument 1"), item, false);
    }

    @PyMethod(value = "($module, heap, item, /)",
            doc = "Push item on the heap, then pop and return the smallest item from the heap.")
    static PyObject heappushpop(PyObject heap, PyObject item) {
        PyList l = list(heap, "heappushpop", "argument 1");
        if (l.size() == 0 || !before(l, at(l, 0), item, false)) {
            return item;
        }
        if (l.size() == 0) {
            throw PyErr.format(PyExc.IndexError, "index out of range");
        }
        PyObject first = at(l, 0);
        put(l, 0, item);
        siftDown(l, 0, false);
        return first;
    }

    @PyMethod(value = "($module, heap, /)", doc = "Transform list into a heap, in-place, in O(len(heap)) time.")
    static void heapify(PyObject heap) {
        heapifyList(list(heap, "heapify", "argument"), false);
    }

    @PyMethod(value = "($module, heap, /)", doc = "Maxheap variant of heapify.")
    static void _heapify_max(PyObject heap) {
        heapifyList(list(heap, "_heapify_max", "argument"), true);
    }

    @PyMethod(value = "($module, heap, /)", doc = "Maxheap variant of heappop.")
    static PyObject _heappop_max(PyObject heap) {
        return pop(list(heap, "_heappop_max", "argument"), true);
    }

    @PyMethod(value = "($module, heap, item, /)", doc = "Maxheap variant of heapreplace.")
    static PyObject _heapreplace_max(PyObject heap, PyObject item) {
        return replace(list(heap, "_heapreplace_max", "argument 1"), item, true);
    }
}
