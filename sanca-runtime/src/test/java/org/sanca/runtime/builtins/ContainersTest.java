package org.sanca.runtime.builtins;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.BinaryOp;

class ContainersTest {
    private final PyModule builtins = BuiltinsModule.create();

    private PyObject b(String name) {
        return builtins.getDict().getItem(PyStr.of(name));
    }

    private PyObject call(String name, PyObject... args) {
        return Abstract.call(b(name), args);
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

    private static PyList strs(String... v) {
        PyObject[] a = new PyObject[v.length];
        for (int i = 0; i < v.length; i++) {
            a[i] = PyStr.of(v[i]);
        }
        return new PyList(a);
    }

    @Test
    void setsIterateInCPythonTableOrder() {
        PyObject x = call("set", ints(4, 3, 2, 1));
        PyObject y = call("set", ints(5, 4, 3));
        assertEquals("{1, 2, 3, 4, 5}", repr(Abstract.binaryOp(x, y, BinaryOp.OR)));
        assertEquals("{3, 4}", repr(Abstract.binaryOp(x, y, BinaryOp.AND)));
        assertEquals("{1, 2}", repr(Abstract.binaryOp(x, y, BinaryOp.SUBTRACT)));
        assertEquals("{1, 2, 5}", repr(Abstract.binaryOp(x, y, BinaryOp.XOR)));
        assertEquals("{0, 1, 2, 3}", repr(call("set", call("map", b("abs"), ints(-3, -2, -1, 0, 1, 2, 3)))));
        assertEquals("frozenset({1, 2})", repr(call("frozenset", ints(2, 1))));
        assertEquals("set()", repr(call("set")));
        PyException e = assertThrows(PyException.class, () -> Abstract.callMethod(call("set"), "remove", PyInt.of(42)));
        assertEquals("42", Abstract.str(e.value()).value());
    }

    @Test
    void rangesOfAnySize() {
        PyObject r = call("range", PyInt.of(3), PyInt.of(20), PyInt.of(4));
        assertEquals("range(3, 20, 4)", repr(r));
        assertEquals("[3, 7, 11, 15, 19]", repr(call("list", r)));
        assertEquals(5, Abstract.len(r));
        PyObject big = call("range", Abstract.binaryOp(PyInt.of(10), PyInt.of(20), BinaryOp.MULTIPLY));
        assertEquals("199", repr(Abstract.getItem(big, PyInt.of(-1))));
        assertEquals("[(0, 'a'), (1, 'b')]", repr(call("list", call("enumerate", strs("a", "b")))));
        assertEquals("[('a', 0), ('b', 1)]", repr(call("list", call("zip", strs("a", "b", "c"), call("range", PyInt.of(2))))));
        assertEquals("[3, 2, 1]", repr(call("list", call("reversed", ints(1, 2, 3)))));
    }

    @Test
    void dictMethodsAndViews() {
        PyObject d = call("dict", call("zip", strs("a", "b", "c"), ints(1, 2, 3)));
        assertEquals("{'a': 1, 'b': 2, 'c': 3}", repr(d));
        assertEquals("dict_keys(['a', 'b', 'c'])", repr(Abstract.callMethod(d, "keys")));
        assertEquals("('c', 3)", repr(Abstract.callMethod(d, "popitem")));
        PyObject items = Abstract.callMethod(d, "items");
        assertEquals("dict_items([('a', 1), ('b', 2)])", repr(items));
        assertEquals("{'a': 1, 'b': 2, 'z': 0}", repr(Abstract.binaryOp(d, call("dict", PyTuple.of(PyTuple.of(PyStr.of("z"), PyInt.of(0)))), BinaryOp.OR)));
        assertEquals("{'a': 0, 'b': 0}", repr(Abstract.callMethod(b("dict"), "fromkeys", strs("a", "b"), PyInt.of(0))));
    }
}
