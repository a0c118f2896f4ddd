package org.sanca.runtime.interp;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.PyType;

/** {@code CALL_FUNCTION_EX}: a call with {@code *args} and {@code **kwargs} ({@code Python/ceval.c}). */
final class CallEx {
    private CallEx() {
    }

    static int execute(ThreadState ts, PyObject[] s, int sp, int flags) {
        PyObject kwargs = (flags & 1) != 0 ? s[--sp] : null;
        PyObject callargs = s[--sp];
        PyObject func = s[--sp];
        PyObject[] pos = positional(func, callargs);
        PyObject[] args = pos;
        String[] kwnames = null;
        if (kwargs != null) {
            PyDict d = asDict(func, kwargs);
            PyObject[] keys = d.keysArray();
            if (keys.length > 0) {
                args = new PyObject[pos.length + keys.length];
                System.arraycopy(pos, 0, args, 0, pos.length);
                kwnames = new String[keys.length];
                for (int i = 0; i < keys.length; i++) {
                    if (!(keys[i] instanceof PyStr k)) {
                        throw PyErr.typeError("keywords must be strings");
                    }
                    kwnames[i] = k.value();
                    args[pos.length + i] = d.getItem(k);
                }
            }
        }
        PyObject r = Ops.call(ts, func, args, 0, args.length, kwnames);
        ColdOps.clear(s, sp, sp + 3);
        s[sp - 1] = r;
        return sp;
    }

    private static PyObject[] positional(PyObject func, PyObject callargs) {
        if (callargs instanceof PyTuple t) {
            return t.items().clone();
        }
        PyType t = callargs.type();
        if (t.tp_iter == null && t.sq_item == null) {
            throw PyErr.typeError("%s argument after * must be an iterable, not %s", ColdOps.functionStr(func),
                    PyErr.typeName(callargs));
        }
        PyObject it = Abstract.getIter(callargs);
        java.util.List<PyObject> out = new java.util.ArrayList<>();
        for (PyObject x = Ops.forIterNext(it); x != null; x = Ops.forIterNext(it)) {
            out.add(x);
        }
        return out.toArray(new PyObject[0]);
    }

    private static PyDict asDict(PyObject func, PyObject kwargs) {
        if (PyDict.iteratesAsDict(kwargs)) {
            return (PyDict) kwargs;
        }
        PyObject keys = Abstract.lookupAttr(kwargs, PyStr.of("keys"));
        if (keys == null) {
            throw PyErr.typeError("%s argument after ** must be a mapping, not %s", ColdOps.functionStr(func),
                    PyErr.typeName(kwargs));
        }
        PyDict d = new PyDict();
        PyObject it = Abstract.getIter(Abstract.call(keys));
        for (PyObject k = Ops.forIterNext(it); k != null; k = Ops.forIterNext(it)) {
            d.setItem(k, Abstract.getItem(kwargs, k));
        }
        return d;
    }
}
