package org.sanca.runtime.interp;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.modules.NativeModule$$Index;

/**
 * The native (Java) modules this build holds: CPython's table of built-in modules
 * ({@code PyImport_Inittab}). Each module class declares itself a {@link NativeModule} service
 * beside its own code; the build lists them ({@code META-INF/services}, and the same list as Java,
 * which start-up reads); they are made once per JVM.
 */
final class NativeModules {
    private static final Map<String, NativeModule> ALL = load();

    private NativeModules() {
    }

    private static Map<String, NativeModule> load() {
        Map<String, NativeModule> out = new TreeMap<>();
        for (NativeModule m : NativeModule$$Index.all()) {
            out.put(m.name(), m);
        }
        return Collections.unmodifiableMap(out);
    }

    /** The module named {@code name}, or null. */
    static NativeModule find(String name) {
        return ALL.get(name);
    }

    /** {@code sys.builtin_module_names}, sorted. */
    static Iterable<String> names() {
        return ALL.keySet();
    }
}
