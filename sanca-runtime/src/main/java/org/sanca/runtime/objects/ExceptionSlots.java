package org.sanca.runtime.objects;

import java.util.Arrays;
import java.util.function.Function;

import org.sanca.runtime.types.PyGetSetDescr;
import org.sanca.runtime.types.PyType;

/**
 * The slots shared by the builtin exception types ({@code Objects/exceptions.c}) and the
 * family-specific construction, members and str of OSError, SyntaxError, ImportError,
 * StopIteration, SystemExit, AttributeError, NameError, the Unicode errors and exception groups.
 */
final class ExceptionSlots {
    private ExceptionSlots() {
    }

    static PyType makeType(String name, PyType[] bases) {
        PyType[] b = bases.length == 0 ? new PyType[] {PyType.OBJECT} : bases;
        String doc = ExceptionDocs.of(name);
        if (bases.length == 0) {
            return PyType.builtin(name, PyBaseException.class, b, PyType.BASETYPE, ExceptionSlots::fillBase, null, doc);
        }
        Class<?> methods = switch (name) {
            case "OSError" -> OSErrors.class;
            case "BaseExceptionGroup" -> ExceptionGroups.class;
            default -> null;
        };
        PyType t = PyType.builtin(name, PyBaseException.class, b, PyType.BASETYPE, type -> fillSpecific(name, type), methods, doc);
        String[] members = switch (name) {
            case "OSError" -> OSErrors.MEMBERS;
            case "SyntaxError" -> ExceptionFields.SYNTAX_ERROR;
            case "ImportError" -> ExceptionFields.IMPORT_ERROR;
            case "StopIteration" -> new String[] {"value"};
            case "SystemExit" -> new String[] {"code"};
            case "AttributeError" -> new String[] {"name", "obj"};
            case "NameError" -> new String[] {"name"};
            case "UnicodeError" -> ExceptionFields.UNICODE_ERROR;
            default -> new String[0];
        };
        for (int i = 0; i < members.length; i++) {
            addMember(t, members[i], i, i == 0 ? fromArgs(name) : e -> PyNone.NONE);
        }
        return t;
    }

    /**
     * What a member reads as when {@code __init__} never set it (an instance made from Java):
     * StopIteration's value and SystemExit's code follow the arguments, as does ImportError's
     * msg when there is one argument; others are None.
     */
    private static Function<PyBaseException, PyObject> fromArgs(String name) {
        return switch (name) {
            case "StopIteration" -> e -> e.args().size() == 0 ? PyNone.NONE : e.args().get(0);
            case "ImportError" -> e -> e.args().size() == 1 ? e.args().get(0) : PyNone.NONE;
            case "SystemExit" -> e -> exitCode(e.args());
            default -> e -> PyNone.NONE;
        };
    }

    private static PyObject exitCode(PyTuple args) {
        return switch (args.size()) {
            case 0 -> PyNone.NONE;
            case 1 -> args.get(0);
            default -> args;
        };
    }

    /** A writable attribute of {@code t}'s instances kept in member slot {@code i} (CPython's T_OBJECT members). */
    private static void addMember(PyType t, String name, int i, Function<PyBaseException, PyObject> unset) {
        t.dict().setItem(PyStr.of(name), new PyGetSetDescr(t, name, null, o -> {
            PyObject v = ((PyBaseException) o).memberOrNull(i);
            return v != null ? v : unset.apply((PyBaseException) o);
        }, (o, v) -> ((PyBaseException) o).setMember(i, v == null ? PyNone.NONE : v)));
    }

    private static void fillBase(PyType t) {
        t.tp_new = (type, args, kw) -> new PyBaseException((PyType) type, PyTuple.of(positional(args, kw)));
        t.tp_init = (self, args, kw) -> {
            noKeywords(self, kw);
            ((PyBaseException) self).setArgs(PyTuple.of(args.clone()));
            return PyNone.NONE;
        };
        t.tp_repr = self -> PyStr.of(repr((PyBaseException) self));
        t.tp_str = self -> str((PyBaseException) self);
    }

    private static void fillSpecific(String name, PyType t) {
        switch (name) {
            case "KeyError" -> t.tp_str = self -> {
                PyTuple args = ((PyBaseException) self).args();
                return args.size() == 1 ? Abstract.repr(args.get(0)) : str((PyBaseException) self);
            };
            case "OSError" -> OSErrors.fill(t);
            case "SyntaxError" -> ExceptionFields.fillSyntaxError(t);
            case "ImportError" -> ExceptionFields.fillImportError(t);
            case "StopIteration", "SystemExit" -> t.tp_init = (self, args, kw) -> {
                noKeywords(self, kw);
                PyBaseException e = (PyBaseException) self;
                e.setArgs(PyTuple.of(args.clone()));
                e.setMember(0, name.equals("SystemExit") ? exitCode(e.args()) : fromArgs(name).apply(e));
                return PyNone.NONE;
            };
            case "AttributeError", "NameError" -> ExceptionFields.fillNameError(name, t);
            case "UnicodeDecodeError", "UnicodeEncodeError", "UnicodeTranslateError" -> ExceptionFields.fillUnicodeError(name, t);
            case "BaseExceptionGroup" -> ExceptionGroups.fill(t);
            default -> {
            }
        }
    }

    static void noKeywords(PyObject self, String[] kw) {
        if (kw != null && kw.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", self.type().getName());
        }
    }

    /** The positional arguments; {@code BaseException.__new__} ignores keywords, which {@code __init__} rejects. */
    static PyObject[] positional(PyObject[] args, String[] kw) {
        int nkw = kw == null ? 0 : kw.length;
        return Arrays.copyOf(args, args.length - nkw);
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
