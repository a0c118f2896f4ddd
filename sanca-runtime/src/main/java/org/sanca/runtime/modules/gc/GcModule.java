package org.sanca.runtime.modules.gc;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.sanca.runtime.interp.InterpreterState;
import org.sanca.runtime.interp.Unraisable;
import org.sanca.runtime.modules.NativeModule;
import org.sanca.runtime.modules._weakref.WeakrefModule;
import org.sanca.runtime.objects.Abstract;
import org.sanca.runtime.objects.PyAnySet;
import org.sanca.runtime.objects.PyBool;
import org.sanca.runtime.objects.PyBytes;
import org.sanca.runtime.objects.PyComplex;
import org.sanca.runtime.objects.PyDict;
import org.sanca.runtime.objects.PyEllipsis;
import org.sanca.runtime.objects.PyErr;
import org.sanca.runtime.objects.PyException;
import org.sanca.runtime.objects.PyExc;
import org.sanca.runtime.objects.PyFloat;
import org.sanca.runtime.objects.PyInt;
import org.sanca.runtime.objects.PyList;
import org.sanca.runtime.objects.PyModule;
import org.sanca.runtime.objects.PyNone;
import org.sanca.runtime.objects.PyNotImplemented;
import org.sanca.runtime.objects.PyObject;
import org.sanca.runtime.objects.PyStr;
import org.sanca.runtime.objects.PyTuple;
import org.sanca.runtime.objects.WithDict;
import org.sanca.runtime.types.PyMethod;
import org.sanca.runtime.types.PyType;

/**
 * The {@code gc} module ({@code Modules/gcmodule.c}) over the JVM's collector. The JVM frees
 * objects itself, cycles included, so {@link #collect} asks it for a full collection, waits until
 * the references it cleared are queued and runs the weak-reference callbacks due. What the JVM
 * does not expose is answered as an empty collector would: no per-generation allocation counts,
 * no enumeration of live objects ({@code get_objects}, {@code get_referrers} give empty lists),
 * nothing ever uncollectable ({@code garbage} stays empty).
 */
public final class GcModule implements NativeModule {
    /** The exact builtin types whose instances hold no references, which CPython never tracks. */
    private static final Set<PyType> ATOMIC = Set.of(PyInt.TYPE, PyBool.TYPE, PyFloat.TYPE, PyComplex.TYPE, PyStr.TYPE,
            PyBytes.TYPE, PyNone.TYPE, PyNotImplemented.TYPE, PyEllipsis.TYPE);

    /** The instance {@link java.util.ServiceLoader} makes. */
    public GcModule() {
    }

    @Override
    public String name() {
        return "gc";
    }

    @Override
    public void init(PyModule module, InterpreterState interp) {
        PyDict d = module.getDict();
        NativeModule.addFunctions(module, GcModule.class);
        GcState st = state();
        d.setItem(PyStr.of("garbage"), st.garbage);
        d.setItem(PyStr.of("callbacks"), st.callbacks);
        String[] flags = {"DEBUG_STATS", "DEBUG_COLLECTABLE", "DEBUG_UNCOLLECTABLE", "DEBUG_SAVEALL", "DEBUG_LEAK"};
        int[] values = {1, 2, 4, 32, 38};
        for (int i = 0; i < flags.length; i++) {
            d.setItem(PyStr.of(flags[i]), PyInt.of(values[i]));
        }
        d.setItem(PyStr.of("__doc__"), PyStr.of("This module provides access to the garbage collector for reference cycles.\n"));
    }

    private static GcState state() {
        return InterpreterState.current().moduleState(GcState.class, GcState::new);
    }

    @PyMethod(value = "($module, /)", doc = "Enable automatic garbage collection.")
    static PyObject enable() {
        state().enabled = true;
        return PyNone.NONE;
    }

    @PyMethod(value = "($module, /)", doc = "Disable automatic garbage collection.")
    static PyObject disable() {
        state().enabled = false;
        return PyNone.NONE;
    }

    @PyMethod(value = "($module, /)", doc = "Returns true if automatic garbage collection is enabled.")
    static boolean isenabled() {
        return state().enabled;
    }

