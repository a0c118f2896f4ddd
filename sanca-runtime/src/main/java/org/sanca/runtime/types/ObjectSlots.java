package org.sanca.runtime.types;

import org.sanca.runtime.objects.GenericAttr;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInstance;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/** The slots of {@code object} ({@code object_*} in {@code Objects/typeobject.c}). */
final class ObjectSlots {
    private ObjectSlots() {
    }

    static void fill(PyType t) {
        t.tp_repr = ObjectSlots::repr;
        t.tp_str = self -> self.type().tp_repr.call(self);
        t.tp_hash = self -> Ids.id(self) >>> 4;
        t.tp_richcompare = (a, b, op) -> switch (op) {
            case EQ -> a == b ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            case NE -> a == b ? PyBool.FALSE : PyNotImplemented.NOT_IMPLEMENTED;
            default -> PyNotImplemented.NOT_IMPLEMENTED;
        };
        t.tp_getattro = GenericAttr.GETATTRO;
        t.tp_setattro = GenericAttr.SETATTRO;
        t.tp_new = ObjectSlots::newInstance;
        t.tp_init = (self, args, kw) -> PyNone.NONE;
    }

    private static PyObject repr(PyObject self) {
        PyType t = self.type();
        PyObject module = t.isHeapType() ? t.dict().getItem(PyStr.of("__module__")) : null;
        String prefix = module instanceof PyStr m && !m.value().equals("builtins") ? m.value() + "." : "";
        return PyStr.of("<" + prefix + t.getQualname() + " object at " + Ids.hex(self) + ">");
    }

    private static PyObject newInstance(PyObject cls, PyObject[] args, String[] kwnames) {
        PyType type = (PyType) cls;
        if (type != PyType.OBJECT && !type.isHeapType()) {
            throw PyErr.typeError("cannot create '%s' instances", type.getName());
        }
        return new PyInstance(type);
    }
}
