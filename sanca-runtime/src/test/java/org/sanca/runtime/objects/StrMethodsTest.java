package org.sanca.runtime.objects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Expected values recorded from CPython 3.12. */
class StrMethodsTest {
    private static String repr(PyObject o) {
        return Abstract.repr(o).value();
    }

    private static PyObject call(PyObject self, String name, PyObject... args) {
        return Abstract.call(Abstract.getAttr(self, PyStr.of(name)), args);
    }

    private static PyStr s(String v) {
        return PyStr.of(v);
    }

    @Test
    void splitAndJoin() {
        assertEquals("['a', 'b', 'c']", repr(call(s("  a  b   c  "), "split")));
        assertEquals("['', '', 'a', '', 'b', '', '', 'c', '', '']", repr(call(s("  a  b   c  "), "split", s(" "))));
        assertEquals("['  a  b', 'c']", repr(call(s("  a  b   c  "), "rsplit", PyNone.NONE, PyInt.of(1))));
        assertEquals("['l1', 'l2', 'l3', 'l4']", repr(call(s("l1\nl2\r\nl3\rl4\n"), "splitlines")));
        assertEquals("a,b", repr(call(s(","), "join", new PyList(new PyObject[] {s("a"), s("b")}))).replace("'", ""));
        PyException e = assertThrows(PyException.class, () -> call(s(","), "join", new PyList(new PyObject[] {s("a"), PyInt.of(1)})));
        assertEquals("sequence item 1: expected str instance, int found", Abstract.str(e.value()).value());
    }

    @Test
    void findAndReplace() {
        PyStr h = s("hello world, hello python");
        assertEquals("13", repr(call(h, "rfind", s("hello"))));
        assertEquals("-1", repr(call(h, "find", s(""), PyInt.of(100))));
        assertEquals("25", repr(call(h, "rfind", s(""))));
        assertEquals("26", repr(call(h, "count", s(""))));
        assertEquals("'-a-bc'", repr(call(s("abc"), "replace", s(""), s("-"), PyInt.of(2))));
        assertEquals("'-a-b-c-'", repr(call(s("abc"), "replace", s(""), s("-"))));
        assertEquals("1", repr(call(s("\uD83D\uDE00x"), "find", s("x"))));
    }

    @Test
    void caseAndPredicates() {
        assertEquals("'SS'", repr(call(s("\u00df"), "upper")));
        assertEquals("'Ss'", repr(call(s("\u00df"), "title")));
        assertEquals("'ss'", repr(call(s("\u00df"), "casefold")));
        assertEquals("'Hello World'", repr(call(s("hello world"), "title")));
        assertEquals("True", repr(call(s("\u00b2"), "isdigit")));
        assertEquals("False", repr(call(s("\u00b2"), "isdecimal")));
        assertEquals("True", repr(call(s("\u00bd"), "isnumeric")));
        assertEquals("True", repr(call(s("_a1"), "isidentifier")));
        assertEquals("'   ab'", repr(call(s("ab"), "rjust", PyInt.of(5))));
        assertEquals("'**hi*'", repr(call(s("hi"), "center", PyInt.of(5), s("*"))));
        assertEquals("'-0042'", repr(call(s("-42"), "zfill", PyInt.of(5))));
    }

    @Test
    void subscriptAndRepeat() {
        assertEquals("'ace'", repr(Abstract.getItem(s("abcdef"), new PySlice(PyNone.NONE, PyNone.NONE, PyInt.of(2)))));
        assertEquals("'x'", repr(Abstract.getItem(s("\uD83D\uDE00x"), PyInt.of(1))));
        assertEquals("'ababab'", repr(Abstract.binaryOp(s("ab"), PyInt.of(3), org.sanca.runtime.types.BinaryOp.MULTIPLY)));
        assertEquals("'1 + a'", repr(Abstract.binaryOp(s("%d + %s"), PyTuple.of(PyInt.of(1), s("a")),
                org.sanca.runtime.types.BinaryOp.REMAINDER)));
    }

    @Test
    void codecs() {
        assertEquals("b'\\xc3\\xa9'", repr(call(s("\u00e9"), "encode")));
        assertEquals("b'?'", repr(call(s("\u00e9"), "encode", s("ascii"), s("replace"))));
        assertEquals("b'&#233;'", repr(call(s("\u00e9"), "encode", s("ascii"), s("xmlcharrefreplace"))));
        assertEquals("b'\\xff\\xfea\\x00'", repr(call(s("a"), "encode", s("utf-16"))));
        PyObject b = call(s("\u00e9"), "encode", s("latin-1"));
        assertEquals("'\u00e9'", repr(call(b, "decode", s("latin-1"))));
        assertEquals("'\\udce9'", repr(call(b, "decode", s("utf-8"), s("surrogateescape"))));
        assertEquals("'\ufffd'", repr(call(b, "decode", s("utf-8"), s("replace"))));
        PyException e = assertThrows(PyException.class, () -> call(s("\u00e9"), "encode", s("ascii")));
        assertEquals("'ascii' codec can't encode character '\\xe9' in position 0: ordinal not in range(128)",
                Abstract.str(e.value()).value());
        PyException d = assertThrows(PyException.class, () -> call(b, "decode"));
        assertEquals("'utf-8' codec can't decode byte 0xe9 in position 0: unexpected end of data",
                Abstract.str(d.value()).value());
    }
}
