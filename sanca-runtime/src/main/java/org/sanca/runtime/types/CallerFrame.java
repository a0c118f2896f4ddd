package org.sanca.runtime.types;

import java.util.function.Supplier;

import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyObject;

/**
 * What the type machinery reads from the innermost running Python frame: its globals (for the
 * {@code __module__} of {@code type(name, bases, dict)}) and, for zero-argument
 * {@code super()}, its first argument and {@code __class__} cell ({@code super_init_without_args}
 * in CPython's {@code Objects/typeobject.c}). The interpreter installs {@link #CURRENT} once;
 * it is a function of the running thread, not per-program state.
 */
public interface CallerFrame {
    /** The innermost Python frame of the running thread, or null when no Python code runs. */
    final class Holder {
        private Holder() {
        }

        private static volatile Supplier<CallerFrame> current = () -> null;

        /** Installs the interpreter's frame accessor. */
        public static void install(Supplier<CallerFrame> supplier) {
            current = supplier;
        }

        static CallerFrame get() {
            return current.get();
        }
    }

    /** The Python frame that is running on this thread, or null. */
    static CallerFrame current() {
        return Holder.get();
    }

    /** The frame's globals. */
    PyDict globals();

    /** {@code co_argcount}: the number of positional parameters of the frame's code. */
    int argCount();

    /**
     * The value of the first local variable (taken out of its cell when it is a cell variable),
     * or null when it is unbound.
     */
    PyObject firstArgument();

    /**
     * Whether the frame's code has a free variable named {@code __class__}.
     */
    boolean hasClassCell();

    /** The contents of the {@code __class__} cell, or null when the cell is empty. */
    PyObject classCellContents();
}
