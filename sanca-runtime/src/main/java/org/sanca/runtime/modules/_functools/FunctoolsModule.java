package org.sanca.runtime.modules._functools;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyStr;

/**
 * {@code _functools}: the parts of {@code functools} CPython writes in C for speed
 * ({@code Modules/_functoolsmodule.c}); here the cache behind {@code lru_cache}.
 */
public final class FunctoolsModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public FunctoolsModule() {
    }

    @Override
    public String name() {
        return "_functools";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        module.getDict().setItem(PyStr.of("_lru_cache_wrapper"), PyLruCacheWrapper.TYPE);
    }
}
