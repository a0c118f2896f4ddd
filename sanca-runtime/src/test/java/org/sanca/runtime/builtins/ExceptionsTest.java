package org.sanca.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

class ExceptionsTest {
    private static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    private static String str(PyObject o) {
        return Abstract.str(o).value();
    }

    @Test
    void osErrorChoosesSubclassAndFormats() {
        PyObject e = Abstract.call(PyExc.OSError, PyInt.of(2), PyStr.of("No such file or directory"), PyStr.of("f.txt"));
        assertEquals("FileNotFoundError", e.type().getName());
        assertEquals("[Errno 2] No such file or directory: 'f.txt'", str(e));
        assertEquals("(2, 'No such file or directory')", repr(Abstract.getAttr(e, PyStr.of("args"))));
        assertEquals("'f.txt'", repr(Abstract.getAttr(e, PyStr.of("filename"))));
    }

    @Test
    void notesAndChaining() {
        PyObject e = Abstract.call(PyExc.ValueError, PyStr.of("base"));
        Abstract.callMethod(e, "add_note", PyStr.of("n1"));
        assertEquals("['n1']", repr(Abstract.getAttr(e, PyStr.of("__notes__"))));
        Abstract.setAttr(e, PyStr.of("__cause__"), Abstract.call(PyExc.KeyError, PyStr.of("c")));
        assertEquals("True", repr(Abstract.getAttr(e, PyStr.of("__suppress_context__"))));
        PyException err = assertThrows(PyException.class, () -> Abstract.setAttr(e, PyStr.of("__context__"), PyInt.of(5)));
        assertEquals("exception context must be None or derive from BaseException", str(err.value()));
        assertEquals("5", repr(Abstract.getAttr(Abstract.call(PyExc.StopIteration, PyInt.of(5)), PyStr.of("value"))));
        assertEquals("(1, 2)", repr(Abstract.getAttr(Abstract.call(PyExc.SystemExit, PyInt.of(1), PyInt.of(2)), PyStr.of("code"))));
    }

    @Test
    void exceptionGroupSplit() {
        PyObject inner = Abstract.call(PyExc.ExceptionGroup, PyStr.of("inner"),
                new PyList(new PyObject[] {Abstract.call(PyExc.ValueError, PyInt.of(3)), Abstract.call(PyExc.KeyError, PyInt.of(4))}));
        PyObject eg = Abstract.call(PyExc.ExceptionGroup, PyStr.of("top"),
                new PyList(new PyObject[] {Abstract.call(PyExc.ValueError, PyInt.of(1)), Abstract.call(PyExc.TypeError, PyInt.of(2)), inner}));
        assertEquals("top (3 sub-exceptions)", str(eg));
        PyTuple parts = (PyTuple) Abstract.callMethod(eg, "split", PyExc.ValueError);
        assertEquals("ExceptionGroup('top', [ValueError(1), ExceptionGroup('inner', [ValueError(3)])])", repr(parts.get(0)));
        assertEquals("ExceptionGroup('top', [TypeError(2), ExceptionGroup('inner', [KeyError(4)])])", repr(parts.get(1)));
        PyException err = assertThrows(PyException.class,
                () -> Abstract.call(PyExc.ExceptionGroup, PyStr.of("m"), new PyList(new PyObject[] {Abstract.call(PyExc.KeyboardInterrupt)})));
        assertEquals("Cannot nest BaseExceptions in an ExceptionGroup", str(err.value()));
    }
}
