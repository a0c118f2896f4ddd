package org.sanca.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sanca.runtime.types.BinaryOp;
import org.sanca.runtime.types.PyType;

class CoreObjectsTest {
    private static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    @Test
    void intArithmeticOverflowsIntoBigInteger() {
        PyObject big = Abstract.binaryOp(PyInt.of(Long.MAX_VALUE), PyInt.of(1), BinaryOp.ADD);
        assertEquals("9223372036854775808", repr(big));
        assertEquals("-4", repr(Abstract.binaryOp(PyInt.of(-7), PyInt.of(2), BinaryOp.FLOOR_DIVIDE)));
        assertEquals("1", repr(Abstract.binaryOp(PyInt.of(-7), PyInt.of(2), BinaryOp.REMAINDER)));
        assertEquals("2", repr(Abstract.binaryOp(PyBool.TRUE, PyInt.of(1), BinaryOp.ADD)));
    }

    @Test
    void unsupportedOperandsRaiseTypeError() {
        PyException e = assertThrows(PyException.class, () -> Abstract.binaryOp(PyInt.of(1), PyStr.of("a"), BinaryOp.ADD));
        assertEquals("unsupported operand type(s) for +: 'int' and 'str'", Abstract.str(e.value()).value());
    }

    @Test
    void numericHashesAgree() {
        assertEquals(Abstract.hash(PyInt.of(1)), Abstract.hash(PyFloat.of(1.0)));
        assertEquals(-2, Abstract.hash(PyInt.of(-1)));
        assertEquals(Abstract.hash(PyInt.of(1L << 62)), Abstract.hash(PyFloat.of(Math.pow(2, 62))));
        assertEquals(0, Abstract.hash(PyInt.of((1L << 61) - 1)));
    }

    @Test
    void floatRepr() {
        assertEquals("0.1", FloatRepr.repr(0.1));
        assertEquals("1e+16", FloatRepr.repr(1e16));
        assertEquals("1234567890123456.0", FloatRepr.repr(1234567890123456.0));
        assertEquals("1.5e-07", FloatRepr.repr(1.5e-7));
        assertEquals("0.0001", FloatRepr.repr(0.0001));
        assertEquals("1e-05", FloatRepr.repr(0.00001));
        assertEquals("-0.0", FloatRepr.repr(-0.0));
        assertEquals("inf", FloatRepr.repr(Double.POSITIVE_INFINITY));
        assertEquals("0.30000000000000004", FloatRepr.repr(0.1 + 0.2));
    }

    @Test
    void dictKeepsInsertionOrderAndGrows() {
        PyDict d = new PyDict();
        for (int i = 0; i < 1000; i++) {
            d.setItem(PyInt.of(i), PyStr.of("v" + i));
        }
        for (int i = 0; i < 1000; i += 2) {
            d.delItem(PyInt.of(i));
        }
        assertEquals(500, d.size());
        assertEquals("v1", ((PyStr) d.getItem(PyFloat.of(1.0))).value());
        assertNull(d.getItem(PyInt.of(2)));
        assertSame(PyInt.of(1), d.keysArray()[0]);
        d.setItem(PyInt.of(0), PyStr.of("again"));
        assertSame(PyInt.of(0), d.keysArray()[499 + 1]);
    }

    @Test
    void reprOfContainers() {
        PyList l = new PyList();
        l.append(PyInt.of(1));
        l.append(PyStr.of("it's"));
        l.append(l);
        assertEquals("[1, \"it's\", [...]]", repr(l));
        assertEquals("(1,)", repr(PyTuple.of(PyInt.of(1))));
        assertEquals("'a\\nb'", repr(PyStr.of("a\nb")));
    }

    @Test
    void declaredMethodsAreFoundAndParseArguments() {
        PyObject upper = Abstract.getAttr(PyStr.of("abc"), PyStr.of("upper"));
        assertEquals("'ABC'", repr(Abstract.call(upper)));
        PyList l = new PyList();
        Abstract.call(Abstract.getAttr(l, PyStr.of("append")), PyInt.of(5));
        assertEquals("[5]", repr(l));
        PyException e = assertThrows(PyException.class,
                () -> Abstract.call(Abstract.getAttr(l, PyStr.of("append"))));
        assertEquals("TypeError", e.value().type().getName());
        PyException missing = assertThrows(PyException.class, () -> Abstract.getAttr(l, PyStr.of("nope")));
        assertEquals("'list' object has no attribute 'nope'", Abstract.str(missing.value()).value());
    }

    @Test
    void slotWrappersAppearInBuiltinDicts() {
        PyObject add = Abstract.getAttr(PyInt.TYPE, PyStr.of("__add__"));
        assertEquals("<slot wrapper '__add__' of 'int' objects>", repr(add));
        assertEquals("5", repr(Abstract.call(add, PyInt.of(2), PyInt.of(3))));
        assertTrue(PyBool.TYPE.isSubtype(PyInt.TYPE));
        assertSame(PyType.TYPE, PyType.TYPE.type());
    }

    @Test
    void exceptionsFormatLikeCPython() {
        PyBaseException e = PyErr.newException(PyExc.KeyError, PyStr.of("k"));
        assertEquals("'k'", Abstract.str(e).value());
        assertEquals("KeyError('k')", repr(e));
        assertTrue(PyExc.ExceptionGroup.isSubtype(PyExc.Exception));
        assertEquals("ZeroDivisionError", assertThrows(PyException.class,
                () -> Abstract.binaryOp(PyInt.of(1), PyInt.of(0), BinaryOp.FLOOR_DIVIDE)).value().type().getName());
    }
}
