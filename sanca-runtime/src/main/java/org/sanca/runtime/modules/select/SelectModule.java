package org.sanca.runtime.modules.select;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.FloatSlots;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code select} module ({@code Modules/selectmodule.c}): {@code select()} and
 * {@code poll()} over the interpreter's sockets, waiting on java.nio selectors.
 */
public final class SelectModule implements NativeModule {
    private static final String[][] CONSTANTS = {
        {"POLLIN", "1"}, {"POLLPRI", "2"}, {"POLLOUT", "4"}, {"POLLERR", "8"}, {"POLLHUP", "16"},
        {"POLLNVAL", "32"}, {"POLLRDNORM", "64"}, {"POLLRDBAND", "128"}, {"POLLWRNORM", "256"},
        {"POLLWRBAND", "512"}, {"POLLMSG", "1024"}, {"POLLRDHUP", "8192"}, {"PIPE_BUF", "4096"},
    };

    /** The instance {@link java.util.ServiceLoader} makes. */
    public SelectModule() {
    }

    @Override
    public String name() {
        return "select";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        NativeModule.addFunctions(module, SelectModule.class);
        for (String[] c : CONSTANTS) {
            d.setItem(PyStr.of(c[0]), PyInt.of(Integer.parseInt(c[1])));
        }
        d.setItem(PyStr.of("error"), PyExc.OSError);
    }

    /** {@code PyObject_AsFileDescriptor}: an int, or what the object's fileno() returns. */
    static int fileDescriptor(PyObject o) {
        PyObject n = o;
        if (!(o instanceof PyInt)) {
            PyObject method = Abstract.lookupAttr(o, PyStr.of("fileno"));
            if (method == null) {
                throw PyErr.typeError("argument must be an int, or have a fileno() method.");
            }
            n = Abstract.call(method);
            if (!(n instanceof PyInt)) {
                throw PyErr.typeError("fileno() returned a non-integer");
            }
        }
        long fd = Abstract.indexValue(n);
        if (fd < 0) {
            throw PyErr.valueError("file descriptor cannot be a negative integer (%d)", fd);
        }
        if (fd > Integer.MAX_VALUE) {
            throw PyErr.format(PyExc.OverflowError, "fd is greater than maximum");
        }
        return (int) fd;
    }

    private static PyObject[] sequence(PyObject o, String what) {
        PyObject it;
        try {
            it = Abstract.getIter(o);
        } catch (org.sanca.runtime.objects.PyException e) {
            throw PyErr.typeError("%s", what);
        }
        List<PyObject> out = new ArrayList<>();
        for (PyObject x; (x = Abstract.next(it)) != null; ) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    @PyMethod("($module, rlist, wlist, xlist, timeout=None, /)")
    public static PyObject select(PyObject rlist, PyObject wlist, PyObject xlist, PyObject timeout) {
        long millis = -1;
        if (timeout != PyNone.NONE) {
            double t = timeout instanceof PyInt ? Abstract.indexValue(timeout) : timeoutSeconds(timeout);
            if (t < 0) {
                throw PyErr.valueError("timeout must be non-negative");
            }
            millis = (long) Math.ceil(t * 1000);
        }
        PyObject[][] lists = {
            sequence(rlist, "arguments 1-3 must be sequences"),
            sequence(wlist, "arguments 1-3 must be sequences"),
            sequence(xlist, "arguments 1-3 must be sequences"),
        };
        int[] wanted = {Readiness.IN, Readiness.OUT, 0};
        Readiness r = new Readiness();
        try {
            for (int k = 0; k < 3; k++) {
                for (PyObject o : lists[k]) {
                    r.add(fileDescriptor(o), wanted[k]);
                }
            }
            int[] ready = r.await(millis);
            PyList[] out = {new PyList(), new PyList(), new PyList()};
            int i = 0;
            for (int k = 0; k < 3; k++) {
                for (PyObject o : lists[k]) {
                    if ((ready[i++] & (wanted[k] | Readiness.INVALID)) != 0) {
                        if ((ready[i - 1] & Readiness.INVALID) != 0) {
                            throw org.sanca.runtime.modules.posix.Errno.error(9, null);
                        }
                        out[k].append(o);
                    }
                }
            }
            return PyTuple.of(out[0], out[1], out[2]);
        } catch (IOException e) {
            throw PyErr.format(PyExc.OSError, "%s", e.getMessage());
        }
    }

    private static double timeoutSeconds(PyObject timeout) {
        if (!(timeout instanceof org.sanca.runtime.objects.PyFloat)) {
            throw PyErr.typeError("timeout must be a float or None");
        }
        return FloatSlots.asDouble(timeout);
    }

    @PyMethod("($module, /)")
    public static PyObject poll() {
        return new PyPoll();
    }
}
