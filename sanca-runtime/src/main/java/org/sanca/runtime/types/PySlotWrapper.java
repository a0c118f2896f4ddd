package org.sanca.runtime.types;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/**
 * A special method of a builtin type as seen in its dict, e.g. {@code int.__add__}: CPython's
 * {@code wrapper_descriptor} ({@code Objects/descrobject.c}), calling the type's slot.
 * Looked up on an instance it binds into a {@link PyMethodWrapper}.
 */
public final class PySlotWrapper extends PyDescr implements MethodDescriptor {
    public static final PyType TYPE = PyType.builtin("wrapper_descriptor", PySlotWrapper.class, PyType.OBJECT, 0, t -> {
        t.tp_descr_get = (d, obj, type) -> obj == null ? d : new PyMethodWrapper((PySlotWrapper) d, obj);
        t.tp_call = (d, args, kw) -> ((PySlotWrapper) d).callUnbound(args, kw);
        t.tp_repr = d -> PyStr.of("<slot wrapper '" + ((PySlotWrapper) d).name + "' of '"
                + ((PySlotWrapper) d).owner.getName() + "' objects>");
    });

    final int arity;
    final SlotCall call;

    PySlotWrapper(PyType owner, String name, int arity, SlotCall call) {
        super(owner, name);
        this.arity = arity;
        this.call = call;
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    /** Calls the slot on {@code self} with positional {@code args}. */
    @Override
    public PyObject callWithSelf(PyObject self, PyObject[] args, String[] kwnames) {
        if (!self.type().isSubtype(owner)) {
            throw PyErr.typeError("descriptor '%s' requires a '%s' object but received a '%s'",
                    name, owner.getName(), PyErr.typeName(self));
        }
        if (kwnames != null && kwnames.length > 0 && arity >= 0) {
            throw PyErr.typeError("wrapper %s() takes no keyword arguments", name);
        }
        if (arity >= 0 && args.length != arity) {
            throw PyErr.typeError("expected %d argument%s, got %d", arity, arity == 1 ? "" : "s", args.length);
        }
        return call.call(owner, self, args, kwnames);
    }

    private PyObject callUnbound(PyObject[] args, String[] kwnames) {
        int npos = args.length - (kwnames == null ? 0 : kwnames.length);
        if (npos < 1) {
            throw PyErr.typeError("descriptor '%s' of '%s' object needs an argument", name, owner.getName());
        }
        PyObject[] rest = new PyObject[args.length - 1];
        System.arraycopy(args, 1, rest, 0, rest.length);
        return callWithSelf(args[0], rest, kwnames);
    }




    @PyGetter("__doc__")
    PyObject docAttr() {
        return org.sanca.runtime.objects.PyNone.NONE;
    }

    @PyGetter("__text_signature__")
    PyObject textSignature() {
        String sig = SlotSignatures.of(name, arity);
        return sig == null ? org.sanca.runtime.objects.PyNone.NONE : PyStr.of(sig);
    }
}
