package org.sanca.runtime.objects;

import java.util.function.BiConsumer;

import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMappingProxy;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code dict_keys}, {@code dict_values} and {@code dict_items} ({@code Objects/dictobject.c}):
 * live views of a dict. Keys and items views are set-like: they compare as sets and combine
 * with {@code | & - ^} into new sets.
 */
public final class PyDictView extends PyObject {
    public static final PyType KEYS = PyType.builtin("dict_keys", PyDictView.class, PyType.OBJECT, 0, t -> fill(t, true));
    public static final PyType VALUES = PyType.builtin("dict_values", PyDictView.class, PyType.OBJECT, 0, t -> fill(t, false));
    public static final PyType ITEMS = PyType.builtin("dict_items", PyDictView.class, PyType.OBJECT, 0, t -> fill(t, true));

    private final PyDict dict;
    private final PyType type;

    PyDictView(PyDict dict, PyType type) {
        this.dict = dict;
        this.type = type;
    }

    @Override
    public PyType type() {
        return type;
    }

    private static void fill(PyType t, boolean setLike) {
        t.tp_repr = self -> PyStr.of(((PyDictView) self).repr());
        t.sq_length = self -> ((PyDictView) self).dict.size();
        t.tp_iter = self -> ((PyDictView) self).iter(false);
        t.sq_contains = (self, x) -> ((PyDictView) self).contains(x);
        if (!setLike) {
            return;
        }
        t.tp_hash = null;
        t.tp_richcompare = PyDictView::richCompare;
        t.nb_or = (a, b) -> combine(a, b, PyAnySet::update);
        t.nb_subtract = (a, b) -> combine(a, b, PyAnySet::differenceUpdate);
        t.nb_xor = (a, b) -> combine(a, b, PyAnySet::symmetricDifferenceUpdate);
        t.nb_and = PyDictView::intersect;
    }

    /**
     * {@code view & other} either way round: membership in the view decides, so an items view
     * never hashes the other operand's elements (CPython's {@code _PyDictView_Intersect}).
     */
    private static PyObject intersect(PyObject a, PyObject b) {
        PyDictView self = a instanceof PyDictView v && v.type != VALUES ? v : (PyDictView) b;
        PyObject other = self == a ? b : a;
        if (other instanceof PyDictView v && v.type != VALUES && v.dict.size() > self.dict.size()) {
            PyDictView t = self;
            self = v;
            other = t;
        }
        PySet result = new PySet();
        PyObject it = Abstract.getIter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (self.contains(x)) {
                result.add(x);
            }
        }
        return result;
    }

    private PyObject iter(boolean reversed) {
        if (type == KEYS) {
            return new PyDictIter(dict, reversed ? PyDictIter.REVERSE_KEYS : PyDictIter.KEYS);
        }
        if (type == VALUES) {
            return new PyDictIter(dict, reversed ? PyDictIter.REVERSE_VALUES : PyDictIter.VALUES);
        }
        return new PyDictIter(dict, reversed ? PyDictIter.REVERSE_ITEMS : PyDictIter.ITEMS);
    }

    private boolean contains(PyObject x) {
        if (type == KEYS) {
            return dict.getItem(x) != null;
        }
        if (type == ITEMS) {
            if (!(x instanceof PyTuple t) || t.size() != 2) {
                return false;
            }
            PyObject v = dict.getItem(t.get(0));
            return v != null && Abstract.richCompareBool(v, t.get(1), CompareOp.EQ);
        }
        PyObject it = iter(false);
        for (PyObject v = Abstract.next(it); v != null; v = Abstract.next(it)) {
            if (Abstract.richCompareBool(v, x, CompareOp.EQ)) {
                return true;
            }
        }
        return false;
    }

    private String repr() {
        PyObject[] items = Sequences.toArrayNoCopy(this);
        return SequenceRepr.of(this, items, type.getName() + "([", "])", "...");
    }

    private static PyObject combine(PyObject a, PyObject b, BiConsumer<PySet, PyObject> op) {
        PySet r = PySet.of(a);
        op.accept(r, b);
        return r;
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (!(b instanceof PyAnySet) && !(b instanceof PyDictView v && v.type != VALUES)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        int la = Abstract.len(a);
        int lb = Abstract.len(b);
        boolean r = switch (op) {
            case EQ -> la == lb && allIn(a, b);
            case NE -> !(la == lb && allIn(a, b));
            case LT -> la < lb && allIn(a, b);
            case LE -> la <= lb && allIn(a, b);
            case GT -> la > lb && allIn(b, a);
            case GE -> la >= lb && allIn(b, a);
        };
        return PyBool.of(r);
    }

    private static boolean allIn(PyObject small, PyObject big) {
        PyObject it = Abstract.getIter(small);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (!Abstract.contains(big, x)) {
                return false;
            }
        }
        return true;
    }

    @PyGetter(doc = "dictionary that this view refers to")
    PyObject mapping() {
        return new PyMappingProxy(dict);
    }

    @PyMethod(value = "($self, other, /)", doc = "Return True if the view and the given iterable have a null intersection.")
    boolean isdisjoint(PyObject other) {
        PyObject it = Abstract.getIter(other);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            if (contains(x)) {
                return false;
            }
        }
        return true;
    }

    @PyMethod(value = "($self, /)", doc = "Return a reverse iterator over the dict keys.")
    PyObject __reversed__() {
        return iter(true);
    }
}
