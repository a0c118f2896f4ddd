package org.sanca.runtime.modules._thread;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.interp.ThreadState;
import org.sanca.runtime.interp.TracebackPrinter;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyMethod;

/**
 * The {@code _thread} module ({@code Modules/_threadmodule.c}): Python threads are Java platform
 * threads, each with its own {@link ThreadState} of the interpreter that started it. There is no
 * global lock: threads run Python code in parallel.
 */
public final class ThreadModule implements NativeModule {
    /** Each thread's stack, as the main thread's is large: deep recursion limits work in threads too. */
    private static final long STACK_SIZE = 256L << 20;

    /** The instance {@link java.util.ServiceLoader} makes. */
    public ThreadModule() {
    }

    @Override
    public String name() {
        return "_thread";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        NativeModule.addFunctions(module, ThreadModule.class);
        d.setItem(PyStr.of("LockType"), PyLock.TYPE);
        d.setItem(PyStr.of("lock"), PyLock.TYPE);
        d.setItem(PyStr.of("RLock"), PyRLock.TYPE);
        d.setItem(PyStr.of("_local"), PyLocal.TYPE);
        d.setItem(PyStr.of("error"), PyExc.RuntimeError);
        d.setItem(PyStr.of("TIMEOUT_MAX"), PyFloat.of(Timeouts.TIMEOUT_MAX));
    }

    @PyMethod("($module, function, args, kwargs=<unrepresentable>, /)")
    static PyObject start_new_thread(PyObject function, PyObject args, PyObject kwargs) {
        if (function.type().tp_call == null) {
            throw PyErr.typeError("first arg must be callable");
        }
        if (!(args instanceof PyTuple a)) {
            throw PyErr.typeError("2nd arg must be a tuple");
        }
        if (kwargs != null && !(kwargs instanceof PyDict)) {
            throw PyErr.typeError("optional 3rd arg must be a dictionary");
        }
        InterpreterState interp = InterpreterState.current();
        ThreadState ts = interp.newThreadState();
        Thread t = new Thread(null, () -> interp.runOn(ts, () -> run(interp, function, a, (PyDict) kwargs)),
                "python-thread", STACK_SIZE);
        t.setDaemon(true);
        t.start();
        return PyInt.of(t.threadId());
    }

    private static Object run(InterpreterState interp, PyObject function, PyTuple args, PyDict kwargs) {
        try {
            if (kwargs == null || kwargs.size() == 0) {
                Abstract.call(function, args.items());
            } else {
                Abstract.call(function, callArgs(args, kwargs), kwnames(kwargs));
            }
        } catch (PyException e) {
            report(interp, function, e.value());
        } catch (StackOverflowError e) {
            report(interp, function, PyErr.format(PyExc.RecursionError, "maximum recursion depth exceeded").value());
        }
        return null;
    }

    private static PyObject[] callArgs(PyTuple args, PyDict kwargs) {
        PyObject[] keys = kwargs.keysArray();
        PyObject[] all = new PyObject[args.size() + keys.length];
        System.arraycopy(args.items(), 0, all, 0, args.size());
        for (int i = 0; i < keys.length; i++) {
            all[args.size() + i] = kwargs.getItem(keys[i]);
        }
        return all;
    }

    private static String[] kwnames(PyDict kwargs) {
        PyObject[] keys = kwargs.keysArray();
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = PyStr.arg(keys[i]);
        }
        return names;
    }

    /** An exception the thread's function let out: ignored with a report, SystemExit silently. */
    private static void report(InterpreterState interp, PyObject function, PyBaseException e) {
        if (e.type().isSubtype(PyExc.SystemExit)) {
            return;
        }
        PyObject err = Abstract.lookupAttr(interp.sys(), PyStr.of("stderr"));
        if (err == null || err == PyNone.NONE) {
            return;
        }
        String text = "Exception ignored in thread started by: " + Abstract.repr(function).value() + "\n"
                + TracebackPrinter.format(e, interp.cwd());
        Abstract.callMethod(err, "write", PyStr.of(text));
        Abstract.callMethod(err, "flush");
    }

    @PyMethod("($module, /)")
    static PyObject allocate_lock() {
        return new PyLock();
    }

    @PyMethod("($module, /)")
    static PyObject allocate() {
        return new PyLock();
    }

    @PyMethod("($module, /)")
    static PyObject get_ident() {
        return PyInt.of(Thread.currentThread().threadId());
    }

    @PyMethod("($module, /)")
    static PyObject get_native_id() {
        return PyInt.of(Thread.currentThread().threadId());
    }

    @PyMethod("($module, /)")
    static PyObject _count() {
        return PyInt.of(Thread.activeCount());
    }

    @PyMethod("($module, size=0, /)")
    static PyObject stack_size(PyObject size) {
        return PyInt.of(0);
    }

    @PyMethod("($module, /)")
    static boolean daemon_threads_allowed() {
        return true;
    }

    @PyMethod("($module, /)")
    static void exit() {
        throw PyErr.newException(PyExc.SystemExit).toJava();
    }
}
