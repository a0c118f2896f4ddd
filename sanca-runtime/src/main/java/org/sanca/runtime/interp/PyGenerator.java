package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** A generator: CPython's {@code PyGen_Type} ({@code Objects/genobject.c}). */
public final class PyGenerator extends GenBase {
    public static final PyType TYPE = PyType.builtin("generator", PyGenerator.class, PyType.OBJECT, 0, t -> {
        t.tp_iter = g -> g;
        t.tp_iternext = g -> ((PyGenerator) g).next();
        t.tp_repr = g -> PyStr.of(((PyGenerator) g).reprOf("generator"));
    });

    PyGenerator(PyFrame frame) {
        super(frame);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    String kind() {
        return "generator";
    }

    private PyObject next() {
        PyObject r = sendEx(PyNone.NONE, null);
        if (!returned) {
            return r;
        }
        // gen_iternext: a return value other than None travels as StopIteration(value).
        if (r != PyNone.NONE) {
            throw stopIteration(r);
        }
        return null;
    }

    @PyMethod("($self, value, /)")
    PyObject send(PyObject v) {
        PyObject r = sendEx(v, null);
        if (returned) {
            throw stopIteration(r);
        }
        return r;
    }

    @PyMethod(value = "($self, typ, val=<unrepresentable>, tb=<unrepresentable>, /)", name = "throw")
    PyObject throwMethod(PyObject typ, PyObject val, PyObject tb) {
        PyObject r = throwEx(exceptionFor(typ, val, tb), true);
        if (returned) {
            throw stopIteration(r);
        }
        return r;
    }

    @PyMethod(value = "($self, /)", name = "close")
    PyObject closeMethod() {
        return close();
    }

    @PyGetter
    PyObject gi_frame() {
        return frameOrNone();
    }

    @PyGetter
    PyObject gi_running() {
        return PyBool.of(running);
    }

    @PyGetter
    PyObject gi_suspended() {
        return PyBool.of(isSuspended());
    }

    @PyGetter
    PyObject gi_code() {
        return code;
    }

    @PyGetter
    PyObject gi_yieldfrom() {
        return yieldFromOrNone();
    }

    @PyGetter("__name__")
    PyObject getName() {
        return PyStr.of(name);
    }

    @PyGetter("__qualname__")
    PyObject getQualname() {
        return PyStr.of(qualname);
    }
}
