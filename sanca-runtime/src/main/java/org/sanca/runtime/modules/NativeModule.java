package org.sanca.runtime.modules;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.BuiltinMethods;
import org.sanca.runtime.types.PyBuiltinFunction;

/**
 * A module written in Java (CPython's built-in modules, {@code PyModuleDef}). An implementation
 * is found through {@link java.util.ServiceLoader}: implementing this interface is its whole
 * registration, as the build writes {@code META-INF/services/org.sanca.runtime.modules.NativeModule}
 * from the implementing classes ({@code ServiceIndexProcessor}). Each interpreter that imports it
 * gets its own module object, filled by {@link #init}.
 */
public interface NativeModule {
    /** The name {@code import} knows it by. */
    String name();

    /** Fills a new, empty module object for {@code interp}: CPython's {@code Py_mod_exec}. */
    void init(PyModule module, InterpreterState interp);

    /**
     * Puts into {@code module} the functions the given classes declare with
     * {@code @PyMethod("($module, ...)")}, bound to the module.
     */
    static void addFunctions(PyModule module, Class<?>... declaring) {
        for (Class<?> c : declaring) {
            for (PyBuiltinFunction f : BuiltinMethods.moduleFunctions(c, module)) {
                module.getDict().setItem(PyStr.of(f.def.name), f);
            }
        }
    }
}
