package org.sanca.runtime.modules._thread;

import java.util.Map;
import java.util.WeakHashMap;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.types.PyType;

/**
 * {@code _thread._local} ({@code localobject} in {@code Modules/_threadmodule.c}): its instance
 * dict is a different one in each thread. A subclass's {@code __init__} runs again, with the
 * arguments the object was made with, the first time another thread touches it.
 */
public class PyLocal extends PyObject implements WithDict {
    public static final PyType TYPE = PyType.builtin("_thread._local", PyLocal.class, PyType.OBJECT, PyType.BASETYPE,
            t -> t.tp_new = PyLocal::newLocal);
    private static final PyStr INIT = PyStr.of("__init__");

    static {
        TYPE.setQualname("_local");
    }

    private final PyType type;
    private final PyObject[] args;
    private final String[] kwnames;
    private final Map<Thread, PyDict> dicts = new WeakHashMap<>();

    PyLocal(PyType type, PyObject[] args, String[] kwnames) {
        this.type = type;
        this.args = args;
        this.kwnames = kwnames;
    }

    private static PyObject newLocal(PyObject type, PyObject[] args, String[] kwnames) {
        PyType t = (PyType) type;
        if (args.length > 0 && t.lookup(INIT) == PyType.OBJECT.lookup(INIT)) {
            throw PyErr.typeError("Initialization arguments are not supported");
        }
        PyLocal l = new PyLocal(t, args, kwnames);
        synchronized (l.dicts) {
            l.dicts.put(Thread.currentThread(), new PyDict());
        }
        return l;
    }

    @Override
    public PyType type() {
        return type;
    }

    /** {@code __dict__}: this thread's attributes. */
    @org.sanca.runtime.types.PyGetter("__dict__")
    public PyObject dict() {
        return getDict();
    }

    @Override
    public PyDict getDict() {
        Thread me = Thread.currentThread();
        PyDict d;
        synchronized (dicts) {
            d = dicts.get(me);
            if (d != null) {
                return d;
            }
            d = new PyDict();
            dicts.put(me, d);
        }
        if (type != TYPE) {
            Abstract.call(Abstract.getAttr(this, INIT), args, kwnames);
        }
        return d;
    }
}
