package org.sanca.runtime.builtins;

import java.util.ArrayList;
import java.util.List;

import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyEllipsis;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.BuildClass;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyType;

/**
 * The {@code builtins} module: CPython's {@code Python/bltinmodule.c}. Each interpreter gets a
 * fresh module from {@link #create()}; the function declarations are read once per JVM and
 * bound anew to each module.
 */
public final class BuiltinsModule {
    private static final String DOC = "Built-in functions, types, exceptions, and other objects.\n\n"
            + "This module provides direct access to all 'built-in'\n"
            + "identifiers of Python; for example, builtins.len is\n"
            + "the full name for the built-in function len().\n\n"
            + "This module is not normally accessed explicitly by most\n"
            + "applications, but can be useful in modules that provide\n"
            + "objects with the same name as a built-in value, but in\n"
            + "which the built-in value of that name is also needed.";

    /** The classes whose static {@code @PyMethod} declarations are builtin functions. */
    private static final Class<?>[] FUNCTION_CLASSES = {
        ObjectFunctions.class, IterFunctions.class, NumberFunctions.class, ReduceFunctions.class, BuildClass.class, IoFunctions.class, ExecFunctions.class, OpenFunction.class,
    };

    private static volatile List<PyBuiltinFunction> prototypes;

    private BuiltinsModule() {
    }

    /** A new {@code builtins} module with every builtin function, type, exception and constant. */
    public static PyModule create() {
        PyModule m = new PyModule("builtins");
        PyDict d = m.getDict();
        d.setItem(PyStr.of("__doc__"), PyStr.of(DOC));
        for (PyBuiltinFunction f : prototypes()) {
            d.setItem(PyStr.of(f.def.name), new PyBuiltinFunction(f.def, m, null));
        }
        for (PyType t : BuiltinTypes.all()) {
            d.setItem(PyStr.of(t.getName()), t);
        }
        for (PyType t : PyExc.ALL) {
            d.setItem(PyStr.of(t.getName()), t);
        }
        d.setItem(PyStr.of("EnvironmentError"), PyExc.OSError);
        d.setItem(PyStr.of("IOError"), PyExc.OSError);
        d.setItem(PyStr.of("None"), PyNone.NONE);
        d.setItem(PyStr.of("True"), PyBool.TRUE);
        d.setItem(PyStr.of("False"), PyBool.FALSE);
        d.setItem(PyStr.of("Ellipsis"), PyEllipsis.ELLIPSIS);
        d.setItem(PyStr.of("NotImplemented"), PyNotImplemented.NOT_IMPLEMENTED);
        d.setItem(PyStr.of("__debug__"), PyBool.TRUE);
        return m;
    }

    private static List<PyBuiltinFunction> prototypes() {
        List<PyBuiltinFunction> p = prototypes;
        if (p == null) {
            p = new ArrayList<>();
            for (Class<?> c : FUNCTION_CLASSES) {
                p.addAll(BuiltinMethods.moduleFunctions(c, null));
            }
            prototypes = p;
        }
        return p;
    }

}
