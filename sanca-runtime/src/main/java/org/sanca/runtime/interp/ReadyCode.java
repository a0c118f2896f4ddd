package org.sanca.runtime.interp;

import org.sanca.compiler.CodeUnit;
import org.sanca.compiler.ready.CodeUnitIO;

/**
 * Code units of the standard library compiled at build time (what CPython's frozen modules and
 * {@code .pyc} files give it): {@code lib/X.py} has a twin resource {@code lib/X.py.code}
 * written by {@code org.sanca.compiler.ready.ReadyCodeProcessor} while the runtime compiles,
 * so importing it reads ready code instead of parsing. A twin is used only while the CRC-32 it
 * records matches the source's, and only without {@code -O} (whose code differs).
 */
public final class ReadyCode {
    static final String SUFFIX = ".code";

    private ReadyCode() {
    }

    /** The ready code of standard-library file {@code path}, or null when it has none. */
    public static PyCode load(String path) {
        return load(path, path);
    }

    /** The ready code of standard-library file {@code path}, its code named {@code filename}, or null. */
    public static PyCode load(String path, String filename) {
        InterpreterState st = InterpreterState.current();
        if (ModuleFiles.stdlibResource(path) == null || st == null || st.config().flags().optimize() != 0) {
            return null;
        }
        long crc = ModuleFiles.crc(st.cwd(), path);
        // Read where the source lies (the jar already open, or the folder), not through the
        // class loader's resource lookup, which makes a URL and a connection for each file.
        byte[] data = crc < 0 ? null : ModuleFiles.read(st.cwd(), path + SUFFIX);
        if (data == null) {
            return null;
        }
        CodeUnit unit = CodeUnitIO.read(data, crc, filename);
        return unit == null ? null : new PyCode(unit);
    }
}
