package org.sanca.runtime.types;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.function.Function;

import org.junit.jupiter.api.Test;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

class ObjectModelTest {
    private static PyType sub(String name, PyType[] bases, Object... entries) {
        PyDict ns = new PyDict();
        for (int i = 0; i < entries.length; i += 2) {
            ns.setItem(PyStr.of((String) entries[i]), (PyObject) entries[i + 1]);
        }
        PyObject[] baseObjs = bases;
        return (PyType) Abstract.call(PyType.TYPE, PyStr.of(name), PyTuple.of(baseObjs.clone()), ns);
    }

    private static PyType cls(String name, Object... entries) {
        return sub(name, new PyType[0], entries);
    }

    private static JavaFunc fn(Function<PyObject[], PyObject> body) {
        return new JavaFunc(body);
    }

    private static String message(Runnable r) {
        PyException e = assertThrows(PyException.class, r::run);
        return Abstract.str(e.value()).value();
    }

    private static String names(PyType[] mro) {
        StringBuilder sb = new StringBuilder();
        for (PyType t : mro) {
            sb.append(sb.isEmpty() ? "" : " ").append(t.getName());
        }
        return sb.toString();
    }

    @Test
    void c3LinearizesADiamondAndRejectsAnInconsistentOrder() {
        PyType a = cls("A");
        PyType b = sub("B", new PyType[] {a});
        PyType c = sub("C", new PyType[] {a});
        PyType d = sub("D", new PyType[] {b, c});
        assertEquals("D B C A object", names(d.mro()));
        assertEquals("Cannot create a consistent method resolution\norder (MRO) for bases A, B",
                message(() -> sub("E", new PyType[] {a, b})));
        assertEquals("duplicate base class A", message(() -> sub("F", new PyType[] {a, a})));
    }

    @Test
    void binaryOperatorTriesTheSubclassReflectedMethodFirst() {
        PyType a = cls("A", "__add__", fn(x -> PyStr.of("A.add")), "__radd__", fn(x -> PyStr.of("A.radd")));
        PyType b = sub("B", new PyType[] {a}, "__radd__", fn(x -> PyStr.of("B.radd")));
        PyObject ai = Abstract.call(a);
        PyObject bi = Abstract.call(b);
        assertEquals("B.radd", ((PyStr) Abstract.binaryOp(ai, bi, BinaryOp.ADD)).value());
        assertEquals("A.add", ((PyStr) Abstract.binaryOp(bi, ai, BinaryOp.ADD)).value());
        assertEquals("A.add", ((PyStr) Abstract.binaryOp(ai, PyInt.of(1), BinaryOp.ADD)).value());
        assertEquals("A.radd", ((PyStr) Abstract.binaryOp(PyInt.of(1), ai, BinaryOp.ADD)).value());
    }

    @Test
    void notImplementedFromBothSidesIsATypeError() {
        PyType a = cls("A", "__sub__", fn(x -> PyNotImplemented.NOT_IMPLEMENTED));
        PyObject ai = Abstract.call(a);
        assertEquals("unsupported operand type(s) for -: 'A' and 'int'",
                message(() -> Abstract.binaryOp(ai, PyInt.of(1), BinaryOp.SUBTRACT)));
    }

    @Test
    void eqWithoutHashMakesInstancesUnhashable() {
        PyType e = cls("E", "__eq__", fn(x -> org.sanca.runtime.objects.PyBool.TRUE));
        assertSame(PyNone.NONE, e.dict().getItem(PyStr.of("__hash__")));
        assertEquals("unhashable type: 'E'", message(() -> Abstract.hash(Abstract.call(e))));
        PyType h = cls("H", "__eq__", fn(x -> org.sanca.runtime.objects.PyBool.TRUE), "__hash__", fn(x -> PyInt.of(-1)));
        assertEquals(-2, Abstract.hash(Abstract.call(h)));
    }

    @Test
    void settingASpecialMethodLaterUpdatesTheSlotOfSubclassesToo() {
        PyType a = cls("A");
        PyType b = sub("B", new PyType[] {a});
        PyObject bi = Abstract.call(b);
        assertEquals("object of type 'B' has no len()", message(() -> Abstract.len(bi)));
        Abstract.setAttr(a, PyStr.of("__len__"), fn(x -> PyInt.of(3)));
        assertEquals(3, Abstract.len(bi));
        assertTrue(Abstract.isTrue(bi));
        Abstract.setAttr(a, PyStr.of("__len__"), null);
        assertEquals("object of type 'B' has no len()", message(() -> Abstract.len(bi)));
    }

