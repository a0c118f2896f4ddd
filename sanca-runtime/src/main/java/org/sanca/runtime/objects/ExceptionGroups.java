package org.sanca.runtime.objects;

import org.sanca.runtime.types.PyGetter;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PySetter;
import org.sanca.runtime.types.PyType;

/**
 * {@code BaseExceptionGroup} and {@code ExceptionGroup} ({@code Objects/exceptions.c}, PEP 654):
 * the constructor's rules, {@code derive}, {@code split} and {@code subgroup}. The message and
 * the exceptions tuple are members 0 and 1.
 */
final class ExceptionGroups {
    private static final PyStr DERIVE = PyStr.of("derive");
    private static final PyStr NOTES = PyStr.of("__notes__");

    private ExceptionGroups() {
    }

    static void fill(PyType t) {
        t.tp_new = ExceptionGroups::newGroup;
        t.tp_init = (self, args, kw) -> {
            ExceptionSlots.noKeywords(self, kw);
            return PyNone.NONE;
        };
        t.tp_str = self -> {
            PyBaseException e = (PyBaseException) self;
            int n = Abstract.len(e.member(1));
            return PyStr.of(Abstract.str(e.member(0)).value() + " (" + n + " sub-exception" + (n > 1 ? "s" : "") + ")");
        };
    }

