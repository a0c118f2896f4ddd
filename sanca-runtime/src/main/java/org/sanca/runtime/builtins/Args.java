package org.sanca.runtime.builtins;

import java.util.Arrays;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;

/** Argument-count checks with the messages of CPython's {@code _PyArg_CheckPositional}. */
final class Args {
    private Args() {
    }

    /** Raises CPython's TypeError unless {@code min <= n <= max}. */
    static void checkPositional(String name, int n, int min, int max) {
        if (n < min) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at least ", min,
                    min == 1 ? "" : "s", n);
        }
        if (n > max) {
            throw PyErr.typeError("%s expected %s%d argument%s, got %d", name, min == max ? "" : "at most ", max,
                    max == 1 ? "" : "s", n);
        }
    }

    /** Raises CPython's TypeError when keyword arguments were given to a function taking none. */
    static void noKeywords(String name, String[] kwnames) {
        if (kwnames != null && kwnames.length > 0) {
            throw PyErr.typeError("%s() takes no keyword arguments", name);
        }
    }

    /** Calls {@code callable(*positional, **kwargs)}. */
    static PyObject callWithKeywords(PyObject callable, PyObject[] positional, PyDict kwargs) {
        PyObject[] keys = kwargs.keysArray();
        PyObject[] all = Arrays.copyOf(positional, positional.length + keys.length);
        String[] names = new String[keys.length];
        for (int i = 0; i < keys.length; i++) {
            names[i] = ((PyStr) keys[i]).value();
            all[positional.length + i] = kwargs.getItem(keys[i]);
        }
        return Abstract.call(callable, all, names.length == 0 ? null : names);
    }
}
