package org.sanca.runtime.modules._weakref;

import java.util.List;
import java.util.Set;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.interp.PyAsyncGenerator;
import org.sanca.runtime.interp.PyBoundMethod;
import org.sanca.runtime.interp.PyCode;
import org.sanca.runtime.interp.PyCoroutine;
import org.sanca.runtime.interp.PyFunction;
import org.sanca.runtime.interp.PyGenerator;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyFrozenSet;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyMemoryView;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PySet;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.types.PyBuiltinFunction;
import org.sanca.runtime.types.PyHeapType;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;
import org.sanca.runtime.types.WeakRefList;

/**
 * The {@code _weakref} module: CPython's {@code Modules/_weakref.c} with the types of
 * {@code Objects/weakrefobject.c}. Referents are held by Java weak references
 * ({@link WeakRefList}); the callbacks of references whose referents the collector has cleared
 * run the next time this module makes or counts a reference, since the JVM, unlike CPython's
 * reference counting, frees objects at a time of its own choosing.
 */
public final class WeakrefModule implements NativeModule {
    /** The builtin types (besides classes and heap types that keep {@code __weakref__}) whose instances may be weakly referenced. */
    private static final Set<PyType> REFERENCEABLE = Set.of(PyFunction.TYPE, PyBuiltinFunction.TYPE, PyBoundMethod.TYPE,
            PyModule.TYPE, PySet.TYPE, PyFrozenSet.TYPE, PyGenerator.TYPE, PyCoroutine.TYPE, PyAsyncGenerator.TYPE,
            PyCode.TYPE, PyMemoryView.TYPE);

    /** The instance {@link java.util.ServiceLoader} makes. */
    public WeakrefModule() {
    }

    @Override
    public String name() {
        return "_weakref";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        NativeModule.addFunctions(module, WeakrefModule.class);
        d.setItem(PyStr.of("ref"), PyWeakRef.TYPE);
        d.setItem(PyStr.of("ReferenceType"), PyWeakRef.TYPE);
        d.setItem(PyStr.of("ProxyType"), PyWeakProxy.TYPE);
        d.setItem(PyStr.of("CallableProxyType"), PyWeakProxy.CALLABLE_TYPE);
        d.setItem(PyStr.of("__doc__"), PyStr.of("Weak-reference support module."));
    }

    /** Raises CPython's TypeError unless {@code ob}'s type lets it be weakly referenced. */
    static void checkReferenceable(PyObject ob) {
        PyType t = ob.type();
        boolean ok = t instanceof PyHeapType h ? h.hasWeakrefs() : ob instanceof PyType || REFERENCEABLE.contains(t);
        if (!ok) {
            throw PyErr.typeError("cannot create weak reference to '%s' object", t.getName());
        }
    }

    /** Calls the callbacks of the weak references whose referents were collected, newest reference first. */
    static void runDeadCallbacks() {
        runCallbacks(WeakRefList.poll());
    }

    /**
     * Calls the callbacks of every reference whose referent the collector has cleared, queued
     * yet or not: what {@code gc.collect()} does once the JVM has collected.
     */
    public static void runClearedCallbacks() {
        runCallbacks(WeakRefList.sweep());
        runDeadCallbacks();
    }

    private static void runCallbacks(List<WeakRefList.Anchor> dead) {
        for (WeakRefList.Anchor a : dead) {
            List<PyObject> refs = a.refs();
            for (int i = refs.size() - 1; i >= 0; i--) {
                PyObject r = refs.get(i);
                PyObject cb = ((WeakBase) r).takeCallback();
                if (cb == null) {
                    continue;
                }
                try {
                    Abstract.call(cb, r);
                } catch (PyException e) {
                    reportUnraisable(cb, e);
                }
            }
        }
    }

    private static void reportUnraisable(PyObject callback, PyException e) {
        InterpreterState state = InterpreterState.current();
        PyObject err = state == null ? null : Abstract.lookupAttr(state.sys(), PyStr.of("stderr"));
        if (err == null || err == PyNone.NONE) {
            return;
        }
        Abstract.callMethod(err, "write", PyStr.of("Exception ignored in: " + Abstract.repr(callback).value() + "\n"
                + e.value().type().getName() + ": " + Abstract.str(e.value()).value() + "\n"));
    }

    @PyMethod("($module, object, /)")
    static PyObject getweakrefcount(PyObject object) {
        runDeadCallbacks();
        WeakRefList.Anchor a = WeakRefList.find(object);
        return PyInt.of(a == null ? 0 : a.refs().size());
    }

    @PyMethod("($module, object, /)")
    static PyObject getweakrefs(PyObject object) {
        runDeadCallbacks();
        WeakRefList.Anchor a = WeakRefList.find(object);
        PyList out = new PyList();
        if (a != null) {
            for (PyObject r : a.refs()) {
                out.append(r);
            }
        }
        return out;
    }

    @PyMethod("($module, object, callback=None, /)")
    static PyObject proxy(PyObject object, PyObject callback) {
        checkReferenceable(object);
        runDeadCallbacks();
        PyObject cb = callback == null || callback == PyNone.NONE ? null : callback;
        boolean callable = object.type().tp_call != null;
        WeakRefList.Anchor anchor = WeakRefList.anchor(object);
        if (cb == null) {
            for (PyObject r : anchor.refs()) {
                if (r instanceof PyWeakProxy p && p.callback() == null) {
                    return r;
                }
            }
        }
        PyWeakProxy p = new PyWeakProxy(anchor, cb, callable);
        anchor.add(p, false);
        return p;
    }

    @PyMethod("($module, dct, key, /)")
    static PyObject _remove_dead_weakref(PyObject dct, PyObject key) {
        if (!(dct instanceof PyDict d)) {
            throw PyErr.typeError("_remove_dead_weakref() argument 1 must be dict, not %s", PyErr.typeName(dct));
        }
        PyObject v = d.getItem(key);
        if (v instanceof PyWeakRef r && r.anchor.get() == null) {
            d.delItem(key);
        }
        return PyNone.NONE;
    }
}