    @Test
    void getattrIsTheFallbackOfMissingAttributes() {
        PyType a = cls("A", "__getattr__", fn(x -> PyStr.of("got " + ((PyStr) x[1]).value())), "y", PyInt.of(1));
        PyObject ai = Abstract.call(a);
        assertEquals("got x", ((PyStr) Abstract.getAttr(ai, PyStr.of("x"))).value());
        assertEquals(PyInt.of(1).value, ((PyInt) Abstract.getAttr(ai, PyStr.of("y"))).value);
    }

    @Test
    void slottedInstancesHaveMemberDescriptorsAndNoDict() {
        PyType s = cls("S", "__slots__", PyTuple.of(PyStr.of("b"), PyStr.of("a")));
        PyObject si = Abstract.call(s);
        assertEquals("'S' object has no attribute 'a'", message(() -> Abstract.getAttr(si, PyStr.of("a"))));
        Abstract.setAttr(si, PyStr.of("a"), PyInt.of(5));
        assertEquals(5, ((PyInt) Abstract.getAttr(si, PyStr.of("a"))).value);
        assertEquals("'S' object has no attribute 'c'", message(() -> Abstract.setAttr(si, PyStr.of("c"), PyInt.of(1))));
        assertEquals("<member 'a' of 'S' objects>", Abstract.repr(s.dict().getItem(PyStr.of("a"))).value());
        assertEquals("multiple bases have instance lay-out conflict",
                message(() -> sub("X", new PyType[] {PyInt.TYPE, PyStr.TYPE})));
    }

    @Test
    void objectRejectsExcessArgumentsAsCPythonDoes() {
        PyType a = cls("A");
        assertEquals("A() takes no arguments", message(() -> Abstract.call(a, PyInt.of(1))));
        assertEquals("object() takes no arguments", message(() -> Abstract.call(PyType.OBJECT, PyInt.of(1))));
        PyType b = cls("B", "__init__", fn(x -> PyNone.NONE));
        assertSame(b, Abstract.call(b, PyInt.of(1)).type());
        PyType c = cls("C", "__init__", fn(x -> PyInt.of(1)));
        assertEquals("__init__() should return None, not 'int'", message(() -> Abstract.call(c)));
    }

    @Test
    void initSubclassAndSetNameRunAtClassCreation() {
        PyList seen = new PyList();
        PyType base = cls("Base", "__init_subclass__",
                PyClassMethod.of(fn(x -> {
                    seen.append(x[0]);
                    return PyNone.NONE;
                })));
        PyType marker = cls("Marker", "__set_name__", fn(x -> {
            seen.append(x[2]);
            return PyNone.NONE;
        }));
        PyType sub = sub("Sub", new PyType[] {base}, "attr", Abstract.call(marker));
        assertEquals(2, seen.size());
        assertSame(sub, seen.get(1).type() == PyStr.TYPE ? seen.get(0) : seen.get(1));
        assertEquals("A.__init_subclass__() takes no keyword arguments", message(() -> Abstract.call(PyType.TYPE,
                new PyObject[] {PyStr.of("A"), PyTuple.EMPTY, new PyDict(), PyInt.of(1)}, new String[] {"x"})));
    }

    @Test
    void isinstanceFollowsTuplesAndInstancecheck() {
        PyType meta = sub("Meta", new PyType[] {PyType.TYPE}, "__instancecheck__",
                fn(x -> org.sanca.runtime.objects.PyBool.TRUE));
        PyObject anything = Abstract.call(meta, PyStr.of("Anything"), PyTuple.EMPTY, new PyDict());
        assertTrue(Abstract.isInstance(PyInt.of(1), anything));
        assertTrue(Abstract.isInstance(PyInt.of(1), PyTuple.of(PyStr.TYPE, PyInt.TYPE)));
        assertFalse(Abstract.isInstance(PyInt.of(1), PyStr.TYPE));
        assertTrue(Abstract.isSubclass(PyExc.KeyError, PyExc.LookupError));
        assertEquals("isinstance() arg 2 must be a type, a tuple of types, or a union",
                message(() -> Abstract.isInstance(PyInt.of(1), PyInt.of(1))));
        PyType other = sub("Other", new PyType[] {PyType.TYPE});
        PyObject x = Abstract.call(other, PyStr.of("X"), PyTuple.EMPTY, new PyDict());
        assertEquals("metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the "
                + "metaclasses of all its bases", message(() -> Abstract.call(PyType.TYPE, PyStr.of("Y"),
                PyTuple.of(anything, x), new PyDict())));
    }

