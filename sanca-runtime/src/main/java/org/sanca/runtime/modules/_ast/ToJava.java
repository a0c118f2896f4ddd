package org.sanca.runtime.modules._ast;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.sanca.ast.Bytes;
import org.sanca.ast.Imaginary;
import org.sanca.ast.Located;
import org.sanca.ast.Mod;
import org.sanca.ast.Singleton;
import org.sanca.compiler.ConstTuple;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyComplex;
import org.sanca.runtime.objects.PyEllipsis;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * A tree of node objects back to the parser's records, for compile() ({@code obj2ast_*} in
 * {@code Python/Python-ast.c}), with CPython's errors for missing fields, wrong kinds of node,
 * non-list sequences and constants of types a constant cannot have.
 */
final class ToJava {
    /** The ASDL sum each Java interface stands for, as CPython's messages name it. */
    private static final Map<String, String> SUM_NAMES = Map.of("Expr", "expr", "Stmt", "stmt", "Mod", "mod",
            "Pattern", "pattern", "TypeParam", "type_param", "ExprContext", "expr_context", "Operator", "operator",
            "BoolOperator", "boolop", "UnaryOperator", "unaryop", "CmpOp", "cmpop");

    private final AstState st;

    ToJava(AstState st) {
        this.st = st;
    }

    Mod module(PyObject tree) {
        Mod mod = (Mod) convert(tree, Mod.class);
        ContextCheck.check(mod);
        return mod;
    }

    private Object convert(PyObject obj, Class<?> expected) {
        String name = obj instanceof org.sanca.runtime.types.PyType ? null : st.nodeName(obj.type());
        Object out = null;
        if (name != null) {
            Enum<?> member = JavaNodes.MEMBERS.get(name);
            if (member != null) {
                out = member;
            } else {
                JavaNodes.Shape shape = JavaNodes.BY_NAME.get(name);
                if (shape != null) {
                    out = record(shape, obj);
                }
            }
        }
        if (out == null || !expected.isInstance(out)) {
            String sum = SUM_NAMES.getOrDefault(expected.getSimpleName(), expected.getSimpleName());
            throw PyErr.typeError("expected some sort of %s, but got %s", sum, Abstract.repr(obj).value());
        }
        return out;
    }

    private Object record(JavaNodes.Shape shape, PyObject obj) {
        RecordComponent[] comps = shape.components();
        Object[] args = new Object[comps.length];
        boolean located = Located.class.isAssignableFrom(shape.type()) && !shape.pyName().equals("TypeIgnore");
        String owner = ownerName(shape);
        // Positions come first, as CPython reads them before the fields.
        if (located) {
            int n = comps.length;
            args[n - 4] = required(obj, "lineno", owner);
            args[n - 3] = required(obj, "col_offset", owner);
            Object endLine = optionalInt(obj, "end_lineno");
            Object endCol = optionalInt(obj, "end_col_offset");
            args[n - 2] = endLine == null ? args[n - 4] : endLine;
            args[n - 1] = endCol == null ? args[n - 3] : endCol;
        }
        int fields = located ? comps.length - 4 : comps.length;
        for (int i = 0; i < fields; i++) {
            args[i] = field(obj, shape, comps[i]);
        }
        return shape.make(args);
    }

    /** The class name CPython's "missing from" messages use for positions: the sum's, or the product's. */
    private static String ownerName(JavaNodes.Shape shape) {
        for (Class<?> i : shape.type().getInterfaces()) {
            String sum = SUM_NAMES.get(i.getSimpleName());
            if (sum != null) {
                return sum;
            }
        }
        return shape.pyName();
    }

    private static Object required(PyObject obj, String name, String owner) {
        PyObject v = Abstract.lookupAttr(obj, PyStr.of(name));
        if (v == null) {
            throw PyErr.typeError("required field \"%s\" missing from %s", name, owner);
        }
        return intValue(v);
    }

    private static Object optionalInt(PyObject obj, String name) {
        PyObject v = Abstract.lookupAttr(obj, PyStr.of(name));
        return v == null || v == PyNone.NONE ? null : intValue(v);
    }

    private static int intValue(PyObject v) {
        if (!(v instanceof PyInt)) {
            throw PyErr.typeError("'%s' object cannot be interpreted as an integer", v.type().getName());
        }
        return (int) Abstract.indexValue(v);
    }

    private Object field(PyObject obj, JavaNodes.Shape shape, RecordComponent comp) {
        String name = comp.getName();
        Class<?> type = comp.getType();
        PyObject v = Abstract.lookupAttr(obj, PyStr.of(name));
        if (type == List.class) {
            if (v == null) {
                return List.of();
            }
            if (!(v instanceof PyList list)) {
                throw PyErr.typeError("%s field \"%s\" must be a list, not a %s", shape.pyName(), name,
                        v.type().getName());
            }
            Class<?> item = itemClass(comp.getGenericType());
            List<Object> out = new ArrayList<>();
            for (PyObject x : list.toArray()) {
                // None stands in expression lists where an item is absent (a dict's ** entry, a
                // keyword-only parameter without default).
                out.add(item == String.class ? identifier(x) : x == PyNone.NONE ? null : convert(x, item));
            }
            return java.util.Collections.unmodifiableList(out);
        }
        boolean optional = isOptional(shape.pyName(), name);
        if (v == null) {
            if (optional) {
                return type == int.class ? 0 : null;
            }
            throw PyErr.typeError("required field \"%s\" missing from %s", name, shape.pyName());
        }
        if (v == PyNone.NONE && type != Object.class) {
            if (!optional) {
                throw PyErr.valueError("field '%s' is required for %s", name, shape.pyName());
            }
            return type == int.class ? 0 : null;
        }
        if (type == Object.class) {
            return constant(v);
        }
        if (type == String.class) {
            return identifier(v);
        }
        if (type == int.class || type == Integer.class) {
            return intValue(v);
        }
        return convert(v, type);
    }

    private static boolean isOptional(String node, String field) {
        NodeSpec spec = NodeSpec.BY_NAME.get(node);
        return spec != null && spec.optional().contains(field);
    }

    private static Class<?> itemClass(Type generic) {
        Type arg = ((ParameterizedType) generic).getActualTypeArguments()[0];
        return (Class<?>) arg;
    }

    private static String identifier(PyObject v) {
        if (!(v instanceof PyStr s)) {
            throw PyErr.typeError("AST identifier must be of type str");
        }
        return s.value();
    }

    /** A node object's constant as the parser holds it. */
    private static Object constant(PyObject v) {
        if (v == PyNone.NONE) {
            return Singleton.NONE;
        }
        if (v == PyEllipsis.ELLIPSIS) {
            return Singleton.ELLIPSIS;
        }
        if (v instanceof PyBool b) {
            return b == PyBool.TRUE;
        }
        if (v instanceof PyInt i) {
            return i.big != null ? i.bigValue() : (Object) i.value;
        }
        if (v instanceof PyFloat f) {
            return f.value;
        }
        if (v instanceof PyStr s) {
            return s.value();
        }
        if (v instanceof PyBytes b) {
            return new Bytes(b.value().clone());
        }
        if (v instanceof PyComplex c && c.real == 0.0 && !Double.isNaN(c.real)) {
            return new Imaginary(c.imag);
        }
        if (v instanceof PyTuple t) {
            List<Object> items = new ArrayList<>();
            for (PyObject item : t.items()) {
                items.add(constant(item));
            }
            return new ConstTuple(List.copyOf(items));
        }
        throw PyErr.typeError("got an invalid type in Constant: %s", v.type().getName());
    }
}
