package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * A builtin type's method as found in its dict, e.g. {@code str.split}: CPython's
 * {@code method_descriptor} ({@code Objects/descrobject.c}). Looked up on an instance it binds
 * into a {@link PyBuiltinFunction}; called directly, its first argument is self.
 */
public final class PyMethodDescr extends PyDescr implements MethodDescriptor {
    public static final PyType TYPE = PyType.builtin("method_descriptor", PyMethodDescr.class, PyType.OBJECT, 0, t -> {
        t.tp_descr_get = (d, obj, type) -> ((PyMethodDescr) d).bind(obj);
        t.tp_call = (d, args, kw) -> ((PyMethodDescr) d).callUnbound(args, kw);
        t.tp_repr = d -> PyStr.of("<method '" + ((PyMethodDescr) d).def.name + "' of '"
                + ((PyMethodDescr) d).owner.getName() + "' objects>");
    });

    public final MethodDef def;

    PyMethodDescr(PyType owner, MethodDef def) {
        super(owner, def.name);
        this.def = def;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    private PyObject bind(PyObject obj) {
        if (obj == null) {
            return this;
        }
        checkSelf(obj);
        return new PyBuiltinFunction(def, obj, owner);
    }

    /** Calls the method on {@code self}, the interpreter's path for {@code obj.meth(...)}. */
    @Override
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        checkSelf(self);
        return def.call(self, args, kwnames);
    }

    private PyObject callUnbound(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw PyErr.typeError("unbound method %s.%s() needs an argument", owner.getName(), def.name);
        }
        PyObject self = args[0];
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callWithSelf(self, rest, kwnames);
    }

    private void checkSelf(PyObject self) {
        if (!self.type().isSubtype(owner)) {
            throw PyErr.typeError("descriptor '%s' for '%s' objects doesn't apply to a '%s' object",
                    def.name, owner.getName(), PyErr.typeName(self));
        }
    }




    /** {@code descr_reduce}: pickled as {@code getattr(owner, name)}. */
    @PyMethod("($self, /)")
    PyObject __reduce__() {
        PyObject getattr = org.sanca.runtime.interp.InterpreterState.current().builtins().getDict().getItem(PyStr.of("getattr"));
        return org.sanca.runtime.objects.PyTuple.of(getattr, org.sanca.runtime.objects.PyTuple.of(owner, PyStr.of(def.name)));
    }

    @PyGetter("__doc__")
    PyObject docAttr() {
        return def.doc == null || def.doc.isEmpty() ? org.sanca.runtime.objects.PyNone.NONE : PyStr.of(def.doc);
    }

    @PyGetter("__text_signature__")
    PyObject textSignature() {
        return def.textSignature == null ? org.sanca.runtime.objects.PyNone.NONE : PyStr.of(def.textSignature);
    }
}
