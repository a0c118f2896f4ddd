package org.sanca.runtime.objects;

import org.sanca.runtime.types.CallFunc;

/**
 * The {@code tp_new} of the singleton types ({@code none_new}, {@code notimplemented_new},
 * {@code ellipsis_new}): calling the type without arguments gives the singleton.
 */
final class SingletonNew {
    private SingletonNew() {
    }

    /** A {@code tp_new} returning {@code value}; {@code name} is what CPython's error message calls the type. */
    static CallFunc of(String name, java.util.function.Supplier<PyObject> value) {
        return (type, args, kwnames) -> {
            if (args.length > 0) {
                throw PyErr.typeError("%s takes no arguments", name);
            }
            return value.get();
        };
    }
}
