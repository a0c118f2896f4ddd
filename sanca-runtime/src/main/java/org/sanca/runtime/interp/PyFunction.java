package org.sanca.runtime.interp;

import org.sanca.compiler.CodeUnit;
import org.sanca.runtime.objects.GenericAttr;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyType;

/**
 * A function defined in Python: CPython's {@code Objects/funcobject.c}. Calling it binds the
 * arguments into a new frame and runs it (or, for a generator or coroutine function, makes the
 * generator without running anything).
 */
public final class PyFunction extends PyObject implements WithDict, org.sanca.runtime.types.FunctionObject {
    public static final PyType TYPE = PyType.builtin("function", PyFunction.class, PyType.OBJECT, 0, t -> {
        t.tp_call = (f, args, kw) -> ((PyFunction) f).call(args, 0, args.length, kw);
        t.tp_descr_get = (f, obj, type) -> obj == null ? f : new PyBoundMethod(f, obj);
        t.tp_repr = f -> PyStr.of("<function " + ((PyFunction) f).qualname + " at " + org.sanca.runtime.types.Ids.hex(f) + ">");
        t.tp_setattro = PyFunction::setAttr;
        t.tp_new = PyFunction::newFunction;
    });

    private static final String[] NEW_PARAMS = {"code", "globals", "name", "argdefs", "closure", "kwdefaults"};

    private static final PyStr NAME = PyStr.of("__name__");

    public PyCode code;
    public final PyDict globals;
    final PyObject builtins;
    String name;
    String qualname;
    public PyTuple defaults;
    public PyDict kwdefaults;
    public PyTuple closure;
    PyObject doc;
    PyObject module;
    PyObject annotations;
    PyObject typeParams;
    private PyDict dict;
    /** True when a call with exactly argCount positional arguments needs no binding logic. */
    private boolean simple;

    public PyFunction(PyCode code, PyDict globals, PyObject builtins) {
        this.code = code;
        this.globals = globals;
        this.builtins = builtins;
        this.name = code.unit.name;
        this.qualname = code.unit.qualname;
        this.doc = code.consts.length > 0 && code.consts[0] instanceof PyStr s ? s : PyNone.NONE;
        PyObject m = globals.getItem(NAME);
        this.module = m == null ? PyNone.NONE : m;
        updateSimple();
    }

    private void updateSimple() {
        simple = (code.flags & (CodeUnit.CO_VARARGS | CodeUnit.CO_VARKEYWORDS)) == 0 && code.kwOnlyArgCount == 0;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    public String qualname() {
        return qualname;
    }

    public String name() {
        return name;
    }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    /** Runs this class body with {@code namespace} as its locals ({@code __build_class__}). */
    @Override
    public PyObject runClassBody(PyObject namespace) {
        return Eval.run(ThreadState.current(), PyFrame.forBody(code, globals, namespace, closure));
    }

    /** Calls with {@code args[start .. start+n)}: positional arguments, then keyword values. */
    public PyObject call(PyObject[] args, int start, int n, String[] kwnames) {
        return run(ThreadState.current(), newFrame(args, start, n, kwnames));
    }

    /** Runs frame {@code f} of a call, or for a generator or coroutine function makes the generator. */
    PyObject run(ThreadState ts, PyFrame f) {
        if (code.isGenerator()) {
            return GenBase.create(f);
        }
        return Eval.run(ts, f);
    }

    /** A frame for a call as a method of {@code self}: {@code self}, then {@code args[start .. start+n)}. */
    PyFrame newMethodFrame(PyObject self, PyObject[] args, int start, int n, String[] kwnames) {
        if (simple && kwnames == null && n + 1 == code.argCount) {
            PyFrame f = new PyFrame(code, globals, builtins, null, this);
            f.fast[0] = self;
            System.arraycopy(args, start, f.fast, 1, n);
            f.initCells(closure);
            return f;
        }
        PyObject[] all = new PyObject[n + 1];
        all[0] = self;
        System.arraycopy(args, start, all, 1, n);
        return newFrame(all, 0, n + 1, kwnames);
    }

    /** A frame for a call, with arguments bound, cells made and free variables copied. */
    PyFrame newFrame(PyObject[] args, int start, int n, String[] kwnames) {
        PyFrame f = new PyFrame(code, globals, builtins, null, this);
        PyObject[] fast = f.fast;
        if (simple && kwnames == null && n == code.argCount) {
            System.arraycopy(args, start, fast, 0, n);
        } else {
            ArgBinder.bind(this, fast, args, start, n, kwnames);
        }
        f.initCells(closure);
        return f;
    }

    /** {@code types.FunctionType(code, globals, name=None, argdefs=None, closure=None, kwdefaults=None)}. */
    private static PyObject newFunction(PyObject type, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > NEW_PARAMS.length) {
            throw PyErr.typeError("function() takes at most 6 arguments (%d given)", args.length);
        }
        PyObject[] p = new PyObject[NEW_PARAMS.length];
        System.arraycopy(args, 0, p, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int ix = java.util.Arrays.asList(NEW_PARAMS).indexOf(kwnames[k]);
            if (ix < 0) {
                throw PyErr.typeError("function() got an unexpected keyword argument '%s'", kwnames[k]);
            }
            p[ix] = args[npos + k];
        }
        if (!(p[0] instanceof PyCode code)) {
            throw PyErr.typeError("function() argument 'code' must be code, not %s", p[0] == null ? "None" : PyErr.typeName(p[0]));
        }
        if (!(p[1] instanceof PyDict globals)) {
            throw PyErr.typeError("function() argument 'globals' must be dict, not %s", p[1] == null ? "None" : PyErr.typeName(p[1]));
        }
        PyFunction f = new PyFunction(code, globals, Eval.builtinsOf(globals));
        if (p[2] != null && p[2] != PyNone.NONE) {
            if (!(p[2] instanceof PyStr n)) {
                throw PyErr.typeError("arg 3 (name) must be None or string");
            }
            f.name = n.value();
        }
        if (p[3] != null && p[3] != PyNone.NONE) {
            if (!(p[3] instanceof PyTuple d)) {
                throw PyErr.typeError("arg 4 (defaults) must be None or tuple");
            }
            f.defaults = d;
        }
        int nfree = code.nlocalsplus - code.firstFree;
        PyObject closure = p[4] == null ? PyNone.NONE : p[4];
        if (closure != PyNone.NONE && !(closure instanceof PyTuple)) {
            throw PyErr.typeError("arg 5 (closure) must be None or tuple");
        }
        if (nfree > 0 && closure == PyNone.NONE) {
            throw PyErr.typeError("arg 5 (closure) must be tuple");
        }
        int nclosure = closure instanceof PyTuple c ? c.size() : 0;
        if (nfree != nclosure) {
            throw PyErr.valueError("%s requires closure of length %d, not %d", code.unit.name, nfree, nclosure);
        }
        f.closure = closure instanceof PyTuple c && c.size() > 0 ? c : null;
        if (p[5] != null && p[5] != PyNone.NONE) {
            f.kwdefaults = requireDict(p[5], "__kwdefaults__");
        }
        return f;
    }

