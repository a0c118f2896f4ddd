package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyType;

/** The slots shared by the builtin exception types ({@code Objects/exceptions.c}). */
final class ExceptionSlots {
    private ExceptionSlots() {
    }

    static PyType makeType(String name, PyType[] bases) {
        PyType[] b = bases.length == 0 ? new PyType[] {PyType.OBJECT} : bases;
        return PyType.builtin(name, PyBaseException.class, b, PyType.BASETYPE,
                bases.length == 0 ? ExceptionSlots::fillBase : t -> fillSpecific(name, t));
    }

    private static void fillBase(PyType t) {
        t.tp_new = (type, args, kw) -> new PyBaseException((PyType) type, PyTuple.of(positional(args, kw)));
        t.tp_init = (self, args, kw) -> {
            ((PyBaseException) self).setArgs(PyTuple.of(positional(args, kw)));
            return PyNone.NONE;
        };
        t.tp_repr = self -> PyStr.of(repr((PyBaseException) self));
        t.tp_str = self -> str((PyBaseException) self);
    }

    private static void fillSpecific(String name, PyType t) {
        if (name.equals("KeyError")) {
            t.tp_str = self -> {
                PyTuple args = ((PyBaseException) self).args();
                return args.size() == 1 ? Abstract.repr(args.get(0)) : str((PyBaseException) self);
            };
        }
    }

    private static PyObject[] positional(PyObject[] args, String[] kw) {
        if (kw == null || kw.length == 0) {
            return args.clone();
        }
        throw PyErr.typeError("%s() takes no keyword arguments", "BaseException");
    }

    static PyStr str(PyBaseException e) {
        PyTuple args = e.args();
        return switch (args.size()) {
            case 0 -> PyStr.of("");
            case 1 -> Abstract.str(args.get(0));
            default -> Abstract.str(args);
        };
    }

    private static String repr(PyBaseException e) {
        PyTuple args = e.args();
        String name = e.type().getName();
        if (args.size() == 1) {
            return name + "(" + Abstract.repr(args.get(0)).value() + ")";
        }
        return name + Abstract.repr(args).value();
    }
}
