package org.sanca.runtime.types;

import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * {@code types.UnionType}, what {@code int | str} makes: CPython's {@code Objects/unionobject.c}.
 * Its arguments are flattened and without repeats; {@code isinstance} and {@code issubclass}
 * accept it like a tuple of its arguments.
 */
public final class PyUnionType extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.UnionType", PyUnionType.class, PyType.OBJECT, 0, t -> {
        t.tp_repr = u -> PyStr.of(((PyUnionType) u).repr());
        t.tp_richcompare = (u, o, op) -> ((PyUnionType) u).compare(o, op);
        t.tp_hash = u -> Abstract.hash(Abstract.call(org.sanca.runtime.objects.PyFrozenSet.TYPE, ((PyUnionType) u).args));
        t.nb_or = PyUnionType::or;
    });

    private final PyTuple args;

    private PyUnionType(PyTuple args) {
        this.args = args;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** The arguments, as {@code isinstance} checks them. */
    public PyTuple args() {
        return args;
    }

    /** {@code _Py_union_type_or}: {@code a | b} for classes, None, aliases and unions; else NotImplemented. */
    public static PyObject or(PyObject a, PyObject b) {
        if (!unionable(a) || !unionable(b)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        List<PyObject> out = new ArrayList<>();
        add(out, a);
        add(out, b);
        return out.size() == 1 ? out.get(0) : new PyUnionType(PyTuple.of(out.toArray(new PyObject[0])));
    }

    private static boolean unionable(PyObject o) {
        return o == PyNone.NONE || o instanceof PyType || o instanceof PyGenericAlias || o instanceof PyUnionType;
    }

    private static void add(List<PyObject> out, PyObject o) {
        if (o instanceof PyUnionType u) {
            for (PyObject x : u.args.items()) {
                add(out, x);
            }
            return;
        }
        PyObject item = o == PyNone.NONE ? PyNone.NONE.type() : o;
        for (PyObject x : out) {
            if (x == item || x instanceof PyGenericAlias && Abstract.richCompareBool(x, item, CompareOp.EQ)) {
                return;
            }
        }
        out.add(item);
    }

    private String repr() {
        StringBuilder sb = new StringBuilder();
        for (PyObject a : args.items()) {
            sb.append(sb.isEmpty() ? "" : " | ");
            if (a == PyNone.NONE.type()) {
                sb.append("None");
            } else if (a instanceof PyType t) {
                PyObject m = Abstract.getAttr(t, PyStr.of("__module__"));
                String q = Abstract.str(Abstract.getAttr(t, PyStr.of("__qualname__"))).value();
                sb.append(m instanceof PyStr ms && !ms.value().equals("builtins") ? ms.value() + "." + q : q);
            } else {
                sb.append(Abstract.repr(a).value());
            }
        }
        return sb.toString();
    }

    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyUnionType o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject a = Abstract.call(org.sanca.runtime.objects.PyFrozenSet.TYPE, args);
        PyObject b = Abstract.call(org.sanca.runtime.objects.PyFrozenSet.TYPE, o.args);
        boolean eq = Abstract.richCompareBool(a, b, CompareOp.EQ);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    @PyGetter("__args__")
    PyObject argsAttr() {
        return args;
    }

    @PyGetter("__parameters__")
    PyObject parameters() {
        return PyTuple.EMPTY;
    }

    @PyMethod(value = "($self, instance, /)", name = "__instancecheck__")
    boolean instanceCheck(PyObject instance) {
        for (PyObject a : args.items()) {
            if (a instanceof PyGenericAlias) {
                throw org.sanca.runtime.objects.PyErr.typeError("isinstance() argument 2 cannot be a parameterized generic");
            }
            if (Abstract.isInstance(instance, a)) {
                return true;
            }
        }
        return false;
    }

    @PyMethod(value = "($self, subclass, /)", name = "__subclasscheck__")
    boolean subclassCheck(PyObject subclass) {
        return Abstract.isSubclass(subclass, checkedArgs("issubclass"));
    }

    private PyTuple checkedArgs(String fn) {
        for (PyObject a : args.items()) {
            if (a instanceof PyGenericAlias) {
                throw org.sanca.runtime.objects.PyErr.typeError("%s() argument 2 cannot be a parameterized generic", fn);
            }
        }
        return args;
    }
}
