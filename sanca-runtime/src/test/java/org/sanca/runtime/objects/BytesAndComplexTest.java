package org.sanca.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.sanca.runtime.types.BinaryOp;

/** Expected values recorded from CPython 3.12 (conformance/builtins/bytes_methods.out, complex_numbers.out). */
class BytesAndComplexTest {
    private static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    private static PyObject call(PyObject self, String name, PyObject... args) {
        return Abstract.call(Abstract.getAttr(self, PyStr.of(name)), args);
    }

    private static PyBytes b(String latin1) {
        return PyBytes.ofLatin1(latin1);
    }

    @Test
    void bytesMethods() {
        PyBytes h = b("Hello, World");
        assertEquals("b'hELLO, wORLD'", repr(call(h, "swapcase")));
        assertEquals("b'Ab Cd'", repr(call(b("ab cd"), "title")));
        assertEquals("b'**abc**'", repr(call(b("abc"), "center", PyInt.of(7), b("*"))));
        assertEquals("b'005'", repr(call(b("5"), "zfill", PyInt.of(3))));
        assertEquals("b'x-5'", repr(Abstract.binaryOp(b("%s-%d"), PyTuple.of(b("x"), PyInt.of(5)), BinaryOp.REMAINDER)));
        assertEquals("b'xyz'", repr(call(b("abc"), "translate", call(PyBytes.TYPE, "maketrans", b("abc"), b("xyz")))));
        assertEquals("[b'a', b'bXc']", repr(call(b("aXbXc"), "split", b("X"), PyInt.of(1))));
        assertEquals("b'ab..'", repr(call(b("ab"), "ljust", PyInt.of(4), b("."))));
        assertEquals("[b'l1', b'l2']", repr(call(b("l1\nl2"), "splitlines")));
        assertEquals("'61-62-63'", repr(call(b("abc"), "hex", PyStr.of("-"))));
    }

    @Test
    void complexNumbers() {
        assertEquals("2j", repr(Abstract.power(new PyComplex(1, 1), PyInt.of(2), PyNone.NONE)));
        assertEquals("(0.7692389013639721+0.6389612763136348j)", repr(Abstract.power(PyInt.of(2), new PyComplex(0, 1), PyNone.NONE)));
        assertEquals("(-0.5+1.5j)", repr(Abstract.binaryOp(new PyComplex(1, 2), new PyComplex(1, -1), BinaryOp.TRUE_DIVIDE)));
        assertEquals("-150j", repr(Abstract.call(PyComplex.TYPE, PyStr.of("-1.5e2j"))));
        assertEquals("(-1+2j)", repr(Abstract.call(PyComplex.TYPE, new PyComplex(0, 2), new PyComplex(0, 1))));
        assertEquals("(inf+nanj)", repr(new PyComplex(Double.POSITIVE_INFINITY, Double.NaN)));
        assertEquals("'1.00+2.00j'", repr(Abstract.format(new PyComplex(1, 2), PyStr.of(".2f"))));
        assertEquals("'      (3-4j)'", repr(Abstract.format(new PyComplex(3, -4), PyStr.of(">12"))));
        assertEquals("'0+1j'", repr(Abstract.format(new PyComplex(0, 1), PyStr.of("g"))));
        assertEquals("'1.0e+01+2.0e+00j'", repr(Abstract.format(new PyComplex(10, 2), PyStr.of(".1e"))));
        assertEquals("'        1+2j        '", repr(Abstract.format(new PyComplex(1, 2), PyStr.of("^20.3g"))));
        assertEquals("'(-1-2j)********'", repr(Abstract.format(new PyComplex(-1, -2), PyStr.of("*<15"))));
        assertEquals("'NAN+INFj'", repr(Abstract.format(new PyComplex(Double.NaN, Double.POSITIVE_INFINITY), PyStr.of("F"))));
        assertEquals("'-0.0-1.0j'", repr(Abstract.format(new PyComplex(-0.0, -1), PyStr.of(".1f"))));
        assertEquals("'   0j'", repr(Abstract.format(new PyComplex(0, 0), PyStr.of("5"))));
    }
}
