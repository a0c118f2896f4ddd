package org.sanca.runtime.modules._weakref;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.CompareOp;
import org.sanca.runtime.types.Ids;
import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyType;
import org.sanca.runtime.types.WeakRefList;

/**
 * {@code weakref.ref} ({@code weakref.ReferenceType}): CPython's {@code _PyWeakref_RefType} in
 * {@code Objects/weakrefobject.c}. Calling it returns the referent, or None once it was
 * collected; its hash is the referent's, kept after the referent dies.
 */
public class PyWeakRef extends WeakBase {
    public static final PyType TYPE = PyType.builtin("weakref.ReferenceType", PyWeakRef.class, PyType.OBJECT, PyType.BASETYPE, t -> {
        t.tp_new = PyWeakRef::newRef;
        t.tp_init = (self, args, kw) -> {
            WeakArgs.unpack("__init__", args, kw);
            return PyNone.NONE;
        };
        t.tp_call = (self, args, kw) -> {
            if (args.length > 0) {
                throw PyErr.typeError("%s() takes no arguments", self.type().getName().replace("weakref.", ""));
            }
            return ((PyWeakRef) self).referentOrNone();
        };
        t.tp_hash = self -> ((PyWeakRef) self).hash();
        t.tp_richcompare = PyWeakRef::richCompare;
        t.tp_repr = self -> ((PyWeakRef) self).repr();
    });

    private long hash = -1;

    PyWeakRef(WeakRefList.Anchor anchor, PyObject callback) {
        super(anchor, callback);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @PyGetter(value = "__callback__")
    PyObject callbackAttr() {
        PyObject c = callback();
        return c == null ? PyNone.NONE : c;
    }

    PyObject referentOrNone() {
        PyObject o = anchor.get();
        return o == null ? PyNone.NONE : o;
    }

    private static PyObject newRef(PyObject type, PyObject[] args, String[] kwnames) {
        PyObject[] a = WeakArgs.unpack("__new__", args, kwnames);
        PyObject ob = a[0];
        PyObject callback = a[1];
        WeakrefModule.checkReferenceable(ob);
        WeakrefModule.runDeadCallbacks();
        WeakRefList.Anchor anchor = WeakRefList.anchor(ob);
        boolean basic = type == TYPE && callback == null;
        if (basic) {
            for (PyObject r : anchor.refs()) {
                if (r.type() == TYPE && ((PyWeakRef) r).callback() == null) {
                    return r;
                }
            }
        }
        PyWeakRef ref = type == TYPE ? new PyWeakRef(anchor, callback) : new PyWeakRefDerived((PyType) type, anchor, callback);
        anchor.add(ref, basic);
        return ref;
    }

    private synchronized long hash() {
        if (hash != -1) {
            return hash;
        }
        PyObject o = anchor.get();
        if (o == null) {
            throw PyErr.typeError("weak object has gone away");
        }
        hash = Abstract.hash(o);
        return hash;
    }

    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        if (op != CompareOp.EQ && op != CompareOp.NE || !(b instanceof PyWeakRef other)) {
            return PyNotImplemented.NOT_IMPLEMENTED;
        }
        PyObject x = ((PyWeakRef) a).anchor.get();
        PyObject y = other.anchor.get();
        if (x == null || y == null) {
            return PyBool.of((a == b) == (op == CompareOp.EQ));
        }
        return Abstract.richCompare(x, y, op);
    }

    private PyObject repr() {
        PyObject o = anchor.get();
        if (o == null) {
            return PyStr.of("<weakref at " + Ids.hex(this) + "; dead>");
        }
        PyObject name = Abstract.lookupAttr(o, PyStr.of("__name__"));
        String suffix = name instanceof PyStr s ? " (" + s.value() + ")" : "";
        return PyStr.of("<weakref at " + Ids.hex(this) + "; to '" + o.type().getName() + "' at " + Ids.hex(o) + suffix + ">");
    }
}
