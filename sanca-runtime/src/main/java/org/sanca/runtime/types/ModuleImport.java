package org.sanca.runtime.types;

import java.util.function.Function;

import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyObject;

/**
 * Importing a module from the type machinery (CPython's {@code PyImport_ImportModule}), as
 * {@code object.__reduce_ex__} does for {@code copyreg}. The interpreter installs the importer
 * of the running interpreter once; it is a function of the running thread, not state.
 */
public final class ModuleImport {
    private static volatile Function<String, PyObject> importer;

    private ModuleImport() {
    }

    /** Installs {@code name -> module} for the running interpreter. */
    public static void install(Function<String, PyObject> f) {
        importer = f;
    }

    /** {@code import name}, returning the module. */
    public static PyObject importModule(String name) {
        Function<String, PyObject> f = importer;
        if (f == null) {
            throw PyErr.format(PyExc.ImportError, "import of %s halted; no interpreter", name);
        }
        return f.apply(name);
    }
}
