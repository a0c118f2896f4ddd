package org.sanca.runtime.types;

import java.lang.ref.ReferenceQueue;
import java.lang.ref.WeakReference;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.sanca.runtime.objects.PyObject;

/**
 * The weak references to each object: what CPython keeps in the list at
 * {@code tp_weaklistoffset} ({@code Objects/weakrefobject.c}). Objects here carry no such field,
 * so an identity map from referent to its {@link Anchor} holds the list; the anchor is the one
 * Java weak reference every Python weak reference to the object shares. When the collector
 * clears an anchor it is queued, and {@link #poll} hands dead anchors back so their callbacks
 * run at a point where running Python code is safe.
 */
public final class WeakRefList {
    private WeakRefList() {
    }

    private static final ReferenceQueue<PyObject> QUEUE = new ReferenceQueue<>();
    /** Anchors by the identity hash of their referent (several objects may share one). */
    private static final Map<Integer, List<Anchor>> ANCHORS = new HashMap<>();

    /** The shared Java weak reference to one referent and the Python weak references made to it, oldest first. */
    public static final class Anchor extends WeakReference<PyObject> {
        private final int idHash;
        private final List<PyObject> refs = new ArrayList<>();

        private Anchor(PyObject referent, int idHash) {
            super(referent, QUEUE);
            this.idHash = idHash;
        }

        /** The weak reference objects (refs and proxies) to the referent, as CPython lists them. */
        public List<PyObject> refs() {
            synchronized (WeakRefList.class) {
                return new ArrayList<>(refs);
            }
        }

        /** Adds {@code ref}: first when {@code head} (the shared basic reference), else last. */
        public void add(PyObject ref, boolean head) {
            synchronized (WeakRefList.class) {
                if (head) {
                    refs.add(0, ref);
                } else {
                    refs.add(ref);
                }
            }
        }
    }

    /** The anchor of {@code o}, made when it has none. */
    public static synchronized Anchor anchor(PyObject o) {
        int h = System.identityHashCode(o);
        List<Anchor> bucket = ANCHORS.computeIfAbsent(h, k -> new ArrayList<>(1));
        for (Anchor a : bucket) {
            if (a.get() == o) {
                return a;
            }
        }
        Anchor a = new Anchor(o, h);
        bucket.add(a);
        return a;
    }

    /** The anchor of {@code o}, or null when nothing refers to it weakly. */
    public static synchronized Anchor find(PyObject o) {
        List<Anchor> bucket = ANCHORS.get(System.identityHashCode(o));
        if (bucket != null) {
            for (Anchor a : bucket) {
                if (a.get() == o) {
                    return a;
                }
            }
        }
        return null;
    }

    /** {@code o.__weakref__}: the first weak reference to {@code o}, or null. */
    public static PyObject first(PyObject o) {
        Anchor a = find(o);
        if (a == null) {
            return null;
        }
        synchronized (WeakRefList.class) {
            return a.refs.isEmpty() ? null : a.refs.get(0);
        }
    }

    /** Removes the anchors whose referents were collected and returns them, oldest reference first in each. */
    public static List<Anchor> poll() {
        List<Anchor> dead = null;
        for (var r = QUEUE.poll(); r != null; r = QUEUE.poll()) {
            Anchor a = (Anchor) r;
            synchronized (WeakRefList.class) {
                List<Anchor> bucket = ANCHORS.get(a.idHash);
                if (bucket == null || !bucket.remove(a)) {
                    continue;
                }
                if (bucket.isEmpty()) {
                    ANCHORS.remove(a.idHash);
                }
            }
            if (dead == null) {
                dead = new ArrayList<>();
            }
            dead.add(a);
        }
        return dead == null ? List.of() : dead;
    }

    /**
     * Removes and returns every anchor the collector has cleared, queued yet or not: after a
     * requested collection ({@code gc.collect()}) the reference handler may not have queued them.
     * {@link #poll} skips them when they reach the queue.
     */
    public static synchronized List<Anchor> sweep() {
        List<Anchor> dead = new ArrayList<>();
        var buckets = ANCHORS.values().iterator();
        while (buckets.hasNext()) {
            List<Anchor> bucket = buckets.next();
            for (var it = bucket.iterator(); it.hasNext(); ) {
                Anchor a = it.next();
                if (a.refersTo(null)) {
                    it.remove();
                    dead.add(a);
                }
            }
            if (bucket.isEmpty()) {
                buckets.remove();
            }
        }
        return dead;
    }
}
