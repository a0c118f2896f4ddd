package org.sanca.runtime.types;

import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code id(o)}: a number unique among live objects and stable for an object's life. The JVM
 * moves objects, so ids are handed out on first request and remembered weakly by identity (no
 * PyObject class overrides {@code equals}).
 */
public final class Ids {
    private static final Map<Object, Long> IDS = new WeakHashMap<>();
    private static final AtomicLong NEXT = new AtomicLong(0x7f0000001000L);

    private Ids() {
    }

    /** The id of {@code o}. */
    public static synchronized long id(Object o) {
        return IDS.computeIfAbsent(o, k -> NEXT.getAndAdd(16));
    }

    /** The id as CPython shows it in reprs: {@code 0x7f...}. */
    public static String hex(Object o) {
        return "0x" + Long.toHexString(id(o));
    }
}
