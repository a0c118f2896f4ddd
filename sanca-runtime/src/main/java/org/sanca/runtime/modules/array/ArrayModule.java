package org.sanca.runtime.modules.array;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyStr;

/** The {@code array} module: CPython's {@code Modules/arraymodule.c}. */
public final class ArrayModule implements NativeModule {
    /** The instance {@link java.util.ServiceLoader} makes. */
    public ArrayModule() {
    }

    @Override
    public String name() {
        return "array";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        d.setItem(PyStr.of("array"), PyArray.TYPE);
        d.setItem(PyStr.of("ArrayType"), PyArray.TYPE);
        d.setItem(PyStr.of("typecodes"), PyStr.of(TypeCode.CODES));
        d.setItem(PyStr.of("__doc__"), PyStr.of("This module defines an object type which can efficiently represent\n"
                + "an array of basic values: characters, integers, floating point\nnumbers."));
    }
}
