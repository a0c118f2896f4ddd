package org.sanca.runtime.modules.atexit;

import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.interp.Unraisable;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.CompareOp;

/**
 * One interpreter's exit functions ({@code atexit_state} in {@code Modules/atexitmodule.c}).
 * An unregistered function leaves an empty slot, as in CPython, so {@code _ncallbacks()} counts
 * it until the list is cleared.
 */
public final class ExitFunctions {
    private record Entry(PyObject func, PyTuple args, PyDict kwargs) {
    }

    private final List<Entry> entries = new ArrayList<>();

    /** The exit functions of {@code interp}. */
    public static ExitFunctions of(InterpreterState interp) {
        return interp.moduleState(ExitFunctions.class, ExitFunctions::new);
    }

    synchronized void add(PyObject func, PyTuple args, PyDict kwargs) {
        entries.add(new Entry(func, args, kwargs));
    }

    /** Empties every slot holding a function equal to {@code func}; comparing may raise. */
    void remove(PyObject func) {
        for (int i = 0; i < size(); i++) {
            Entry e = get(i);
            if (e != null && Abstract.richCompareBool(e.func, func, CompareOp.EQ)) {
                set(i, null);
            }
        }
    }

    private synchronized int size() {
        return entries.size();
    }

    private synchronized Entry get(int i) {
        return i < entries.size() ? entries.get(i) : null;
    }

    private synchronized void set(int i, Entry e) {
        if (i < entries.size()) {
            entries.set(i, e);
        }
    }

    synchronized int count() {
        return entries.size();
    }

    synchronized void clear() {
        entries.clear();
    }

    /**
     * Calls the functions registered so far, newest first, reporting what they raise as an
     * unraisable exception, then forgets them all.
     */
    public void runAll() {
        for (int i = size() - 1; i >= 0; i--) {
            Entry e = get(i);
            if (e == null) {
                continue;
            }
            try {
                call(e);
            } catch (PyException ex) {
                Unraisable.report("Exception ignored in atexit callback: ", e.func, ex.value());
            }
        }
        clear();
    }

    private static void call(Entry e) {
        PyObject[] keys = e.kwargs == null ? new PyObject[0] : e.kwargs.keysArray();
        int n = e.args.size();
        PyObject[] all = java.util.Arrays.copyOf(e.args.items(), n + keys.length);
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = ((PyStr) keys[i]).value();
            all[n + i] = e.kwargs.getItem(keys[i]);
        }
        Abstract.call(e.func, all, keys.length == 0 ? null : names);
    }
}
