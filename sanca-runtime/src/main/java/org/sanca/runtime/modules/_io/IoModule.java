package org.sanca.runtime.modules._io;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.modules.ModuleErrors;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.modules.posix.Errno;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyStr;

/**
 * The native part of the {@code _io} module ({@code Modules/_io/_iomodule.c}): the exception the
 * stream classes raise for an operation a stream does not support, which the Java standard streams
 * raise as well as the Python-level classes of {@code _pyio}, and the default buffer size.
 */
public final class IoModule implements NativeModule {
    static final int DEFAULT_BUFFER_SIZE = 8192;

    /** The instance {@link java.util.ServiceLoader} makes. */
    public IoModule() {
    }

    @Override
    public String name() {
        return "_io";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        d.setItem(PyStr.of("UnsupportedOperation"),
                ModuleErrors.newClass("io", "UnsupportedOperation", PyExc.OSError, PyExc.ValueError));
        d.setItem(PyStr.of("DEFAULT_BUFFER_SIZE"), PyInt.of(DEFAULT_BUFFER_SIZE));
    }

    /** OSError ESPIPE: seeking a pipe or terminal. */
    static PyException illegalSeek() {
        return Errno.error(Errno.ESPIPE, null);
    }

    /** {@code io.UnsupportedOperation(message)}, ready to throw. */
    static PyException unsupported(String message) {
        return ModuleErrors.raise("_io", "UnsupportedOperation", "%s", message);
    }
}
