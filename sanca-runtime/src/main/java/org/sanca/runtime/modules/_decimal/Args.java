package org.sanca.runtime.modules._decimal;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;

/** Binding the arguments of the constructors, with {@code PyArg_ParseTupleAndKeywords}' messages. */
final class Args {
    private Args() {
    }

    /** One slot per name (null when not given) from positional arguments then keywords. */
    static PyObject[] bind(String[] names, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (args.length > names.length) {
            throw PyErr.typeError("function takes at most %d argument%s (%d given)", names.length,
                    names.length == 1 ? "" : "s", args.length);
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int at = indexOf(names, kwnames[k]);
            if (at < 0) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for this function", kwnames[k]);
            }
            if (at < npos) {
                throw PyErr.typeError("argument for function given by name ('%s') and position (%d)", kwnames[k], at + 1);
            }
            out[at] = args[npos + k];
        }
        return out;
    }

    private static int indexOf(String[] names, String name) {
        for (int i = 0; i < names.length; i++) {
            if (names[i].equals(name)) {
                return i;
            }
        }
        return -1;
    }
}