    @PyMethod(value = "($module, /, generation=2)", doc = "Run the garbage collector.\n\n"
            + "With no arguments, run a full collection.  The optional argument\n"
            + "may be an integer specifying which generation to collect.  A ValueError\n"
            + "is raised if the generation number is invalid.\n\n"
            + "The number of unreachable objects is returned.")
    static PyObject collect(PyObject generation) {
        long gen = generation == null ? 2 : Abstract.indexValue(generation);
        if (gen < 0 || gen > 2) {
            throw PyErr.valueError("invalid generation");
        }
        GcState st = state();
        if (st.collecting) {
            return PyInt.of(0);
        }
        st.collecting = true;
        try {
            notifyCallbacks(st, "start", (int) gen);
            collectJvm();
            WeakrefModule.runClearedCallbacks();
            st.collections[(int) gen]++;
            notifyCallbacks(st, "stop", (int) gen);
        } finally {
            st.collecting = false;
        }
        return PyInt.of(0);
    }

    /** A full collection: the weak references to what it freed are cleared when it returns. */
    private static void collectJvm() {
        System.gc();
    }

    private static void notifyCallbacks(GcState st, String phase, int gen) {
        PyObject[] cbs = st.callbacks.toArray();
        if (cbs.length == 0) {
            return;
        }
        PyDict info = new PyDict();
        info.setItem(PyStr.of("generation"), PyInt.of(gen));
        info.setItem(PyStr.of("collected"), PyInt.of(0));
        info.setItem(PyStr.of("uncollectable"), PyInt.of(0));
        for (PyObject cb : cbs) {
            try {
                Abstract.call(cb, PyStr.of(phase), info);
            } catch (PyException e) {
                Unraisable.report("Exception ignored in garbage collector callback: ", cb, e.value());
            }
        }
    }

    @PyMethod(value = "($module, /)", doc = "Return a three-tuple of the current collection counts.")
    static PyObject get_count() {
        return PyTuple.of(PyInt.of(0), PyInt.of(0), PyInt.of(0));
    }

    @PyMethod(value = "($module, /)", doc = "Return the current collection thresholds.")
    static PyObject get_threshold() {
        int[] t = state().thresholds;
        return PyTuple.of(PyInt.of(t[0]), PyInt.of(t[1]), PyInt.of(t[2]));
    }

    @PyMethod(value = "($module, threshold0, threshold1=<unrepresentable>, threshold2=<unrepresentable>, /)",
            getargs = true, doc = "set_threshold(threshold0, [threshold1, threshold2]) -> None\n\n"
            + "Sets the collection thresholds.  Setting threshold0 to zero disables\n"
            + "collection.\n")
    static PyObject set_threshold(PyObject t0, PyObject t1, PyObject t2) {
        int[] t = state().thresholds;
        PyObject[] given = {t0, t1, t2};
        for (int i = 0; i < 3; i++) {
            if (given[i] != null) {
                t[i] = intArg(given[i]);
            }
        }
        return PyNone.NONE;
    }

    private static int intArg(PyObject o) {
        if (o instanceof PyFloat) {
            throw PyErr.typeError("'float' object cannot be interpreted as an integer");
        }
        long v = Abstract.indexValue(o);
        if (v != (int) v) {
            throw PyErr.format(PyExc.OverflowError, "signed integer is %s than maximum", v > 0 ? "greater" : "less");
        }
        return (int) v;
    }

    @PyMethod(value = "($module, flags, /)", doc = "Set the garbage collection debugging flags.")
    static PyObject set_debug(PyObject flags) {
        state().debug = intArg(flags);
        return PyNone.NONE;
    }

    @PyMethod(value = "($module, /)", doc = "Get the garbage collection debugging flags.")
    static PyObject get_debug() {
        return PyInt.of(state().debug);
    }

    @PyMethod(value = "($module, /)", doc = "Return a list of dictionaries containing per-generation statistics.")
    static PyObject get_stats() {
        PyList out = new PyList();
        for (long n : state().collections) {
            PyDict d = new PyDict();
            d.setItem(PyStr.of("collections"), PyInt.of(n));
            d.setItem(PyStr.of("collected"), PyInt.of(0));
            d.setItem(PyStr.of("uncollectable"), PyInt.of(0));
            out.append(d);
        }
        return out;
    }

    /** The JVM offers no walk over live objects, so there is nothing to list. */
    @PyMethod(value = "($module, /, generation=None)", doc = "Return a list of objects tracked by the collector (excluding the list returned).\n\n"
            + "  generation\n"
            + "    Generation to extract the objects from.\n\n"
            + "If generation is not None, return only the objects tracked by the collector\n"
            + "that are in that generation.")
    static PyObject get_objects(PyObject generation) {
        if (generation != null && generation != PyNone.NONE) {
            long g = Abstract.indexValue(generation);
            if (g >= 3) {
                throw PyErr.valueError("generation parameter must be less than the number of available generations (3)");
            }
        }
        return new PyList();
    }

