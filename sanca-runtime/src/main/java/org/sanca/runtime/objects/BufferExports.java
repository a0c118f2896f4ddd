package org.sanca.runtime.objects;

import java.lang.ref.WeakReference;
import java.util.ArrayList;

/**
 * The memoryviews open on one exporter: CPython's {@code ob_exports} count of bytearray and
 * array.array, and a memoryview's own {@code exports} count. While a view is open, the exporter
 * keeps its size (bytearray, array) or refuses to be released (memoryview).
 *
 * <p>CPython also ends an export when the last reference to its view goes away. Views are held
 * here weakly, and a collection is asked for before an export is reported as open, so a view
 * the program dropped without {@code release()} does not block the exporter.
 */
public final class BufferExports {
    private final ArrayList<WeakReference<PyMemoryView>> open = new ArrayList<>(2);
    /** The list length at which cleared entries are next swept out on {@link #add}. */
    private int sweepAt = 8;
    /** What to do when the last view is released: end a Python exporter's {@code __buffer__} export. */
    private final Runnable onEmpty;

    /** Exports that run {@code onEmpty} (when not null) once the last open view is released. */
    public BufferExports(Runnable onEmpty) {
        this.onEmpty = onEmpty;
    }

    synchronized void add(PyMemoryView view) {
        if (open.size() >= sweepAt) {
            sweep();
            sweepAt = Math.max(8, 2 * open.size());
        }
        open.add(new WeakReference<>(view));
    }

    void remove(PyMemoryView view) {
        boolean empty;
        synchronized (this) {
            for (int i = open.size() - 1; i >= 0; i--) {
                PyMemoryView v = open.get(i).get();
                if (v == view || v == null) {
                    open.remove(i);
                }
            }
            empty = open.isEmpty();
        }
        if (empty && onEmpty != null) {
            onEmpty.run();
        }
    }

    private synchronized int sweep() {
        open.removeIf(r -> {
            PyMemoryView v = r.get();
            return v == null || v.isReleased();
        });
        return open.size();
    }

    /** The number of views still open, after collecting those nothing refers to any more. */
    public int count() {
        if (sweep() == 0) {
            return 0;
        }
        System.gc();
        return sweep();
    }

    /**
     * BufferError {@code message} when a view is open on {@code e}; {@code e} may be null (an
     * exporter that never exported).
     */
    public static void checkResizable(BufferExports e, String message) {
        if (e != null && e.count() > 0) {
            throw PyErr.format(PyExc.BufferError, "%s", message);
        }
    }
}
