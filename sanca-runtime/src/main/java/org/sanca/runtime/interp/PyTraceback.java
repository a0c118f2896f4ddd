package org.sanca.runtime.interp;

import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyType;

/**
 * One entry of a traceback: CPython's {@code Python/traceback.c}. The entry of the outermost
 * frame comes first; {@code tb_next} leads toward the frame where the exception was raised.
 */
public final class PyTraceback extends PyObject {
    public static final PyType TYPE = PyType.builtin("traceback", PyTraceback.class, PyType.OBJECT, 0, t -> { });

    public final PyObject next;
    public final PyFrame frame;
    /** The instruction index that was running. */
    public final int lasti;
    public final int lineno;

    public PyTraceback(PyObject next, PyFrame frame, int lasti) {
        this.next = next;
        this.frame = frame;
        this.lasti = lasti;
        int line = frame.code.lineOf(lasti);
        this.lineno = line;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyGetter
    PyObject tb_next() {
        return next == null ? PyNone.NONE : next;
    }

    @PyGetter
    PyObject tb_frame() {
        return frame;
    }

    @PyGetter
    PyObject tb_lineno() {
        return lineno < 0 ? PyNone.NONE : PyInt.of(lineno);
    }

    @PyGetter
    PyObject tb_lasti() {
        return PyInt.of(lasti * 2);
    }
}
