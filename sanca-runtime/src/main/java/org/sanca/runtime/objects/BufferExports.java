package org.sanca.runtime.objects;

import java.lang.ref.Reference;
import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.HashSet;

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
    /** The open views' references (a reference equals only itself, so removal finds the view's own). */
    private final HashSet<Reference<PyMemoryView>> open = new HashSet<>();
    private final ReferenceQueue<PyMemoryView> collected = new ReferenceQueue<>();
    /** What to do when the last view is released: end a Python exporter's {@code __buffer__} export. */
    private final Runnable onEmpty;

    /** Exports that run {@code onEmpty} (when not null) once the last open view is released. */
    public BufferExports(Runnable onEmpty) {
        this.onEmpty = onEmpty;
    }

    /** Counts {@code view} as open; the reference returned is what {@link #remove} takes back. */
    synchronized Reference<PyMemoryView> add(PyMemoryView view) {
        forgetCollected();
        WeakReference<PyMemoryView> ref = new WeakReference<>(view, collected);
        open.add(ref);
        return ref;
    }

    void remove(Reference<PyMemoryView> ref) {
        boolean empty;
        synchronized (this) {
            empty = open.remove(ref) && open.isEmpty();
        }
        if (empty && onEmpty != null) {
            onEmpty.run();
        }
    }

    private void forgetCollected() {
        for (Reference<? extends PyMemoryView> r = collected.poll(); r != null; r = collected.poll()) {
            open.remove(r);
        }
    }

    /** The number of views still open, after collecting those nothing refers to any more. */
    public int count() {
        synchronized (this) {
            forgetCollected();
            if (open.isEmpty()) {
                return 0;
            }
        }
        System.gc();
        synchronized (this) {
            open.removeIf(r -> r.get() == null);
            return open.size();
        }
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
