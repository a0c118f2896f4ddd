package org.sanca.runtime.interp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/** Argument binding of Python functions: CPython's TypeError texts for each way a call can fail. */
class ArgBinderTest {
    private static final String SOURCE = String.join("\n",
            "def f(a, b): return a",
            "def g(a, b=2, *, k): return k",
            "def h(a, /, b): return b",
            "def v(*args, **kw): return len(args) + len(kw)",
            "def d(a, b=1, c=2): return c",
            "");

    private final InterpreterState state = new InterpreterState(new InterpreterConfig(List.of(""), List.of(),
            Path.of("."), Map.of(), new ByteArrayInputStream(new byte[0]), new PrintStream(new ByteArrayOutputStream()),
            new PrintStream(new ByteArrayOutputStream()), InterpreterConfig.Flags.defaults()));
    private final PyDict globals = new PyDict();

    ArgBinderTest() {
        state.runOn(state.newThreadState(), () -> state.importer().exec(Compile.compile(SOURCE, "<test>", "exec", 0), globals));
    }

    private PyObject call(String fn, PyObject[] args, String... kwnames) {
        return state.runOn(state.newThreadState(),
                () -> Abstract.call(globals.getItem(PyStr.of(fn)), args, kwnames.length == 0 ? null : kwnames));
    }

    private String error(String fn, PyObject[] args, String... kwnames) {
        PyException e = assertThrows(PyException.class, () -> call(fn, args, kwnames));
        return Abstract.str(e.value()).value();
    }

    private static PyObject[] ints(long... vs) {
        PyObject[] out = new PyObject[vs.length];
        for (int i = 0; i < vs.length; i++) {
            out[i] = PyInt.of(vs[i]);
        }
        return out;
    }

    @Test
    void bindsPositionalKeywordAndDefaults() {
        assertEquals(PyInt.of(1), call("f", ints(1, 2)));
        assertEquals(PyInt.of(7), call("g", ints(1, 7), "k"));
        assertEquals(PyInt.of(5), call("h", ints(1, 5), "b"));
        assertEquals(PyInt.of(4), call("v", ints(1, 2, 3, 4), "x", "y"));
        assertEquals(PyInt.of(9), call("d", ints(1, 9), "c"));
    }

    @Test
    void missingPositional() {
        assertEquals("f() missing 1 required positional argument: 'b'", error("f", ints(1)));
        assertEquals("f() missing 2 required positional arguments: 'a' and 'b'", error("f", ints()));
    }

    @Test
    void tooManyPositional() {
        assertEquals("f() takes 2 positional arguments but 3 were given", error("f", ints(1, 2, 3)));
        assertEquals("d() takes from 1 to 3 positional arguments but 4 were given", error("d", ints(1, 2, 3, 4)));
        assertEquals("g() takes from 1 to 2 positional arguments but 3 positional arguments (and 1 keyword-only argument) were given",
                error("g", ints(1, 2, 3, 4), "k"));
    }

    @Test
    void keywordErrors() {
        assertEquals("f() got an unexpected keyword argument 'z'", error("f", ints(1, 2, 3), "z"));
        assertEquals("f() got multiple values for argument 'a'", error("f", ints(1, 2), "a"));
        assertEquals("h() got some positional-only arguments passed as keyword arguments: 'a'", error("h", ints(1, 2), "a", "b"));
        assertEquals("g() missing 1 required keyword-only argument: 'k'", error("g", ints(1)));
    }
}
