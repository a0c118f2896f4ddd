package org.sanca.runtime.objects.codecs;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyTuple;

/**
 * One interpreter's codec search functions, the codecs they found and the registered error
 * handlers: CPython's {@code Python/codecs.c} registry (kept in the interpreter state there too).
 * The {@code encodings} package registers its search function when first needed.
 */
public final class CodecRegistry {
    private final List<PyObject> searchFunctions = new ArrayList<>();
    private final Map<String, PyObject> cache = new HashMap<>();
    private final Map<String, PyObject> errorHandlers = new HashMap<>();
    private boolean encodingsImported;

    /** The registry of the running interpreter. */
    public static CodecRegistry current() {
        return InterpreterState.current().moduleState(CodecRegistry.class, CodecRegistry::new);
    }

    public synchronized void register(PyObject search) {
        if (!Abstract.isCallable(search)) {
            throw PyErr.typeError("argument must be callable");
        }
        searchFunctions.add(search);
    }

    public synchronized void unregister(PyObject search) {
        searchFunctions.remove(search);
        cache.clear();
    }

    public synchronized void forget(String encoding) {
        cache.remove(normalize(encoding));
    }

    /** CPython's {@code normalizestring}: lower case, spaces as underscores. */
    static String normalize(String encoding) {
        return encoding.toLowerCase(Locale.ROOT).replace(' ', '_');
    }

    /** The CodecInfo of {@code encoding}, or LookupError. */
    public PyObject lookup(String encoding) {
        ensureEncodings();
        String key = normalize(encoding);
        PyObject[] functions;
        synchronized (this) {
            PyObject hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
            functions = searchFunctions.toArray(new PyObject[0]);
        }
        for (PyObject f : functions) {
            PyObject r = Abstract.call(f, org.sanca.runtime.objects.PyStr.of(key));
            if (r == PyNone.NONE) {
                continue;
            }
            if (!(r instanceof PyTuple t) || t.size() != 4) {
                throw PyErr.typeError("codec search functions must return 4-tuples");
            }
            synchronized (this) {
                cache.put(key, r);
            }
            return r;
        }
        throw PyErr.format(PyExc.LookupError, "unknown encoding: %s", encoding);
    }

    private void ensureEncodings() {
        synchronized (this) {
            if (encodingsImported) {
                return;
            }
            encodingsImported = true;
        }
        InterpreterState.current().importer().importModule("encodings");
    }

    public synchronized void registerError(String name, PyObject handler) {
        if (!Abstract.isCallable(handler)) {
            throw PyErr.typeError("handler must be callable");
        }
        errorHandlers.put(name, handler);
    }

    /** The handler registered as {@code name}, a builtin one, or LookupError. */
    public PyObject lookupError(String name) {
        synchronized (this) {
            PyObject h = errorHandlers.get(name);
            if (h != null) {
                return h;
            }
        }
        PyObject builtin = ErrorCallbacks.builtin(name);
        if (builtin == null) {
            throw PyErr.format(PyExc.LookupError, "unknown error handler name '%s'", name);
        }
        return builtin;
    }

    /** A handler registered by the program under {@code name}, or null. */
    synchronized PyObject registered(String name) {
        return errorHandlers.get(name);
    }
}
