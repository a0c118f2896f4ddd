package org.sanca.runtime.builtins;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.types.ModuleImport;
import org.sanca.runtime.types.PyMethod;

/** The builtin {@code open} (also {@code io.open}): the one of the io classes' module, {@code _pyio}. */
final class OpenFunction {
    private OpenFunction() {
    }

    @PyMethod(value = "($module, /, file, mode='r', buffering=-1, encoding=None,\n"
            + "     errors=None, newline=None, closefd=True, opener=None)", doc = "Open file and return a stream.  Raise OSError upon failure.")
    static PyObject open(PyObject file, PyObject mode, PyObject buffering, PyObject encoding, PyObject errors,
                         PyObject newline, PyObject closefd, PyObject opener) {
        PyObject io = ModuleImport.importModule("_pyio");
        return Abstract.call(Abstract.getAttr(io, org.sanca.runtime.objects.PyStr.of("open")), file, mode, buffering,
                encoding, errors, newline, closefd, opener);
    }
}
