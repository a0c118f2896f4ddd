package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** A module: CPython's {@code Objects/moduleobject.c}. Its namespace is its {@code __dict__}. */
public class PyModule extends PyObject implements WithDict {
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

    @Override
    public PyType type() {
        return TYPE;
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
        return PyNone.NONE;
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
        String message = modName instanceof PyStr n
                ? String.format("module '%s' has no attribute '%s'", n.value(), name)
                : String.format("module has no attribute '%s'", name);
        throw GenericAttr.attributeError(message, name, self);
    }

    private String repr() {
        PyObject file = dict.getItem(PyStr.of("__file__"));
        if (file instanceof PyStr f) {
            return "<module '" + getName() + "' from '" + f.value() + "'>";
        }
        return builtin ? "<module '" + getName() + "' (built-in)>" : "<module '" + getName() + "'>";
    }

    @org.sanca.runtime.types.PyGetter("__dict__")
    PyObject dictAttr() {
        return dict;
    }
}
