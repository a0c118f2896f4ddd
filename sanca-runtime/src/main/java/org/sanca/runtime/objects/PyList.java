package org.sanca.runtime.objects;

import java.util.Arrays;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code list}: CPython's {@code Objects/listobject.c}. Every operation holds the list's lock,
 * so a single {@code append}, {@code l[i] = x} or {@code pop()} is atomic under threads and no
 * Java exception escapes concurrent use.
 */
public class PyList extends PyObject {
    public static final PyType TYPE = PyType.builtin("list", PyList.class, PyType.OBJECT, PyType.BASETYPE, ListSlots::fill);

    private PyObject[] items;
    private int size;

    public PyList() {
        this.items = new PyObject[4];
    }

    /** A list holding {@code items}; the array is taken over. */
    public PyList(PyObject[] items) {
        this.items = items;
        this.size = items.length;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public synchronized int size() {
        return size;
    }

    /** The item at {@code i}, or null when {@code i} is out of range (the list may have shrunk). */
    public synchronized PyObject getOrNull(int i) {
        return i >= 0 && i < size ? items[i] : null;
    }

    /** The item at {@code i}, which the caller has checked is in range. */
    public synchronized PyObject get(int i) {
        return items[i];
    }

    public synchronized void set(int i, PyObject v) {
        items[i] = v;
    }

    /** {@code l.append(v)}. */
    @PyMethod(value = "($self, object, /)", doc = "Append object to the end of the list.")
    public synchronized void append(PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        items[size++] = v;
    }

    /** {@code l.insert(i, v)} with {@code i} already clamped to 0..size. */
    public synchronized void insert(int i, PyObject v) {
        if (size == items.length) {
            items = Arrays.copyOf(items, Math.max(8, size + (size >> 1) + 1));
        }
        System.arraycopy(items, i, items, i + 1, size - i);
        items[i] = v;
        size++;
    }

    /** Removes and returns the item at {@code i}, which the caller has checked is in range. */
    public synchronized PyObject remove(int i) {
        PyObject v = items[i];
        System.arraycopy(items, i + 1, items, i, size - i - 1);
        items[--size] = null;
        return v;
    }

    /** A copy of the items, safe to iterate while the list changes. */
    public synchronized PyObject[] toArray() {
        return Arrays.copyOf(items, size);
    }

    /** Replaces all items; the array is taken over. */
    public synchronized void setArray(PyObject[] newItems) {
        items = newItems;
        size = newItems.length;
    }
}