    /** Finding referrers needs a walk over every live object, which the JVM does not offer. */
    @PyMethod(value = "($module, *objs)", doc = "Return the list of objects that directly refer to any of 'objs'.")
    static PyObject get_referrers(PyTuple objs) {
        return new PyList();
    }

    @PyMethod(value = "($module, *objs)", doc = "Return the list of objects that are directly referred to by 'objs'.")
    static PyObject get_referents(PyTuple objs) {
        PyList out = new PyList();
        for (PyObject o : objs.items()) {
            for (PyObject r : referents(o)) {
                out.append(r);
            }
        }
        return out;
    }

    /**
     * What {@code tp_traverse} visits, in its order, for the containers and instances whose
     * references we know: list and tuple items last first, a dict's values (keys too unless
     * all are str), an instance's attribute values and then its class.
     */
    private static List<PyObject> referents(PyObject o) {
        List<PyObject> out = new ArrayList<>();
        if (o instanceof PyList l) {
            addReversed(out, l.toArray());
        } else if (o instanceof PyTuple t) {
            addReversed(out, t.items());
        } else if (o instanceof PyDict d) {
            addDict(out, d, false);
        } else if (o instanceof PyAnySet s) {
            out.addAll(List.of(s.keysArray()));
        } else if (o instanceof WithDict w && !(o instanceof PyType) && !(o instanceof PyModule)) {
            addDict(out, w.getDict(), true);
            out.add(o.type());
        }
        return out;
    }

    private static void addReversed(List<PyObject> out, PyObject[] items) {
        for (int i = items.length - 1; i >= 0; i--) {
            out.add(items[i]);
        }
    }

    private static void addDict(List<PyObject> out, PyDict d, boolean valuesOnly) {
        PyObject[] keys = d.keysArray();
        boolean strKeys = valuesOnly;
        if (!strKeys) {
            strKeys = true;
            for (PyObject k : keys) {
                strKeys &= k.type() == PyStr.TYPE;
            }
        }
        for (PyObject k : keys) {
            PyObject v = d.getItem(k);
            if (!strKeys) {
                out.add(k);
            }
            if (v != null) {
                out.add(v);
            }
        }
    }

    @PyMethod(value = "($module, obj, /)", doc = "Returns true if the object is tracked by the garbage collector.\n\n"
            + "Simple atomic objects will return false.")
    static boolean is_tracked(PyObject obj) {
        return tracked(obj);
    }

    /** CPython's rule: atoms never, containers of atoms only once the collector has untracked them. */
    private static boolean tracked(PyObject o) {
        PyType t = o.type();
        if (ATOMIC.contains(t)) {
            return false;
        }
        if (t == PyDict.TYPE) {
            PyDict d = (PyDict) o;
            for (PyObject k : d.keysArray()) {
                PyObject v = d.getItem(k);
                if (tracked(k) || v != null && tracked(v)) {
                    return true;
                }
            }
            return false;
        }
        return t.getName().equals("bytearray") ? false : true;
    }

    /** Objects are finalized only once unreachable here, so a live object never is. */
    @PyMethod(value = "($module, obj, /)", doc = "Returns true if the object has been already finalized by the GC.")
    static boolean is_finalized(PyObject obj) {
        return false;
    }

    @PyMethod(value = "($module, /)", doc = "Freeze all current tracked objects and ignore them for future collections.\n\n"
            + "This can be used before a POSIX fork() call to make the gc copy-on-write friendly.\n"
            + "Note: collection before a POSIX fork() call may free pages for future allocation\n"
            + "which can cause copy-on-write.")
    static PyObject freeze() {
        state().frozen = true;
        return PyNone.NONE;
    }

    @PyMethod(value = "($module, /)", doc = "Unfreeze all objects in the permanent generation.\n\n"
            + "Put all objects in the permanent generation back into oldest generation.")
    static PyObject unfreeze() {
        state().frozen = false;
        return PyNone.NONE;
    }

    /** Objects are not counted (see get_objects), so none is reported frozen. */
    @PyMethod(value = "($module, /)", doc = "Return the number of objects in the permanent generation.")
    static PyObject get_freeze_count() {
        return PyInt.of(0);
    }
}
