package org.sanca.runtime.modules._ast;

import java.math.BigInteger;
import java.util.List;

import org.sanca.ast.Bytes;
import org.sanca.ast.Imaginary;
import org.sanca.ast.Singleton;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyComplex;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyEllipsis;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInstance;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyType;

/**
 * The parser's tree as node objects ({@code ast2obj_*} in {@code Python/Python-ast.c}): each
 * record becomes an instance of its node class with the fields, then the positions, in its
 * dict; contexts and operators are the interpreter's shared instances.
 */
final class ToPython {
    /** The field and position names of each record class as Python strings, made once. */
    private static final java.util.Map<JavaNodes.Shape, PyStr[]> NAMES = new java.util.concurrent.ConcurrentHashMap<>();

    private final AstState st;

    ToPython(AstState st) {
        this.st = st;
    }

    PyObject node(Object node) {
        if (node == null) {
            return PyNone.NONE;
        }
        if (node instanceof List<?> items) {
            PyObject[] out = new PyObject[items.size()];
            for (int i = 0; i < out.length; i++) {
                out[i] = node(items.get(i));
            }
            return new PyList(out);
        }
        if (node instanceof Enum<?> e && !(node instanceof Singleton)) {
            return singleton(e);
        }
        if (node instanceof String s) {
            return PyStr.of(s);
        }
        if (node instanceof Integer i) {
            return PyInt.of(i);
        }
        JavaNodes.Shape shape = JavaNodes.BY_CLASS.get(node.getClass());
        if (shape == null) {
            return constant(node);
        }
        return record(shape, node);
    }

    private PyObject record(JavaNodes.Shape shape, Object node) {
        PyInstance out = new PyInstance(st.classes.get(shape.pyName()));
        PyDict dict = out.getDict();
        PyStr[] names = NAMES.computeIfAbsent(shape, ToPython::names);
        for (int i = 0; i < names.length; i++) {
            Object v = shape.get(node, i);
            PyObject value = shape.components()[i].getType() == Object.class ? constant(v) : node(v);
            dict.setItem(names[i], value);
        }
        return out;
    }

    private static PyStr[] names(JavaNodes.Shape shape) {
        PyStr[] out = new PyStr[shape.names().length];
        for (int i = 0; i < out.length; i++) {
            out[i] = PyStr.of(shape.names()[i]);
        }
        return out;
    }

    private PyObject singleton(Enum<?> e) {
        synchronized (st) {
            PyObject one = st.singletons.get(e);
            if (one == null) {
                PyType cls = st.classes.get(e.name());
                one = new PyInstance(cls);
                st.singletons.put(e, one);
            }
            return one;
        }
    }

    /** A constant's value as the parser holds it ({@code Constant.value}, {@code MatchSingleton.value}). */
    static PyObject constant(Object v) {
        if (v == null || v == Singleton.NONE) {
            return PyNone.NONE;
        }
        if (v == Singleton.ELLIPSIS) {
            return PyEllipsis.ELLIPSIS;
        }
        if (v instanceof Boolean b) {
            return PyBool.of(b);
        }
        if (v instanceof Long l) {
            return PyInt.of(l);
        }
        if (v instanceof Integer i) {
            return PyInt.of(i);
        }
        if (v instanceof BigInteger b) {
            return PyInt.of(b);
        }
        if (v instanceof Double d) {
            return PyFloat.of(d);
        }
        if (v instanceof String s) {
            return PyStr.of(s);
        }
        if (v instanceof Bytes b) {
            return new PyBytes(b.value().clone());
        }
        if (v instanceof Imaginary im) {
            return new PyComplex(0.0, im.imag());
        }
        throw new IllegalStateException("constant of an unknown kind: " + v.getClass());
    }
}
