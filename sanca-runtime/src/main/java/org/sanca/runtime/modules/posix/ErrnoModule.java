package org.sanca.runtime.modules.posix;

import java.util.Map;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyStr;

/** The {@code errno} module ({@code Modules/errnomodule.c}): Linux's error names and {@code errorcode}. */
public final class ErrnoModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public ErrnoModule() {
    }

    @Override
    public String name() {
        return "errno";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        PyDict errorcode = new PyDict();
        for (Map.Entry<String, Integer> e : Errno.NAMES) {
            d.setItem(PyStr.of(e.getKey()), PyInt.of(e.getValue()));
            if (Errno.name(e.getValue()).equals(e.getKey())) {
                errorcode.setItem(PyInt.of(e.getValue()), PyStr.of(e.getKey()));
            }
        }
        d.setItem(PyStr.of("errorcode"), errorcode);
    }
}
