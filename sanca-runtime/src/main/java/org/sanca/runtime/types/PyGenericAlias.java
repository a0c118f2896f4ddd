package org.sanca.runtime.types;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.GenericAttr;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyEllipsis;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * {@code types.GenericAlias}, what {@code list[int]} makes: CPython's
 * {@code Objects/genericaliasobject.c}. It remembers the origin class and the arguments,
 * shows them as written, calls through to the origin and forwards other attributes to it.
 * A builtin class supports subscription by declaring {@code __class_getitem__} with
 * {@link #classGetItem}.
 */
public class PyGenericAlias extends PyObject {
    public static final PyType TYPE = PyType.builtin("types.GenericAlias", PyGenericAlias.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tp_new = (cls, args, kw) -> newAlias((PyType) cls, args, kw);
        t.tp_repr = a -> PyStr.of(((PyGenericAlias) a).repr());
        t.tp_call = (a, args, kw) -> ((PyGenericAlias) a).call(args, kw);
        t.tp_getattro = (a, name) -> ((PyGenericAlias) a).getAttr(name);
        t.tp_richcompare = (a, b, op) -> ((PyGenericAlias) a).compare(b, op);
        t.tp_hash = a -> Abstract.hash(((PyGenericAlias) a).origin) ^ Abstract.hash(((PyGenericAlias) a).args);
        t.mp_subscript = (a, key) -> ((PyGenericAlias) a).subscript(key);
        t.nb_or = PyUnionType::or;
    });

    private static final Set<String> OWN = Set.of("__class__", "__origin__", "__args__", "__unpacked__", "__parameters__",
            "__typing_unpacked_tuple_args__", "__mro_entries__", "__reduce_ex__", "__reduce__", "__copy__", "__deepcopy__");
    private static final PyStr ORIGIN = PyStr.of("__origin__");
    private static final PyStr ARGS = PyStr.of("__args__");
    private static final PyStr PARAMETERS = PyStr.of("__parameters__");
    private static final PyStr TYPING_SUBST = PyStr.of("__typing_subst__");
    private static final PyStr QUALNAME = PyStr.of("__qualname__");
    private static final PyStr MODULE = PyStr.of("__module__");

    private final PyObject origin;
    private final PyTuple args;
    private PyTuple parameters;

    public PyGenericAlias(PyObject origin, PyObject args) {
        this.origin = origin;
        this.args = args instanceof PyTuple t ? t : PyTuple.of(args);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** {@code Py_GenericAlias}: the {@code __class_getitem__} of builtin generic classes. */
    public static PyObject classGetItem(PyObject cls, PyObject item) {
        return new PyGenericAlias(cls, item);
    }

    private static PyObject newAlias(PyType type, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("GenericAlias() takes no keyword arguments");
        }
        if (args.length != 2) {
            throw PyErr.typeError("GenericAlias expected 2 arguments, got %d", args.length);
        }
        if (type != TYPE) {
            return new PyGenericAliasDerived(type, args[0], args[1]);
        }
        return new PyGenericAlias(args[0], args[1]);
    }

    private String repr() {
        StringBuilder sb = new StringBuilder(reprItem(origin)).append('[');
        if (args.size() == 0) {
            sb.append("()");
        }
        for (int i = 0; i < args.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(reprItem(args.get(i)));
        }
        return sb.append(']').toString();
    }

    /** {@code ga_repr_item}: ..., nested aliases by repr, classes and functions by module and qualname. */
    private static String reprItem(PyObject p) {
        if (p == PyEllipsis.ELLIPSIS) {
            return "...";
        }
        try {
            if (Abstract.lookupAttr(p, ORIGIN) != null && Abstract.lookupAttr(p, ARGS) != null) {
                return Abstract.repr(p).value();
            }
            PyObject qualname = Abstract.lookupAttr(p, QUALNAME);
            PyObject module = qualname == null ? null : Abstract.lookupAttr(p, MODULE);
            if (qualname != null && module != null && module != org.sanca.runtime.objects.PyNone.NONE) {
                String q = Abstract.str(qualname).value();
                String m = Abstract.str(module).value();
                return m.equals("builtins") ? q : m + "." + q;
            }
        } catch (PyException e) {
            if (!e.matches(PyExc.Exception)) {
                throw e;
            }
        }
        return Abstract.repr(p).value();
    }

    private PyObject call(PyObject[] a, String[] kwnames) {
        PyObject obj = Abstract.call(origin, a, kwnames);
        try {
            Abstract.setAttr(obj, PyStr.of("__orig_class__"), this);
        } catch (PyException e) {
            if (!e.matches(PyExc.AttributeError) && !e.matches(PyExc.TypeError)) {
                throw e;
            }
        }
        return obj;
    }

    private PyObject getAttr(PyStr name) {
        if (!OWN.contains(name.value())) {
            return Abstract.getAttr(origin, name);
        }
        return GenericAttr.getAttr(this, name, false);
    }

    private PyObject compare(PyObject other, CompareOp op) {
        if (!(other instanceof PyGenericAlias o) || (op != CompareOp.EQ && op != CompareOp.NE)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        boolean eq = Abstract.richCompareBool(origin, o.origin, CompareOp.EQ)
                && Abstract.richCompareBool(args, o.args, CompareOp.EQ);
        return PyBool.of(op == CompareOp.EQ ? eq : !eq);
    }

    /** {@code _Py_make_parameters}: the type variables among the arguments, in order. */
    private synchronized PyTuple parameters() {
        if (parameters == null) {
            List<PyObject> out = new ArrayList<>();
            for (PyObject a : args.items()) {
                if (a instanceof PyType) {
                    continue;
                }
                if (Abstract.lookupAttr(a, TYPING_SUBST) != null) {
                    addUnique(out, a);
                } else if (Abstract.lookupAttr(a, PARAMETERS) instanceof PyTuple ps) {
                    for (PyObject p : ps.items()) {
                        addUnique(out, p);
                    }
                }
            }
            parameters = PyTuple.of(out.toArray(new PyObject[0]));
        }
        return parameters;
    }

    private static void addUnique(List<PyObject> out, PyObject p) {
        for (PyObject q : out) {
            if (q == p) {
                return;
            }
        }
        out.add(p);
    }

    /** {@code ga_getitem}: substitutes the type variables. */
    private PyObject subscript(PyObject key) {
        PyTuple params = parameters();
        if (params.size() == 0) {
            throw PyErr.typeError("%s is not a generic class", repr());
        }
        PyObject[] items = key instanceof PyTuple t ? t.items() : new PyObject[] {key};
        if (items.length != params.size()) {
            throw PyErr.typeError("Too %s arguments for %s; actual %d, expected %d",
                    items.length > params.size() ? "many" : "few", repr(), items.length, params.size());
        }
        PyObject[] out = new PyObject[args.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = substitute(args.get(i), params, items);
        }
        return new PyGenericAlias(origin, PyTuple.of(out));
    }

    private static PyObject substitute(PyObject arg, PyTuple params, PyObject[] items) {
        for (int j = 0; j < params.size(); j++) {
            if (params.get(j) == arg) {
                return items[j];
            }
        }
        if (!(arg instanceof PyType) && Abstract.lookupAttr(arg, PARAMETERS) instanceof PyTuple sub && sub.size() > 0) {
            PyObject[] subItems = new PyObject[sub.size()];
            for (int k = 0; k < subItems.length; k++) {
                subItems[k] = substitute(sub.get(k), params, items);
            }
            return Abstract.getItem(arg, subItems.length == 1 ? subItems[0] : PyTuple.of(subItems));
        }
        return arg;
    }

    @PyGetter("__origin__")
    PyObject originAttr() {
        return origin;
    }

    @PyGetter("__args__")
    PyObject argsAttr() {
        return args;
    }

    @PyGetter("__parameters__")
    PyObject parametersAttr() {
        return parameters();
    }

    @PyGetter("__unpacked__")
    PyObject unpacked() {
        return PyBool.FALSE;
    }

    @PyMethod(value = "($self, bases, /)", name = "__mro_entries__")
    PyObject mroEntries(PyObject bases) {
        return PyTuple.of(origin);
    }

    @PyMethod(value = "($self, instance, /)", name = "__instancecheck__")
    PyObject instanceCheck(PyObject instance) {
        throw PyErr.typeError("isinstance() argument 2 cannot be a parameterized generic");
    }

    @PyMethod(value = "($self, subclass, /)", name = "__subclasscheck__")
    PyObject subclassCheck(PyObject subclass) {
        throw PyErr.typeError("issubclass() argument 2 cannot be a parameterized generic");
    }

    @PyMethod(value = "($self, /)", name = "__reduce__")
    PyObject reduce() {
        return PyTuple.of(TYPE, PyTuple.of(origin, args));
    }
}
