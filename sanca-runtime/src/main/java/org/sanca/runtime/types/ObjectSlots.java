package org.sanca.runtime.types;

import org.sanca.runtime.objects.Abstract;
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

    /** {@code object_new}, recognised by identity in the excess-argument rules. */
    static final CallFunc NEW = ObjectSlots::newInstance;
    /** {@code object_init}. */
    static final CallFunc INIT = ObjectSlots::init;

    static void fill(PyType t) {
        t.tp_repr = ObjectSlots::repr;
        t.tp_str = self -> self.type().tp_repr.call(self);
        t.tp_hash = self -> Ids.id(self) >>> 4;
        t.tp_richcompare = ObjectSlots::richCompare;
        t.tp_getattro = GenericAttr.GETATTRO;
        t.tp_setattro = GenericAttr.SETATTRO;
        t.tp_new = NEW;
        t.tp_init = INIT;
    }

    /** {@code object_richcompare}: identity for {@code ==}; {@code !=} inverts the type's {@code ==}. */
    private static PyObject richCompare(PyObject a, PyObject b, CompareOp op) {
        return switch (op) {
            case EQ -> a == b ? PyBool.TRUE : PyNotImplemented.NOT_IMPLEMENTED;
            case NE -> {
                RichCmpFunc eq = a.type().tp_richcompare;
                if (eq == null) {
                    yield PyNotImplemented.NOT_IMPLEMENTED;
                }
                PyObject r = eq.call(a, b, CompareOp.EQ);
                yield r == PyNotImplemented.NOT_IMPLEMENTED ? r : PyBool.of(!Abstract.isTrue(r));
            }
            default -> PyNotImplemented.NOT_IMPLEMENTED;
        };
    }

    private static PyObject repr(PyObject self) {
        PyType t = self.type();
        return PyStr.of("<" + TypeMethods.reprName(t) + " object at " + Ids.hex(self) + ">");
    }

    private static boolean excessArgs(PyObject[] args) {
        return args.length > 0;
    }

    private static PyObject newInstance(PyObject cls, PyObject[] args, String[] kwnames) {
        PyType type = (PyType) cls;
        if (excessArgs(args)) {
            if (type.tp_new != NEW) {
                throw PyErr.typeError("object.__new__() takes exactly one argument (the type to instantiate)");
            }
            if (type.tp_init == INIT) {
                throw PyErr.typeError("%s() takes no arguments", type.getName());
            }
        }
        if ((type.flags & TypeMethods.IS_ABSTRACT) != 0) {
            throw abstractError(type);
        }
        if (type != PyType.OBJECT && TypeNew.solidBase(type) != PyType.OBJECT && !(TypeNew.solidBase(type) instanceof PyHeapType)) {
            throw PyErr.typeError("object.__new__(%s) is not safe, use %s.__new__()", type.getName(),
                    TypeNew.solidBase(type).getName());
        }
        return new PyInstance(type);
    }

    private static org.sanca.runtime.objects.PyException abstractError(PyType type) {
        PyObject names = type.dict().getItem(PyStr.of("__abstractmethods__"));
        java.util.List<String> list = new java.util.ArrayList<>();
        PyObject it = Abstract.getIter(names);
        for (PyObject x = Abstract.next(it); x != null; x = Abstract.next(it)) {
            list.add(Abstract.repr(x).value());
        }
        java.util.Collections.sort(list);
        return PyErr.typeError("Can't instantiate abstract class %s without an implementation for abstract method%s %s",
                type.getName(),
                list.size() > 1 ? "s" : "", String.join(", ", list));
    }

    private static PyObject init(PyObject self, PyObject[] args, String[] kwnames) {
        if (excessArgs(args)) {
            PyType type = self.type();
            if (type.tp_init != INIT) {
                throw PyErr.typeError("object.__init__() takes exactly one argument (the instance to initialize)");
            }
            if (type.tp_new == NEW) {
                throw PyErr.typeError("%s.__init__() takes exactly one argument (the instance to initialize)", type.getName());
            }
        }
        return PyNone.NONE;
    }
}
