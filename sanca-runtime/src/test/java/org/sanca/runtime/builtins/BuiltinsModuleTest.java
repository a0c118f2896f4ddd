package org.sanca.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PySlice;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

class BuiltinsModuleTest {
    private final PyModule builtins = BuiltinsModule.create();

    private PyObject fn(String name) {
        return builtins.getDict().getItem(PyStr.of(name));
    }

    private PyObject call(String name, PyObject[] args, String... kw) {
        return Abstract.call(fn(name), args, kw.length == 0 ? null : kw);
    }

    private static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    private static PyList ints(long... v) {
        PyObject[] a = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) {
            a[i] = PyInt.of(v[i]);
        }
        return new PyList(a);
    }

    private static String message(PyException e) {
        return e.value().type().getName() + ": " + Abstract.str(e.value()).value();
    }

    @Test
    void eachInterpreterGetsItsOwnModule() {
        PyModule other = BuiltinsModule.create();
        assertNotSame(builtins.getDict(), other.getDict());
        assertEquals("<built-in function len>", repr(fn("len")));
        assertEquals("<class 'ValueError'>", repr(fn("ValueError")));
        assertEquals("3", repr(call("len", new PyObject[] {ints(1, 2, 3)})));
    }

    @Test
    void sortedIsStableWithKeyAndReverse() {
        PyList words = new PyList(new PyObject[] {PyStr.of("bb"), PyStr.of("a"), PyStr.of("cc"), PyStr.of("d")});
        PyObject byLen = fn("len");
        assertEquals("['a', 'd', 'bb', 'cc']", repr(call("sorted", new PyObject[] {words, byLen}, "key")));
        assertEquals("['bb', 'cc', 'a', 'd']",
                repr(call("sorted", new PyObject[] {words, byLen, PyInt.of(1)}, "key", "reverse")));
        long[] many = new long[1000];
        for (int i = 0; i < many.length; i++) {
            many[i] = (i * 7919L) % 1000;
        }
        PyList sorted = (PyList) call("sorted", new PyObject[] {ints(many)});
        for (int i = 0; i < 1000; i++) {
            assertEquals(i, ((PyInt) sorted.get(i)).value);
        }
    }

    @Test
    void sortReportsComparisonErrors() {
        PyList mixed = new PyList(new PyObject[] {PyInt.of(1), PyStr.of("a"), PyInt.of(0)});
        PyException e = assertThrows(PyException.class, () -> call("sorted", new PyObject[] {mixed}));
        assertEquals("TypeError: '<' not supported between instances of 'str' and 'int'", message(e));
    }

    @Test
    void sumCompensatesFloats() {
        PyList l = new PyList();
        for (int i = 0; i < 10; i++) {
            l.append(PyFloat.of(0.1));
        }
        assertEquals("1.0", repr(call("sum", new PyObject[] {l})));
        assertEquals("6", repr(call("sum", new PyObject[] {ints(1, 2, 3)})));
        PyException e = assertThrows(PyException.class, () -> call("sum", new PyObject[] {ints(), PyStr.of("")}));
        assertEquals("TypeError: sum() can't sum strings [use ''.join(seq) instead]", message(e));
    }

    @Test
    void minMaxMessages() {
        assertEquals("1", repr(call("min", new PyObject[] {PyInt.of(3), PyInt.of(1), PyInt.of(2)})));
        PyException e = assertThrows(PyException.class, () -> call("max", new PyObject[0]));
        assertEquals("TypeError: max expected at least 1 argument, got 0", message(e));
        e = assertThrows(PyException.class, () -> call("max", new PyObject[] {ints()}));
        assertEquals("ValueError: max() iterable argument is empty", message(e));
        assertEquals("7", repr(call("max", new PyObject[] {ints(), PyInt.of(7)}, "default")));
    }

    @Test
    void listSliceAssignment() {
        PyList l = ints(0, 1, 2, 3, 4, 5);
        Abstract.setItem(l, new PySlice(PyInt.of(1), PyInt.of(3), PyInt.of(1)), PyTuple.of(PyStr.of("x")));
        assertEquals("[0, 'x', 3, 4, 5]", repr(l));
        Abstract.setItem(l, new PySlice(PyInt.of(0), PyInt.of(5), PyInt.of(2)), null);
        assertEquals("['x', 4]", repr(l));
        assertEquals("[4, 'x']", repr(Abstract.getItem(l, new PySlice(PyInt.of(5), PyInt.of(-10), PyInt.of(-1)))));
        PyException e = assertThrows(PyException.class,
                () -> Abstract.setItem(l, new PySlice(PyInt.of(0), PyInt.of(2), PyInt.of(2)), ints(1, 2)));
        assertEquals("ValueError: attempt to assign sequence of size 2 to extended slice of size 1", message(e));
    }
}