    @Test
    void exceptionSubclassesKeepArgsAndCustomStr() {
        PyType my = sub("MyError", new PyType[] {PyExc.ValueError}, "__str__", fn(x -> PyStr.of("custom")));
        PyObject e = Abstract.call(my, PyStr.of("x"));
        assertEquals("custom", Abstract.str(e).value());
        assertEquals("MyError('x')", Abstract.repr(e).value());
        assertTrue(Abstract.isInstance(e, PyExc.Exception));
    }

    @Test
    void suggestionsFollowCPythonsDistanceAndCutOffs() {
        assertEquals("deposit", Suggestions.closest("depositt", List.of("balance", "deposit", "owner")));
        assertNull(Suggestions.closest("xyz", List.of("balance")));
        assertEquals("abcdefG", Suggestions.closest("abcdefg", List.of("abcdefx", "abcdefG")));
        assertTrue(Suggestions.isStdlibModule("math"));
    }

    @Test
    void exceptionAttributesCheckWhatIsAssigned() {
        PyObject e = Abstract.call(PyExc.ValueError, PyInt.of(1));
        Abstract.setAttr(e, PyStr.of("args"), new PyList(new PyObject[] {PyInt.of(1), PyInt.of(2)}));
        assertEquals("(1, 2)", Abstract.repr(Abstract.getAttr(e, PyStr.of("args"))).value());
        assertEquals("exception cause must be None or derive from BaseException",
                message(() -> Abstract.setAttr(e, PyStr.of("__cause__"), PyInt.of(5))));
        assertEquals("args may not be deleted", message(() -> Abstract.setAttr(e, PyStr.of("args"), null)));
    }

    @Test
    void propertyCallsItsFunctionsAndNamesItselfInErrors() {
        PyObject getter = fn(x -> PyInt.of(42));
        PyType p = cls("P", "x", Abstract.call(PyProperty.TYPE, getter), "y", Abstract.call(PyProperty.TYPE));
        PyObject pi = Abstract.call(p);
        assertEquals(42, ((PyInt) Abstract.getAttr(pi, PyStr.of("x"))).value);
        assertEquals("property 'x' of 'P' object has no setter",
                message(() -> Abstract.setAttr(pi, PyStr.of("x"), PyInt.of(1))));
        assertEquals("property 'y' of 'P' object has no getter", message(() -> Abstract.getAttr(pi, PyStr.of("y"))));
    }

    @Test
    void superSkipsTheClassItself() {
        PyType a = cls("A", "who", fn(x -> PyStr.of("A")));
        PyType b = sub("B", new PyType[] {a}, "who", fn(x -> PyStr.of("B")));
        PyObject bi = Abstract.call(b);
        PyObject s = Abstract.call(PySuper.TYPE, b, bi);
        assertEquals("A", ((PyStr) Abstract.call(Abstract.getAttr(s, PyStr.of("who")))).value());
        assertEquals("<super: <class 'B'>, <B object>>", Abstract.repr(s).value());
        assertEquals("super(type, obj): obj must be an instance or subtype of type",
                message(() -> Abstract.call(PySuper.TYPE, b, PyInt.of(1))));
    }

    @Test
    void genericAliasShowsItsArgumentsAndForwardsToTheOrigin() {
        PyObject alias = Abstract.getItem(PyType.TYPE, PyTuple.of(PyInt.TYPE, PyStr.of("x")));
        assertEquals("type[int, 'x']", Abstract.repr(alias).value());
        assertEquals("type", ((PyStr) Abstract.getAttr(alias, PyStr.of("__name__"))).value());
        assertEquals("type[int, 'x'] is not a generic class", message(() -> Abstract.getItem(alias, PyInt.TYPE)));
        assertEquals("isinstance() argument 2 cannot be a parameterized generic",
                message(() -> Abstract.isInstance(PyInt.of(1), alias)));
        assertEquals("<class 'types.GenericAlias'>", Abstract.repr(alias.type()).value());
    }
}
