package org.sanca.runtime.types;

import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;

/**
 * {@code builtins.__build_class__}, what a class statement calls: CPython's
 * {@code builtin___build_class__} in {@code Python/bltinmodule.c}. It resolves
 * {@code __mro_entries__}, picks the metaclass, prepares the namespace, runs the class body
 * in it and calls the metaclass. The builtins module adds it with
 * {@link BuiltinMethods#moduleFunctions}.
 */
public final class BuildClass {
    private BuildClass() {
    }

    private static final PyStr MRO_ENTRIES = PyStr.of("__mro_entries__");
    private static final PyStr PREPARE = PyStr.of("__prepare__");
    private static final PyStr ORIG_BASES = PyStr.of("__orig_bases__");
    private static final PyStr METACLASS = PyStr.of("metaclass");

    @PyMethod(value = "($module, /, *args, **kwds)", name = "__build_class__", textSignature = false,
            doc = "__build_class__(func, name, /, *bases, [metaclass], **kwds) -> class\n\n"
            + "Internal helper function used by the class statement.")
    static PyObject buildClass(PyTuple args, PyDict kwds) {
        if (args.size() < 2) {
            throw PyErr.typeError("__build_class__: not enough arguments");
        }
        if (!(args.get(0) instanceof FunctionObject body)) {
            throw PyErr.typeError("__build_class__: func must be a function");
        }
        PyObject name = args.get(1);
        if (!(name instanceof PyStr)) {
            throw PyErr.typeError("__build_class__: name is not a string");
        }
        PyTuple origBases = PyTuple.of(java.util.Arrays.copyOfRange(args.items(), 2, args.size()));
        PyObject metaclass = kwds.delItem(METACLASS);
        PyTuple bases = updateBases(origBases);
        PyObject meta = metaclass;
        boolean isClass = true;
        if (meta == null) {
            meta = bases.size() == 0 ? PyType.TYPE : bases.get(0).type();
        } else {
            isClass = meta instanceof PyType;
        }
        if (isClass) {
            meta = TypeNew.calculateMetaclass((PyType) meta, bases.items());
        }
        PyObject[] kwValues = kwds.valuesArray();
        String[] kwNames = names(kwds);
        PyObject ns = prepare(meta, isClass, name, bases, kwValues, kwNames);
        PyObject cell = body.runClassBody(ns);
        if (bases != origBases) {
            Abstract.setItem(ns, ORIG_BASES, origBases);
        }
        PyObject[] metaArgs = new PyObject[3 + kwValues.length];
        metaArgs[0] = name;
        metaArgs[1] = bases;
        metaArgs[2] = ns;
        System.arraycopy(kwValues, 0, metaArgs, 3, kwValues.length);
        PyObject cls = Abstract.call(meta, metaArgs, kwNames);
        if (cls instanceof PyType && cell instanceof Cell c) {
            checkClassCell(c.cellGet(), name, cls);
        }
        return cls;
    }

    private static void checkClassCell(PyObject cellClass, PyObject name, PyObject cls) {
        if (cellClass == cls) {
            return;
        }
        if (cellClass == null) {
            throw PyErr.format(PyExc.RuntimeError,
                    "__class__ not set defining %s as %s. Was __classcell__ propagated to type.__new__?",
                    Abstract.repr(name).value(), Abstract.repr(cls).value());
        }
        throw PyErr.typeError("__class__ set to %s defining %s as %s", Abstract.repr(cellClass).value(),
                Abstract.repr(name).value(), Abstract.repr(cls).value());
    }

    private static String[] names(PyDict kwds) {
        PyObject[] keys = kwds.keysArray();
        if (keys.length == 0) {
            return null;
        }
        String[] out = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            out[i] = ((PyStr) keys[i]).value();
        }
        return out;
    }

    private static PyObject prepare(PyObject meta, boolean isClass, PyObject name, PyTuple bases, PyObject[] kwValues,
                                    String[] kwNames) {
        PyObject prep = Abstract.lookupAttr(meta, PREPARE);
        if (prep == null) {
            return new PyDict();
        }
        PyObject[] args = new PyObject[2 + kwValues.length];
        args[0] = name;
        args[1] = bases;
        System.arraycopy(kwValues, 0, args, 2, kwValues.length);
        PyObject ns = Abstract.call(prep, args, kwNames);
        if (ns.type().mp_subscript == null) {
            throw PyErr.typeError("%s.__prepare__() must return a mapping, not %s",
                    isClass ? ((PyType) meta).getName() : "<metaclass>", PyErr.typeName(ns));
        }
        return ns;
    }

    /** {@code update_bases}: replaces each non-class base that has {@code __mro_entries__}. */
    private static PyTuple updateBases(PyTuple bases) {
        List<PyObject> out = null;
        for (int i = 0; i < bases.size(); i++) {
            PyObject b = bases.get(i);
            PyObject meth = b instanceof PyType ? null : Abstract.lookupAttr(b, MRO_ENTRIES);
            if (meth == null) {
                if (out != null) {
                    out.add(b);
                }
                continue;
            }
            PyObject entries = Abstract.call(meth, bases);
            if (!(entries instanceof PyTuple t)) {
                throw PyErr.typeError("__mro_entries__ must return a tuple");
            }
            if (out == null) {
                out = new ArrayList<>();
                for (int j = 0; j < i; j++) {
                    out.add(bases.get(j));
                }
            }
            for (PyObject e : t.items()) {
                out.add(e);
            }
        }
        return out == null ? bases : PyTuple.of(out.toArray(new PyObject[0]));
    }
}
