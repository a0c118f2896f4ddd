package org.sanca.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.sanca.runtime.types.BinaryOp;

/** Expected values recorded from CPython 3.12 (conformance/builtins/bytearray_methods.out). */
class ByteArrayTest {
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
    void mutation() {
        PyObject ba = Abstract.call(PyByteArray.TYPE, b("hello"));
        Abstract.setItem(ba, PyInt.of(0), PyInt.of(72));
        call(ba, "append", PyInt.of(33));
        call(ba, "extend", b(" world"));
        assertEquals("bytearray(b'Hello! world')", repr(ba));
        Abstract.setItem(ba, new PySlice(PyInt.of(1), PyInt.of(5), PyNone.NONE), b("EY"));
        assertEquals("bytearray(b'HEY! world')", repr(ba));
        Abstract.setItem(ba, PyInt.of(0), null);
        Abstract.setItem(ba, new PySlice(PyInt.of(-6), PyNone.NONE, PyNone.NONE), null);
        assertEquals("bytearray(b'EY!')", repr(ba));
        ba = Abstract.inplaceOp(ba, b("++"), BinaryOp.ADD);
        ba = Abstract.inplaceOp(ba, PyInt.of(2), BinaryOp.MULTIPLY);
        assertEquals("bytearray(b'EY!++EY!++')", repr(ba));
        PyObject b2 = Abstract.call(PyByteArray.TYPE, b("abcdef"));
        Abstract.setItem(b2, new PySlice(PyNone.NONE, PyNone.NONE, PyInt.of(2)), b("XYZ"));
        assertEquals("bytearray(b'XbYdZf')", repr(b2));
        assertEquals("bytearray(b'_bYdZf')", repr(call(b2, "replace", b("X"), b("_"))));
        PyException e = assertThrows(PyException.class,
                () -> Abstract.setItem(Abstract.call(PyByteArray.TYPE, b("abc")), new PySlice(PyInt.of(0), PyInt.of(3), PyInt.of(2)), b("xyz")));
        assertEquals("attempt to assign bytes of size 3 to extended slice of size 2", Abstract.str(e.value()).value());
        PyException h = assertThrows(PyException.class, () -> Abstract.hash(Abstract.call(PyByteArray.TYPE)));
        assertEquals("unhashable type: 'bytearray'", Abstract.str(h.value()).value());
    }

    @Test
    void memoryview() {
        PyObject b3 = Abstract.call(PyByteArray.TYPE, b("adec"));
        PyObject mv = Abstract.call(PyMemoryView.TYPE, b3);
        assertEquals("97", repr(Abstract.getItem(mv, PyInt.of(0))));
        assertEquals("b'de'", repr(Abstract.call(PyBytes.TYPE, Abstract.getItem(mv, new PySlice(PyInt.of(1), PyInt.of(3), PyNone.NONE)))));
        assertEquals("[97, 100, 101, 99]", repr(call(mv, "tolist")));
        Abstract.setItem(mv, PyInt.of(0), PyInt.of(65));
        assertEquals("bytearray(b'Adec')", repr(b3));
    }
}
