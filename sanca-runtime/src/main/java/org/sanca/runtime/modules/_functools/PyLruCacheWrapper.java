package org.sanca.runtime.modules._functools;

import java.util.LinkedHashMap;
import java.util.Map;

import org.sanca.runtime.interp.PyBoundMethod;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * {@code functools._lru_cache_wrapper}: CPython's {@code Modules/_functoolsmodule.c} cache of a
 * function's results by its arguments. The key is made as {@code functools._make_key} makes it
 * (one int or str argument is its own key); a bounded cache keeps its entries in access order and
 * drops the least recently used. The function runs outside the lock, so a recursive or concurrent
 * call may compute the same entry twice; the first result stored wins, as in CPython.
 */
public final class PyLruCacheWrapper extends PyObject implements WithDict {
    public static final PyType TYPE = PyType.builtin("functools._lru_cache_wrapper", PyLruCacheWrapper.class,
            PyType.OBJECT, 0, t -> {
                t.tp_call = (self, args, kwnames) -> ((PyLruCacheWrapper) self).call(args, kwnames);
                t.tp_descr_get = (self, obj, type) -> obj == null ? self : new PyBoundMethod(self, obj);
                t.tp_new = (type, args, kw) -> make(args, kw);
            });

    /** Separates positional arguments from keyword ones in a key (CPython's {@code kwd_mark}). */
    private static final PyObject KWD_MARK = new PyObject() {
        @Override
        public PyType type() {
            return PyType.OBJECT;
        }
    };

    private final PyObject function;
    /** -1 when unbounded. */
    private final long maxsize;
    private final boolean typed;
    private final PyObject infoType;
    private final LinkedHashMap<CacheKey, PyObject> cache;
    private long hits;
    private long misses;
    private PyDict dict;

    private PyLruCacheWrapper(PyObject function, long maxsize, boolean typed, PyObject infoType) {
        this.function = function;
        this.maxsize = maxsize;
        this.typed = typed;
        this.infoType = infoType;
        this.cache = new LinkedHashMap<>(16, 0.75f, maxsize >= 0) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<CacheKey, PyObject> eldest) {
                return maxsize >= 0 && size() > maxsize;
            }
        };
    }

    private static PyObject make(PyObject[] args, String[] kwnames) {
        if ((kwnames != null && kwnames.length > 0) || args.length != 4) {
            throw PyErr.typeError("_lru_cache_wrapper() takes exactly 4 positional arguments");
        }
        if (!Abstract.isCallable(args[0])) {
            throw PyErr.typeError("the first argument must be callable");
        }
        long limit;
        if (args[1] == PyNone.NONE) {
            limit = -1;
        } else if (args[1] instanceof PyInt) {
            limit = Math.max(0, Abstract.indexValue(args[1]));
        } else {
            throw PyErr.typeError("maxsize should be integer or None");
        }
        return new PyLruCacheWrapper(args[0], limit, Abstract.isTrue(args[2]), args[3]);
    }

    @Override
    public PyType type() {
        return TYPE;
    }

    @Override
    public synchronized PyDict getDict() {
        if (dict == null) {
            dict = new PyDict();
        }
        return dict;
    }

    @org.sanca.runtime.types.PyGetter("__dict__")
    PyObject dictAttr() {
        return getDict();
    }

    private PyObject call(PyObject[] args, String[] kwnames) {
        if (maxsize == 0) {
            synchronized (this) {
                misses++;
            }
            return Abstract.call(function, args, kwnames);
        }
        CacheKey key = new CacheKey(key(args, kwnames));
        synchronized (this) {
            PyObject found = cache.get(key);
            if (found != null) {
                hits++;
                return found;
            }
            misses++;
        }
        PyObject result = Abstract.call(function, args, kwnames);
        synchronized (this) {
            cache.putIfAbsent(key, result);
        }
        return result;
    }

    /** The key of a call: {@code functools._make_key}'s. */
    private PyObject key(PyObject[] args, String[] kwnames) {
        int nkw = kwnames == null ? 0 : kwnames.length;
        int npos = args.length - nkw;
        if (nkw == 0 && !typed && npos == 1 && (args[0].type() == PyInt.TYPE || args[0].type() == PyStr.TYPE)) {
            return args[0];
        }
        int size = npos + (nkw > 0 ? 1 + 2 * nkw : 0) + (typed ? args.length : 0);
        PyObject[] parts = new PyObject[size];
        int at = 0;
        for (int i = 0; i < npos; i++) {
            parts[at++] = args[i];
        }
        if (nkw > 0) {
            parts[at++] = KWD_MARK;
            for (int k = 0; k < nkw; k++) {
                parts[at++] = PyStr.of(kwnames[k]);
                parts[at++] = args[npos + k];
            }
        }
        if (typed) {
            for (PyObject a : args) {
                parts[at++] = a.type();
            }
        }
        return PyTuple.of(parts);
    }

    @PyMethod(value = "($self, /)", doc = "Report cache statistics")
    synchronized PyObject cache_info() {
        return Abstract.call(infoType, PyInt.of(hits), PyInt.of(misses),
                maxsize < 0 ? PyNone.NONE : PyInt.of(maxsize), PyInt.of(cache.size()));
    }

    @PyMethod(value = "($self, /)", doc = "Clear the cache and cache statistics")
    synchronized void cache_clear() {
        cache.clear();
        hits = 0;
        misses = 0;
    }

    @PyMethod(value = "($self, /)", doc = "")
    PyObject __reduce__() {
        return Abstract.getAttr(this, PyStr.of("__qualname__"));
    }

    @PyMethod(value = "($self, /)", doc = "")
    PyObject __copy__() {
        return this;
    }

    @PyMethod(value = "($self, memo, /)", doc = "")
    PyObject __deepcopy__(PyObject memo) {
        return this;
    }
}
