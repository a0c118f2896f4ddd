package org.sanca.runtime.modules.select;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;

import org.sanca.runtime.modules.posix.Errno;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.FloatSlots;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code select.poll} ({@code pollObject} in {@code Modules/selectmodule.c}): a set of
 * descriptors with the events wanted of each, waited on together.
 */
public final class PyPoll extends PyObject {
    public static final PyType TYPE = PyType.builtin("select.poll", PyPoll.class, PyType.OBJECT, 0, t -> {
    });

    static {
        TYPE.setQualname("poll");
    }

    private static final int DEFAULT_EVENTS = 1 | 2 | 4;

    private final Map<Integer, Integer> registered = new LinkedHashMap<>();
    private boolean polling;

    @Override
    public PyType type() {
        return TYPE;
    }

    private static int mask(PyObject eventmask) {
        long m = Abstract.indexValue(eventmask);
        if (m < 0 || m > 0xffff) {
            throw PyErr.format(PyExc.OverflowError, "Python int too large for C unsigned short");
        }
        return (int) m;
    }

    @PyMethod("($self, fd, eventmask=<unrepresentable>, /)")
    public synchronized void register(PyObject fd, PyObject eventmask) {
        registered.put(SelectModule.fileDescriptor(fd), eventmask == null ? DEFAULT_EVENTS : mask(eventmask));
    }

    @PyMethod("($self, fd, eventmask, /)")
    public synchronized void modify(PyObject fd, PyObject eventmask) {
        int n = SelectModule.fileDescriptor(fd);
        if (!registered.containsKey(n)) {
            throw Errno.error(Errno.ENOENT, null);
        }
        registered.put(n, mask(eventmask));
    }

    @PyMethod("($self, fd, /)")
    public synchronized void unregister(PyObject fd) {
        int n = SelectModule.fileDescriptor(fd);
        if (registered.remove(n) == null) {
            throw PyErr.format(PyExc.KeyError, "%d", n);
        }
    }

    @PyMethod("($self, timeout=None, /)")
    public PyObject poll(PyObject timeout) {
        long millis = -1;
        if (timeout != PyNone.NONE) {
            if (!(timeout instanceof PyInt) && !(timeout instanceof PyFloat)) {
                throw PyErr.typeError("'%s' object cannot be interpreted as an integer", PyErr.typeName(timeout));
            }
            double t = timeout instanceof PyInt ? Abstract.indexValue(timeout) : FloatSlots.asDouble(timeout);
            millis = t < 0 ? -1 : (long) Math.ceil(t);
        }
        Readiness r = new Readiness();
        Integer[] fds;
        int[] masks;
        synchronized (this) {
            if (polling) {
                throw PyErr.format(PyExc.RuntimeError, "concurrent poll() invocation");
            }
            polling = true;
            fds = registered.keySet().toArray(new Integer[0]);
            masks = new int[fds.length];
            for (int i = 0; i < fds.length; i++) {
                masks[i] = registered.get(fds[i]);
            }
        }
        try {
            for (int i = 0; i < fds.length; i++) {
                r.add(fds[i], masks[i]);
            }
            int[] ready = r.await(millis);
            PyList out = new PyList();
            for (int i = 0; i < fds.length; i++) {
                if (ready[i] != 0) {
                    out.append(PyTuple.of(PyInt.of(fds[i]), PyInt.of(ready[i])));
                }
            }
            return out;
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
        } finally {
            synchronized (this) {
                polling = false;
            }
        }
    }
}
