package org.sanca.runtime.objects;

/**
 * Argument binding for the constructors of the value types ({@code int()}, {@code str()},
 * {@code bytes()}, {@code complex()}...), with the messages CPython's {@code getargs.c} gives
 * for them.
 */
final class CtorArgs {
    private CtorArgs() {
    }

    /**
     * Binds {@code args} to {@code names}: the first {@code posOnly} positional-only, the rest
     * positional-or-keyword. Missing arguments are null.
     */
    static PyObject[] bind(String func, String[] names, int posOnly, PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (npos > names.length) {
            throw PyErr.typeError("%s() takes at most %d argument%s (%d given)", func, names.length,
                    names.length == 1 ? "" : "s", args.length);
        }
        PyObject[] out = new PyObject[names.length];
        System.arraycopy(args, 0, out, 0, npos);
        for (int k = 0; k < nkw; k++) {
            int ix = -1;
            for (int i = posOnly; i < names.length; i++) {
                if (names[i].equals(kwnames[k])) {
                    ix = i;
                }
            }
            if (ix < 0) {
                throw PyErr.typeError("'%s' is an invalid keyword argument for %s()", kwnames[k], func);
            }
            if (out[ix] != null) {
                throw PyErr.typeError("argument for %s() given by name ('%s') and position (%d)", func, kwnames[k], ix + 1);
            }
            out[ix] = args[npos + k];
        }
        return out;
    }

    /** The single optional positional argument of {@code float()} or {@code bool()}, or null. */
    static PyObject single(String func, PyObject[] args, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", func);
        }
        if (args.length > 1) {
            throw PyErr.typeError("%s expected at most 1 argument, got %d", func, args.length);
        }
        return args.length == 0 ? null : args[0];
    }
}
