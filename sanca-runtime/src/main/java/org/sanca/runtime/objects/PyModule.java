package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/** A module: CPython's {@code Objects/moduleobject.c}. Its namespace is its {@code __dict__}. */
public class PyModule extends PyObject implements Retypable, WithDict {
    public static final PyType TYPE = PyType.builtin("module", PyModule.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tp_repr = m -> PyStr.of(((PyModule) m).repr());
        t.tp_getattro = PyModule::getAttr;
        t.tp_new = (type, args, kw) -> {
            PyModule m = type == PyModule.TYPE ? new PyModule("?") : new PyModuleDerived((PyType) type);
            m.builtin = false;
            return m;
        };
        t.tp_init = PyModule::init;
    });

    private static final PyStr GETATTR = PyStr.of("__getattr__");
    private static final PyStr NAME = PyStr.of("__name__");
    private static final PyStr SPEC = PyStr.of("__spec__");
    private static final PyStr INITIALIZING = PyStr.of("_initializing");
    private static final PyStr UNINITIALIZED = PyStr.of("_uninitialized_submodules");

    private final PyDict dict;
    /** Whether the interpreter made this module (a native module); {@code types.ModuleType()} ones are not. */
    private boolean builtin = true;

    public PyModule(String name) {
        this(name, new PyDict());
    }

    public PyModule(String name, PyDict dict) {
        this.dict = dict;
        dict.setDefault(PyStr.of("__name__"), PyStr.of(name));
        dict.setDefault(PyStr.of("__doc__"), PyNone.NONE);
        dict.setDefault(PyStr.of("__package__"), PyNone.NONE);
        dict.setDefault(PyStr.of("__loader__"), PyNone.NONE);
        dict.setDefault(PyStr.of("__spec__"), PyNone.NONE);
    }

    /** {@code type(self)}: module, or the ModuleType subclass assigned to {@code __class__}. */
    private volatile PyType type = TYPE;

    @Override
    public PyType type() {
        return type;
    }

    @Override
    public void setType(PyType type) {
        this.type = type;
    }

    @Override
    public PyDict getDict() {
        return dict;
    }

    /** {@code module.__init__(name, doc=None)}. */
    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        PyObject[] a = CtorArgs.bind("module", new String[] {"name", "doc"}, 0, args, kwnames);
        if (a[0] == null) {
            throw PyErr.typeError("module.__init__() missing required argument 'name' (pos 1)");
        }
        if (!(a[0] instanceof PyStr)) {
            throw PyErr.typeError("module.__init__() argument 'name' must be str, not %s", PyErr.typeName(a[0]));
        }
        PyDict d = ((PyModule) self).dict;
        d.setItem(NAME, a[0]);
        d.setItem(PyStr.of("__doc__"), a[1] == null ? PyNone.NONE : a[1]);
        d.setItem(PyStr.of("__package__"), PyNone.NONE);
        d.setItem(PyStr.of("__loader__"), PyNone.NONE);
        d.setItem(PyStr.of("__spec__"), PyNone.NONE);
        return PyNone.NONE;
    }

    /** {@code module.__dir__}: the namespace's own {@code __dir__} if it has one, else its keys. */
    @PyMethod("($self, /)")
    PyObject __dir__() {
        PyObject custom = dict.getItem(PyStr.of("__dir__"));
        if (custom != null) {
            return Abstract.call(custom);
        }
        return new PyList(dict.keysArray());
    }

    /** {@code __name__} as a Java string. */
    public String getName() {
        PyObject n = dict.getItem(PyStr.of("__name__"));
        return n instanceof PyStr s ? s.value() : "?";
    }

    /** {@code module_getattro}: generic lookup, then the module's {@code __getattr__}, then the error. */
    private static PyObject getAttr(PyObject self, PyStr name) {
        PyObject v = GenericAttr.getAttr(self, name, true);
        if (v != null) {
            return v;
        }
        PyDict d = ((PyModule) self).dict;
        PyObject hook = d.getItem(GETATTR);
        if (hook != null) {
            return Abstract.call(hook, name);
        }
        PyObject modName = d.getItem(NAME);
        if (!(modName instanceof PyStr n)) {
            throw GenericAttr.attributeError(String.format("module has no attribute '%s'", name), name, self);
        }
        PyObject spec = d.getItem(SPEC);
        String message;
        if (spec != null && spec != PyNone.NONE && isTrue(GenericAttr.getAttr(spec, INITIALIZING, true))) {
            message = String.format("partially initialized module '%s' has no attribute '%s' "
                    + "(most likely due to a circular import)", n.value(), name);
        } else if (spec != null && spec != PyNone.NONE && contains(GenericAttr.getAttr(spec, UNINITIALIZED, true), name)) {
            message = String.format("cannot access submodule '%s' of module '%s' "
                    + "(most likely due to a circular import)", name, n.value());
        } else {
            message = String.format("module '%s' has no attribute '%s'", n.value(), name);
        }
        throw GenericAttr.attributeError(message, name, self);
    }

    private static boolean isTrue(PyObject v) {
        try {
            return v != null && Abstract.isTrue(v);
        } catch (PyException e) {
            return false;
        }
    }

    private static boolean contains(PyObject container, PyStr name) {
        try {
            return container != null && Abstract.contains(container, name);
        } catch (PyException e) {
            return false;
        }
    }

    /** {@code repr(module)}, from its spec when it has one, as {@code importlib._bootstrap._module_repr}. */
    private String repr() {
        PyObject spec = dict.getItem(SPEC);
        if (spec != null && spec != PyNone.NONE) {
            return specRepr(spec);
        }
        PyObject file = dict.getItem(PyStr.of("__file__"));
        if (file instanceof PyStr f) {
            return "<module '" + getName() + "' from '" + f.value() + "'>";
        }
        if (builtin) {
            return "<module '" + getName() + "' (built-in)>";
        }
        PyObject loader = dict.getItem(PyStr.of("__loader__"));
        if (loader == null || loader == PyNone.NONE) {
            return "<module '" + getName() + "'>";
        }
        return "<module '" + getName() + "' (" + Abstract.repr(loader).value() + ")>";
    }

    private static String specRepr(PyObject spec) {
        PyObject n = GenericAttr.getAttr(spec, PyStr.of("name"), true);
        String name = n instanceof PyStr s ? s.value() : "?";
        PyObject origin = GenericAttr.getAttr(spec, PyStr.of("origin"), true);
        PyObject loader = GenericAttr.getAttr(spec, PyStr.of("loader"), true);
        if (origin == null || origin == PyNone.NONE) {
            if (loader == null || loader == PyNone.NONE) {
                return "<module '" + name + "'>";
            }
            if (loader.type().getName().equals("NamespaceLoader")) {
                PyObject path = GenericAttr.getAttr(loader, PyStr.of("_path"), true);
                String where = path == null ? "[]" : Abstract.repr(Abstract.call(PyList.TYPE, path)).value();
                return "<module '" + name + "' (namespace) from " + where + ">";
            }
            return "<module '" + name + "' (" + Abstract.repr(loader).value() + ")>";
        }
        if (isTrue(GenericAttr.getAttr(spec, PyStr.of("has_location"), true))) {
            return "<module '" + name + "' from '" + Abstract.str(origin).value() + "'>";
        }
        return "<module '" + name + "' (" + Abstract.str(origin).value() + ")>";
    }

    @org.sanca.runtime.types.PyGetter("__dict__")
    PyObject dictAttr() {
        return dict;
    }
}