    private static PyObject newGroup(PyObject type, PyObject[] args, String[] kw) {
        PyObject[] pos = ExceptionSlots.positional(args, kw);
        if (pos.length != 2) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() takes exactly 2 arguments (%d given)", pos.length);
        }
        if (!(pos[0] instanceof PyStr)) {
            throw PyErr.typeError("BaseExceptionGroup.__new__() argument 1 must be str, not %s", PyErr.typeName(pos[0]));
        }
        PyObject given = pos[1];
        if (given.type().sq_item == null && given.type().mp_subscript == null || given instanceof PyDict) {
            throw PyErr.typeError("second argument (exceptions) must be a sequence");
        }
        PyObject[] excs = Sequences.toArray(given);
        if (excs.length == 0) {
            throw PyErr.valueError("second argument (exceptions) must be a non-empty sequence");
        }
        boolean nestsBase = false;
        for (int i = 0; i < excs.length; i++) {
            if (!(excs[i] instanceof PyBaseException)) {
                throw PyErr.valueError("Item %d of second argument (exceptions) is not an exception", i);
            }
            nestsBase |= !excs[i].type().isSubtype(PyExc.Exception);
        }
        PyType cls = (PyType) type;
        if (cls == PyExc.ExceptionGroup) {
            if (nestsBase) {
                throw PyErr.typeError("Cannot nest BaseExceptions in an ExceptionGroup");
            }
        } else if (cls == PyExc.BaseExceptionGroup) {
            if (!nestsBase) {
                cls = PyExc.ExceptionGroup;
            }
        } else if (nestsBase && cls.isSubtype(PyExc.Exception)) {
            throw PyErr.typeError("Cannot nest BaseExceptions in '%s'", cls.getName());
        }
        PyBaseException e = new PyBaseException(cls, PyTuple.of(pos));
        e.setMember(0, pos[0]);
        e.setMember(1, PyTuple.of(excs));
        return e;
    }

    @PyGetter(value = "message", doc = "exception message")
    static PyObject message(PyObject self) {
        return ((PyBaseException) self).member(0);
    }

    @PyGetter(value = "exceptions", doc = "nested exceptions")
    static PyObject exceptions(PyObject self) {
        return ((PyBaseException) self).member(1);
    }

    /** message and exceptions are CPython's {@code READONLY} members. */
    @PySetter("message")
    static void setMessage(PyObject self, PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    @PySetter("exceptions")
    static void setExceptions(PyObject self, PyObject v) {
        throw PyErr.format(PyExc.AttributeError, "readonly attribute");
    }

    @PyMethod(value = "($self, excs, /)")
    static PyObject derive(PyObject self, PyObject excs) {
        return Abstract.call(PyExc.BaseExceptionGroup, ((PyBaseException) self).member(0), excs);
    }

    @PyMethod(value = "($self, *args)")
    static PyObject split(PyObject self, PyTuple args) {
        Matcher m = matcher(oneArgument("split", args));
        PyObject[] r = split((PyBaseException) self, m, true);
        return PyTuple.of(orNone(r[0]), orNone(r[1]));
    }

    @PyMethod(value = "($self, *args)")
    static PyObject subgroup(PyObject self, PyTuple args) {
        Matcher m = matcher(oneArgument("subgroup", args));
        return orNone(split((PyBaseException) self, m, false)[0]);
    }

    /** CPython's {@code PyArg_UnpackTuple(args, name, 1, 1)}: split and subgroup take *args. */
    private static PyObject oneArgument(String name, PyTuple args) {
        if (args.size() != 1) {
            throw PyErr.typeError("%s expected 1 argument, got %d", name, args.size());
        }
        return args.get(0);
    }

    private static PyObject orNone(PyObject o) {
        return o == null ? PyNone.NONE : o;
    }

    /** How {@code split} and {@code subgroup} decide that a leaf matches. */
    private interface Matcher {
        boolean matches(PyObject exc);
    }

    private static Matcher matcher(PyObject value) {
        if (value.type().tp_call != null && !(value instanceof PyType)) {
            return exc -> Abstract.isTrue(Abstract.call(value, exc));
        }
        if (value instanceof PyType t && t.isSubtype(PyExc.BaseException)) {
            return exc -> exc.type().isSubtype(t);
        }
        if (value instanceof PyTuple tuple) {
            for (PyObject c : tuple.items()) {
                if (!(c instanceof PyType ct && ct.isSubtype(PyExc.BaseException))) {
                    throw badMatcher();
                }
            }
            return exc -> {
                for (PyObject c : tuple.items()) {
                    if (exc.type().isSubtype((PyType) c)) {
                        return true;
                    }
                }
                return false;
            };
        }
        throw badMatcher();
    }

    private static PyException badMatcher() {
        return PyErr.typeError("expected a function, exception type or tuple of exception types");
    }

    /** {@code [match, rest]} of {@code exc} (rest only when {@code withRest}); null for none. */
    private static PyObject[] split(PyBaseException exc, Matcher m, boolean withRest) {
        if (m.matches(exc)) {
            return new PyObject[] {exc, null};
        }
        if (!exc.type().isSubtype(PyExc.BaseExceptionGroup)) {
            return new PyObject[] {null, withRest ? exc : null};
        }
        PyList matched = new PyList();
        PyList rest = new PyList();
        for (PyObject e : ((PyTuple) exc.member(1)).items()) {
            PyObject[] r = split((PyBaseException) e, m, withRest);
            if (r[0] != null) {
                matched.append(r[0]);
            }
            if (r[1] != null) {
                rest.append(r[1]);
            }
        }
        return new PyObject[] {subset(exc, matched), withRest ? subset(exc, rest) : null};
    }

    /** A group like {@code orig} holding {@code excs}, made by its {@code derive}, with its traceback, chain and notes. */
    private static PyObject subset(PyBaseException orig, PyList excs) {
        if (excs.size() == 0) {
            return null;
        }
        PyObject made = Abstract.call(Abstract.getAttr(orig, DERIVE), excs);
        if (!(made instanceof PyBaseException eg) || !eg.type().isSubtype(PyExc.BaseExceptionGroup)) {
            throw PyErr.typeError("derive must return an instance of BaseExceptionGroup");
        }
        eg.setTraceback(orig.traceback());
        eg.setContext(orig.context());
        eg.setCause(orig.cause());
        PyObject notes = Abstract.lookupAttr(orig, NOTES);
        if (notes != null && (notes.type().sq_item != null || notes.type().mp_subscript != null) && !(notes instanceof PyDict)) {
            Abstract.setAttr(eg, NOTES, PyList.fromIterable(notes));
        }
        return eg;
    }
}
