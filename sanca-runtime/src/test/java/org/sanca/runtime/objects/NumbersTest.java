package org.sanca.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sanca.runtime.types.BinaryOp;

/** Expected values recorded from CPython 3.12. */
class NumbersTest {
    private static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    private static PyObject call(PyObject self, String name, PyObject... args) {
        return Abstract.call(Abstract.getAttr(self, PyStr.of(name)), args);
    }

    private static String err(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return e.value().type().getName() + " " + Abstract.str(e.value()).value();
    }

    @Test
    void constructors() {
        assertEquals("31", repr(Abstract.call(PyInt.TYPE, PyStr.of("0x_1f"), PyInt.of(0))));
        assertEquals("123", repr(Abstract.call(PyInt.TYPE, PyStr.of(" 12_3 "))));
        assertEquals("10.5", repr(Abstract.call(PyFloat.TYPE, PyStr.of("1_0.5"))));
        assertEquals("(1+2j)", repr(Abstract.call(PyComplex.TYPE, PyInt.of(1), PyInt.of(2))));
        assertEquals("(-0-1j)", repr(Abstract.call(PyComplex.TYPE, PyFloat.of(-0.0), PyInt.of(-1))));
        assertEquals("ValueError invalid literal for int() with base 0: '010'",
                err(() -> Abstract.call(PyInt.TYPE, PyStr.of("010"), PyInt.of(0))));
        assertEquals("ValueError invalid literal for int() with base 10: '1__0'", err(() -> Abstract.call(PyInt.TYPE, PyStr.of("1__0"))));
        assertEquals("TypeError int() can't convert non-string with explicit base",
                err(() -> Abstract.call(PyInt.TYPE, PyFloat.of(1.5), PyInt.of(2))));
        assertEquals("ValueError could not convert string to float: 'x'", err(() -> Abstract.call(PyFloat.TYPE, PyStr.of("x"))));
        assertEquals("OverflowError cannot convert float infinity to integer",
                err(() -> Abstract.call(PyInt.TYPE, PyFloat.of(Double.POSITIVE_INFINITY))));
    }

    @Test
    void operators() {
        assertEquals("0.5", repr(Abstract.power(PyInt.of(2), PyInt.of(-1), PyNone.NONE)));
        assertEquals("-4", repr(Abstract.power(PyInt.of(3), PyInt.of(4), PyInt.of(-5))));
        assertEquals("5", repr(Abstract.power(PyInt.of(3), PyInt.of(-1), PyInt.of(7))));
        assertEquals("1267650600228229401496703205376", repr(Abstract.power(PyInt.of(2), PyInt.of(100), PyNone.NONE)));
        assertEquals("-4.0", repr(Abstract.binaryOp(PyFloat.of(-7.5), PyInt.of(2), BinaryOp.FLOOR_DIVIDE)));
        assertEquals("-0.5", repr(Abstract.binaryOp(PyFloat.of(7.5), PyInt.of(-2), BinaryOp.REMAINDER)));
        assertEquals("2.5", repr(Abstract.binaryOp(PyInt.of(10), PyInt.of(4), BinaryOp.TRUE_DIVIDE)));
        assertEquals("-4", repr(Abstract.binaryOp(PyInt.of(-7), PyInt.of(1), BinaryOp.RSHIFT)));
        assertEquals("1180591620717411303424", repr(Abstract.binaryOp(PyInt.of(1), PyInt.of(70), BinaryOp.LSHIFT)));
        assertEquals("(6.123233995736766e-17+1j)", repr(Abstract.power(PyInt.of(-1), PyFloat.of(0.5), PyNone.NONE)));
        assertEquals("ZeroDivisionError float modulo", err(() -> Abstract.binaryOp(PyFloat.of(1), PyInt.of(0), BinaryOp.REMAINDER)));
        assertEquals("ZeroDivisionError 0.0 cannot be raised to a negative power",
                err(() -> Abstract.power(PyFloat.of(0), PyInt.of(-1), PyNone.NONE)));
        assertEquals("ValueError pow() 3rd argument cannot be 0", err(() -> Abstract.power(PyInt.of(2), PyInt.of(3), PyInt.of(0))));
    }

    @Test
    void shortestRepr() {
        assertEquals("5e-324", FloatRepr.repr(Double.MIN_VALUE));
        assertEquals("1e-323", FloatRepr.repr(1e-323));
        assertEquals("2.5e-323", FloatRepr.repr(2.5e-323));
        assertEquals("1e+23", FloatRepr.repr(1e23));
        assertEquals("9007199254740992.0", FloatRepr.repr(9007199254740993.0));
        assertEquals("2.2250738585072014e-308", FloatRepr.repr(2.2250738585072014e-308));
    }

    @Test
    void methods() {
        assertEquals("'0x1.8000000000000p+0'", repr(call(PyFloat.of(1.5), "hex")));
        assertEquals("'0x1.999999999999ap-4'", repr(call(PyFloat.of(0.1), "hex")));
        assertEquals("3.0", repr(call(PyFloat.TYPE, "fromhex", PyStr.of("0x1.8p1"))));
        assertEquals("2.67", repr(call(PyFloat.of(2.675), "__round__", PyInt.of(2))));
        assertEquals("2", repr(call(PyFloat.of(2.5), "__round__")));
        assertEquals("1200", repr(call(PyInt.of(1250), "__round__", PyInt.of(-2))));
        assertEquals("b'\\x00\\x04'", repr(call(PyInt.of(1024), "to_bytes", PyInt.of(2), PyStr.of("little"))));
        assertEquals("(3602879701896397, 36028797018963968)", repr(call(PyFloat.of(0.1), "as_integer_ratio")));
        assertEquals("8", repr(call(PyInt.of(255), "bit_length")));
    }
}
