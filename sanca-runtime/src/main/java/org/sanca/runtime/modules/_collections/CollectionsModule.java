package org.sanca.runtime.modules._collections;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyStr;

/**
 * {@code _collections}: the containers of {@code collections} written natively, as in CPython's
 * {@code Modules/_collectionsmodule.c}; here the deque and its iterators.
 */
public final class CollectionsModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public CollectionsModule() {
    }

    @Override
    public String name() {
        return "_collections";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        module.getDict().setItem(PyStr.of("deque"), PyDeque.TYPE);
        module.getDict().setItem(PyStr.of("_deque_iterator"), PyDequeIter.TYPE);
        module.getDict().setItem(PyStr.of("_deque_reverse_iterator"), PyDequeIter.REVERSE_TYPE);
    }
}
