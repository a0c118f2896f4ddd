package org.sanca.runtime.modules;

import java.util.Arrays;

import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyBaseException;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.types.ModuleImport;
import org.sanca.runtime.types.PyType;

/**
 * The exception classes native modules define ({@code struct.error}, {@code zlib.error},
 * {@code binascii.Error}...): CPython's {@code PyErr_NewException}. Each interpreter's module
 * gets its own class, so raising looks it up in the running interpreter's module.
 */
public final class ModuleErrors {
    private ModuleErrors() {
    }

    /** A new exception class {@code module.name} deriving from {@code bases}. */
    public static PyObject newClass(String module, String name, PyType... bases) {
        PyDict ns = new PyDict();
        ns.setItem(PyStr.of("__module__"), PyStr.of(module));
        return Abstract.call(PyType.TYPE, PyStr.of(name), PyTuple.of(Arrays.copyOf(bases, bases.length, PyObject[].class)), ns);
    }

    /** An instance, ready to throw, of the class {@code attr} of module {@code module}, with a formatted message. */
    public static PyException raise(String module, String attr, String format, Object... args) {
        PyObject cls = Abstract.getAttr(ModuleImport.importModule(module), PyStr.of(attr));
        String msg = args.length == 0 ? format : String.format(format, args);
        return ((PyBaseException) Abstract.call(cls, PyStr.of(msg))).toJava();
    }
}