    private static void setAttr(PyObject self, PyStr name, PyObject v) {
        PyFunction f = (PyFunction) self;
        switch (name.value()) {
            case "__name__" -> f.name = requireStr(v, "__name__").value();
            case "__qualname__" -> f.qualname = requireStr(v, "__qualname__").value();
            case "__defaults__" -> f.defaults = v == null || v == PyNone.NONE ? null : requireTuple(v, "__defaults__");
            case "__kwdefaults__" -> f.kwdefaults = v == null || v == PyNone.NONE ? null : requireDict(v, "__kwdefaults__");
            case "__doc__" -> f.doc = v == null ? PyNone.NONE : v;
            case "__module__" -> f.module = v == null ? PyNone.NONE : v;
            case "__annotations__" -> f.annotations = v == null ? null : requireDict(v, "__annotations__");
            case "__type_params__" -> {
                if (v == null) {
                    throw PyErr.typeError("cannot delete __type_params__ attribute");
                }
                f.typeParams = requireTuple(v, "__type_params__");
            }
            case "__code__" -> {
                if (!(v instanceof PyCode c)) {
                    throw PyErr.typeError("__code__ must be set to a code object");
                }
                f.code = c;
                f.updateSimple();
            }
            case "__dict__" -> {
                if (v == null) {
                    throw PyErr.typeError("cannot delete __dict__");
                }
                synchronized (f) {
                    f.dict = requireDict(v, "__dict__");
                }
            }
            default -> GenericAttr.setAttr(self, name, v);
        }
    }

    private static PyStr requireStr(PyObject v, String what) {
        if (v instanceof PyStr s) {
            return s;
        }
        throw PyErr.typeError("%s must be set to a string object", what);
    }

    private static PyTuple requireTuple(PyObject v, String what) {
        if (v instanceof PyTuple t) {
            return t;
        }
        throw PyErr.typeError("%s must be set to a tuple object", what);
    }

    private static PyDict requireDict(PyObject v, String what) {
        if (v instanceof PyDict d) {
            return d;
        }
        throw PyErr.typeError("%s must be set to a dict object", what);
    }

    @PyGetter("__name__")
    PyObject getName() {
        return PyStr.of(name);
    }

    @PyGetter("__qualname__")
    PyObject getQualname() {
        return PyStr.of(qualname);
    }

    @PyGetter("__code__")
    PyObject getCode() {
        return code;
    }

    @PyGetter("__globals__")
    PyObject getGlobals() {
        return globals;
    }

    @PyGetter("__builtins__")
    PyObject getBuiltins() {
        return builtins;
    }

    @PyGetter("__defaults__")
    PyObject getDefaults() {
        return defaults == null ? PyNone.NONE : defaults;
    }

    @PyGetter("__kwdefaults__")
    PyObject getKwdefaults() {
        return kwdefaults == null ? PyNone.NONE : kwdefaults;
    }

    @PyGetter("__closure__")
    PyObject getClosure() {
        return closure == null ? PyNone.NONE : closure;
    }

    @PyGetter("__doc__")
    PyObject getDoc() {
        return doc;
    }

    @PyGetter("__module__")
    PyObject getModule() {
        return module;
    }

    @PyGetter("__dict__")
    PyObject getDictAttr() {
        return getDict();
    }

    @PyGetter("__annotations__")
    synchronized PyObject getAnnotations() {
        if (annotations == null) {
            annotations = new PyDict();
        } else if (annotations instanceof PyTuple t) {
            PyDict d = new PyDict();
            for (int i = 0; i + 1 < t.size(); i += 2) {
                d.setItem(t.get(i), t.get(i + 1));
            }
            annotations = d;
        }
        return annotations;
    }

    @PyGetter("__type_params__")
    PyObject getTypeParams() {
        return typeParams == null ? PyTuple.EMPTY : typeParams;
    }

}
